package org.diplograph.model;

import java.util.Objects;

/**
 * An actor's part in a contact.
 *
 * @param actor the actor
 * @param role  the title under which it acted, as the text gives it ("secrétaire d'Etat
 *              américain"), or {@code null}
 */
public record Participant(Actor actor, String role) {

  public Participant {
    Objects.requireNonNull(actor, "actor");
  }
}
