package org.diplograph.cli;

/**
 * A problem the user can fix (a missing file, a locked store, a query that does not parse). The
 * command line prints its message as one line, without a stack trace, and exits with its code.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
