package org.diplograph.ingest;

/** An input that cannot be read as an article; the message is the reason, for the user. */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String reason) {
    super(reason);
  }

  public InputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
