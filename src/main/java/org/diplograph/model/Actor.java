package org.diplograph.model;

import java.util.Objects;

/**
 * A canonical actor: a person, an organization or a country.
 *
 * @param id    the stable local id under {@code https://w3id.org/diplograph/id/}, e.g.
 *              {@code person/vladimir-poutine}; the same real-world actor has the same id in every
 *              document
 * @param kind  person, organization or country
 * @param label the fullest French name known
 */
public record Actor(String id, Kind kind, String label) {

  /** What sort of actor. */
  public enum Kind { PERSON, ORGANIZATION, COUNTRY }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
  }
}
