package org.diplograph.rules;

/** A rule file that cannot be used; the message starts with {@code file:line:}. */
public class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(String message) {
    super(message);
  }

  public RuleFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
