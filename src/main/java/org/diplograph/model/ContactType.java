package org.diplograph.model;

import java.util.Locale;

/** The four kinds of diplomatic contact (design §3). */
public enum ContactType {
  /** An in-person meeting of named persons; a bilateral "sommet" is a meeting. */
  MEETING,
  /** A phone call or video conference. */
  CALL,
  /** A multilateral gathering (G7, G20, NATO, EU Council, African Union, ...). */
  SUMMIT,
  /** An official visit with no named counterpart. */
  VISIT;

  /** The name used in gold files and reports: meeting, call, summit, visit. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this {@link #code()}. */
  public static ContactType ofCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
