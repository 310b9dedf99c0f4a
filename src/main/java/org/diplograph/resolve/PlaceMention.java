package org.diplograph.resolve;

/**
 * A place named in a sentence.
 *
 * @param start   1-based index of its first word
 * @param end     index just after its last word
 * @param id      the local id of the place (from the gazetteer, or made from its name)
 * @param label   its French name (a venue gives its city's name)
 * @param country whether it is a country (a city is preferred when both are given)
 * @param marker  the preposition before it ("à", "en", "au"), lower case, or ""
 * @param known   whether the gazetteer knows it (else the recognizer alone found it)
 */
public record PlaceMention(int start, int end, String id, String label, boolean country,
    String marker, boolean known) {

  /** Whether the text puts something at this place ("à Genève", "en Islande", "au Japon"). */
  public boolean locative() {
    return marker.equals("à") || marker.equals("en") || marker.equals("au") || marker.equals("aux")
        || marker.equals("dans") || marker.equals("à l'") || marker.equals("à la");
  }
}
