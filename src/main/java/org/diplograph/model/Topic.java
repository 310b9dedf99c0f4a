package org.diplograph.model;

import java.util.Objects;

/**
 * What a contact was about: a concept of the topic scheme, or a new one the text named.
 *
 * @param id    the stable local id, e.g. {@code topic/syrie}
 * @param label its French preferred label
 */
public record Topic(String id, String label) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
