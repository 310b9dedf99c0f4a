package org.diplograph.query;

/** A query that cannot run as given: it does not parse, a parameter does not fit, or it timed out. */
public class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the query failed. */
  public enum Kind { SYNTAX, PARAMETER, TIMEOUT, EXECUTION }

  private final Kind kind;

  public QueryException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public QueryException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
