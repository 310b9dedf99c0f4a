package org.diplograph.model;

import java.util.Objects;

/**
 * What a contact was about: a concept of the topic scheme, or a new one the text named.
 *
 * @param id      the stable local id, e.g. {@code topic/syrie}
 * @param label   its French preferred label
 * @param broader for a new concept, the scheme concept it falls under ("élimination du chef de
 *                Daech" under {@code topic/terrorisme}), else {@code null}
 */
public record Topic(String id, String label, String broader) {

  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  /** A concept with nothing broader: one of the scheme, or a new one outside all of it. */
  public Topic(String id, String label) {
    this(id, label, null);
  }
}
