package org.diplograph.resolve;

import java.util.Set;

/**
 * A country, place, organization or topic the gazetteer knows.
 *
 * @param id         local id, e.g. {@code country/russie}, {@code place/geneve}, {@code topic/syrie}
 * @param label      its French name (a topic's preferred label)
 * @param names      every name, as keys ({@link Names#key})
 * @param adjectives for a country, its adjectives as keys ("russe", "americaine")
 * @param venues     for a place, the buildings that stand for it, as keys ("elysee")
 * @param country    for a place, its country's local id
 * @param capital    for a country, its capital's local id
 */
public record GazetteerEntry(String id, String label, Set<String> names, Set<String> adjectives,
    Set<String> venues, String country, String capital) {

  public GazetteerEntry {
    names = Set.copyOf(names);
    adjectives = Set.copyOf(adjectives);
    venues = Set.copyOf(venues);
  }
}
