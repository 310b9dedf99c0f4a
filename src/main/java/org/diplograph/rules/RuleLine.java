package org.diplograph.rules;

/**
 * One rule of a rule file: its text, where it stands, and the example sentence of the comment
 * above it.
 *
 * @param source  the file or resource name, as reported in messages
 * @param line    the 1-based line number
 * @param text    the rule, trimmed
 * @param comment the comment lines directly above the rule (without {@code #}), or "" if none
 */
public record RuleLine(String source, int line, String text, String comment) {

  /** {@code source:line}, the way compilers report a place. */
  public String where() {
    return source + ":" + line;
  }

  /** An exception that names this rule's place, for a rule that cannot be used. */
  public RuleFileException error(String reason) {
    return new RuleFileException(where() + ": " + reason + " in \"" + text + "\"");
  }

  /** An exception that names this rule's place, with the cause that made it unusable. */
  public RuleFileException error(String reason, Throwable cause) {
    return new RuleFileException(where() + ": " + reason + " in \"" + text + "\"", cause);
  }
}
