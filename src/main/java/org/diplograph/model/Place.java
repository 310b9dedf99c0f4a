package org.diplograph.model;

import java.util.Objects;

/**
 * Where a contact takes place: a city, region or country.
 *
 * @param id    the stable local id, e.g. {@code place/geneve}
 * @param label its French name
 */
public record Place(String id, String label) {

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
