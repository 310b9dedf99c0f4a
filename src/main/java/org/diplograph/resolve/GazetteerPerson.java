package org.diplograph.resolve;

import java.util.List;
import java.util.Set;

/**
 * A person the gazetteer knows.
 *
 * @param id      local id, e.g. {@code person/vladimir-poutine}
 * @param label   the fullest usual French form of the name
 * @param names   every form of the name, as keys ({@link Names#key})
 * @param country the local id of the country served, or {@code null}
 * @param offices the offices held
 */
public record GazetteerPerson(String id, String label, Set<String> names, String country,
    List<Office> offices) {

  public GazetteerPerson {
    names = Set.copyOf(names);
    offices = List.copyOf(offices);
  }
}
