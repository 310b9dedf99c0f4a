package org.diplograph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known only as precisely as a text states it: a year, a year and month, a full
 * day, or a month and day without a year ("le 3 mai" in an undated article).
 *
 * <p>The four precisions map one to one onto the XSD types the design allows for {@code dg:date}:
 * {@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:date} and {@code xsd:gMonthDay}. A value is
 * never more precise than its source: there is no way to build a day without a month.
 *
 * @param year  the year, or {@code null} for a month-day
 * @param month 1-12, or {@code null} for a bare year
 * @param day   1-31, or {@code null} unless the day is known
 */
public record PartialDate(Integer year, Integer month, Integer day) implements Comparable<PartialDate> {

  /** How precise a {@link PartialDate} is. */
  public enum Precision { YEAR, YEAR_MONTH, DAY, MONTH_DAY }

  private static final Pattern LEXICAL =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})-(\\d{2})");

  public PartialDate {
    if (year == null && (month == null || day == null)) {
      throw new IllegalArgumentException("a date without a year needs a month and a day");
    }
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    try {
      if (day != null && year != null) {
        LocalDate.of(year, month, day);
      } else if (day != null) {
        MonthDay.of(month, day);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate of(YearMonth ym) {
    return new PartialDate(ym.getYear(), ym.getMonthValue(), null);
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static PartialDate of(MonthDay md) {
    return new PartialDate(null, md.getMonthValue(), md.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code --MM-DD}, or an ISO date-time
   * (whose date part is kept, as written, without converting time zones).
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static PartialDate parse(String value) {
    String v = value == null ? "" : value.strip();
    Matcher m = LEXICAL.matcher(v);
    try {
      if (m.matches()) {
        if (m.group(4) != null) {
          return new PartialDate(null, Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)));
        }
        return new PartialDate(Integer.valueOf(m.group(1)),
            m.group(2) == null ? null : Integer.valueOf(m.group(2)),
            m.group(3) == null ? null : Integer.valueOf(m.group(3)));
      }
      if (v.length() > 10 && v.charAt(10) == 'T') {
        try {
          return of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
          return of(LocalDate.parse(v.substring(0, 10)));
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a valid date: \"" + value + "\" (" + e.getMessage() + ")", e);
    }
    throw new IllegalArgumentException("not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD"
        + " or an ISO date-time: \"" + value + "\"");
  }

  /** Like {@link #parse} but empty for null or blank input. */
  public static Optional<PartialDate> parseOptional(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value));
  }

  public Precision precision() {
    if (year == null) {
      return Precision.MONTH_DAY;
    }
    if (month == null) {
      return Precision.YEAR;
    }
    return day == null ? Precision.YEAR_MONTH : Precision.DAY;
  }

  /** The full date, when this value is day-precise with a year. */
  public Optional<LocalDate> toLocalDate() {
    return precision() == Precision.DAY ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** The XSD lexical form: {@code 2019}, {@code 2019-05}, {@code 2019-05-14} or {@code --05-14}. */
  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format("%04d", year);
      case YEAR_MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
      case MONTH_DAY -> String.format("--%02d-%02d", month, day);
    };
  }

  /** Orders by year (unknown first), then month, then day; less precise values sort first. */
  @Override
  public int compareTo(PartialDate o) {
    int c = compareNullable(year, o.year);
    if (c == 0) {
      c = compareNullable(month, o.month);
    }
    return c != 0 ? c : compareNullable(day, o.day);
  }

  private static int compareNullable(Integer a, Integer b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return Integer.compare(a, b);
  }
}
