package org.diplograph.resolve;

import java.time.LocalDate;

/**
 * An office a person held.
 *
 * @param kind         the kind of office, e.g. {@code head-of-state}
 * @param country      the country's local id ({@code country/russie}), or {@code null}
 * @param organization the organization's local id, or {@code null}
 * @param title        the French title
 * @param start        the first day, or {@code null} if unknown
 * @param end          the last day, or {@code null} while held
 */
public record Office(String kind, String country, String organization, String title,
    LocalDate start, LocalDate end) {

  /** Whether the office was held on {@code day}; an unknown start counts as "long before". */
  public boolean heldOn(LocalDate day) {
    return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
  }

  /** Whether the office was held at some time in {@code [from, to]}. */
  public boolean heldDuring(LocalDate from, LocalDate to) {
    return (start == null || !to.isBefore(start)) && (end == null || !from.isAfter(end));
  }
}
