package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * One diplomatic contact as one document reports it.
 *
 * @param type         meeting, call, summit or visit
 * @param participants the actors taking part, in the order the text names them
 * @param place        where it takes place, or {@code null}
 * @param date         when (its first day), as precise as the text allows, or {@code null}
 * @param endDate      its last day when it spans several, or {@code null}
 * @param status       held, planned, proposed or cancelled, as this document says
 * @param topics       what was or will be discussed
 * @param evidence     the mentions that state it; at least one
 * @param confidence   how sure the extractor is, from 0 to 1
 * @param partOf       the summit on whose sidelines it is held, or {@code null}
 */
public record Contact(ContactType type, List<Participant> participants, Place place,
    PartialDate date, PartialDate endDate, ContactStatus status, List<Topic> topics,
    List<Mention> evidence, double confidence, Contact partOf) {

  public Contact {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    participants = List.copyOf(participants);
    topics = List.copyOf(topics);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a contact needs at least one mention as evidence");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1], not " + confidence);
    }
  }
}
