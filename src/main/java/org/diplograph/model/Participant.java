package org.diplograph.model;

import java.util.Objects;

/**
 * An actor's part in a contact.
 *
 * @param actor the actor
 * @param role  the title under which it acted, as the text gives it ("secrétaire d'Etat
 *              américain"), or {@code null}
 * @param name  the fullest form of the name the document uses ("Vladimir Poutine" where the
 *              article writes "M. Poutine" and once "Vladimir Poutine"), or {@code null}
 */
public record Participant(Actor actor, String role, String name) {

  public Participant {
    Objects.requireNonNull(actor, "actor");
  }

  public Participant(Actor actor, String role) {
    this(actor, role, null);
  }

  /** The name as the document writes it, else the actor's canonical label. */
  public String displayName() {
    return name != null && !name.isBlank() ? name : actor.label();
  }
}
