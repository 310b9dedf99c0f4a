package org.diplograph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One contact of a gold file, or one contact the extractor found, in the gold format (design §5):
 * names as written, dates in their lexical form.
 *
 * @param type         meeting, call, summit or visit
 * @param participants the persons' names
 * @param place        the place's name, or {@code null}
 * @param date         {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, {@code --MM-DD} or {@code null}
 * @param status       held, planned, proposed or cancelled
 * @param topics       what was discussed
 * @param evidence     the sentence that states it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldContact(String type, List<String> participants, String place, String date,
    String status, List<String> topics, String evidence) {

  public GoldContact {
    participants = participants == null ? List.of() : List.copyOf(participants);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
