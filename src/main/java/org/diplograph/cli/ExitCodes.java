package org.diplograph.cli;

/** The process exit codes; scripts depend on them, so they never change meaning. */
public final class ExitCodes {

  /** Everything worked. */
  public static final int OK = 0;
  /** Some input failed; everything else was processed (and stored). */
  public static final int INPUT_FAILED = 1;
  /** The command line was wrong: unknown option, bad value, missing argument. */
  public static final int USAGE = 2;
  /** The store cannot be opened: missing, locked by another process, or damaged. */
  public static final int STORE_UNAVAILABLE = 3;
  /** A bug in diplograph: the message and stack trace belong in a bug report. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {
  }
}
