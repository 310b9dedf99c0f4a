package org.diplograph.model;

import java.util.Locale;

/** Whether a contact happened, as one document states it at its date. */
public enum ContactStatus {
  /** It took place. */
  HELD,
  /** Announced or scheduled. */
  PLANNED,
  /** Only wished, offered or hoped for. */
  PROPOSED,
  /** Called off, or postponed without a new date. */
  CANCELLED;

  /** The name used in gold files and reports: held, planned, proposed, cancelled. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ContactStatus ofCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
