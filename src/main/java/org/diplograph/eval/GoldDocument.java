package org.diplograph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One line of a gold file: a document id, its publication date and its contacts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldDocument(String doc, String published, List<GoldContact> contacts) {

  public GoldDocument {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
