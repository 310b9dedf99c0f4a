package org.diplograph.resolve;

import java.util.Map;

/**
 * A French expression of time found in a sentence, not yet normalised.
 *
 * @param kind  how to normalise it (DAY_MONTH_YEAR, WEEKDAY, MONTH, RELATIVE_WEEK, ...)
 * @param start 1-based index of its first word
 * @param end   index just after its last word
 * @param parts the named parts: weekday, day, day2, month, month2, year, mod, part
 * @param text  the words matched
 * @param rule  where the rule stands ({@code file:line})
 */
public record TimeExpression(String kind, int start, int end, Map<String, String> parts, String text,
    String rule) {

  public TimeExpression {
    parts = Map.copyOf(parts);
  }

  public String part(String name) {
    return parts.get(name);
  }
}
