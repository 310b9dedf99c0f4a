package org.diplograph.resolve;


/**
 * A reference to a person in a sentence: a name ("M. Poutine", "Vladimir Poutine"), a role ("le
 * président russe", "son homologue américain"), or an anaphor ("ce dernier", "les deux
 * présidents", "il").
 *
 * @param sentence  0-based sentence index
 * @param start     1-based index of its first word
 * @param end       index just after its last word
 * @param head      index of the word that represents it in the dependency tree
 * @param kind      name, role or anaphor
 * @param name      for a name, the name without titles ("Vladimir Poutine"); else {@code null}
 * @param title     the title attached to it ("le secrétaire d'Etat américain John Kerry"), or
 *                  {@code null}
 * @param plural    for anaphors and roles: refers to several persons ("les deux présidents");
 *                  for "les trois chefs", {@link #count()} says how many
 * @param count     how many persons a plural mention names when the text says it, else 0
 * @param honorific whether a name comes with "M.", "Mme" or another honorific
 */
public record PersonMention(int sentence, int start, int end, int head, Kind kind, String name,
    TitleMatch title, boolean plural, int count, boolean honorific) {

  public PersonMention(int sentence, int start, int end, int head, Kind kind, String name,
      TitleMatch title, boolean plural) {
    this(sentence, start, end, head, kind, name, title, plural, 0, false);
  }

  /** What sort of reference. */
  public enum Kind { NAME, ROLE, ANAPHOR }

  /** Whether word {@code index} lies inside the mention, its title included. */
  public boolean covers(int index) {
    return (index >= start && index < end)
        || (title != null && index >= title.start() && index < title.end());
  }
}
