package org.diplograph.resolve;

import java.util.List;

/**
 * A title of office found in a sentence.
 *
 * @param start        1-based index of its first word
 * @param titleEnd     index just after the title proper ("ministre ... étrangères")
 * @param end          index just after the title with its country ("... russe", "du Sénégal")
 * @param kinds        the office kinds it may name, in order of preference
 * @param country      the country of the office, or {@code null}
 * @param organization the organization of the office, or {@code null}
 * @param moreCountries further countries of a plural title ("les présidents sud-coréen et
 *                      américain": South Korea, then the United States here)
 * @param text         the words of the title with its country
 * @param rule         where the rule that found it stands ({@code file:line})
 */
public record TitleMatch(int start, int titleEnd, int end, List<String> kinds, String country,
    String organization, List<String> moreCountries, String text, String rule) {

  public TitleMatch {
    moreCountries = List.copyOf(moreCountries);
  }

  /** "homologue": the office of someone else's counterpart. */
  public boolean isCounterpart() {
    return kinds.contains("counterpart");
  }
}
