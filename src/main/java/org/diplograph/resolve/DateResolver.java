package org.diplograph.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.PartialDate;

/**
 * Normalises a French time expression against an anchor (the publication date), as precisely as
 * the text and the anchor allow, never more: a weekday is a day only when the anchor has a day
 * (and a month when it has only a month); a day and month without a known year stay a month-day.
 * Weekdays and months without a year resolve backwards for past events and forwards for future
 * ones; {@code java.time} does the arithmetic.
 */
public final class DateResolver {

  /** Which way a relative expression points. */
  public enum Direction { PAST, FUTURE }

  /** A normalised date, and the last day when the expression names two ("les 7 et 8 juillet"). */
  public record Resolved(PartialDate date, PartialDate endDate) {
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2),
      Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5),
      Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("aout", 8),
      Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10), Map.entry("oct", 10),
      Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12), Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY,
      "mardi", DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY,
      "vendredi", DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

  private DateResolver() {
  }

  /**
   * @param anchor    the publication date (or a year the document states), or {@code null}
   * @param direction whether the event lies before or after the anchor
   */
  public static Optional<Resolved> resolve(TimeExpression e, PartialDate anchor, Direction direction) {
    try {
      return Optional.ofNullable(switch (e.kind()) {
        case "DAY_MONTH_YEAR" -> single(PartialDate.of(LocalDate.of(year(e.part("year")),
            month(e.part("month")), day(e.part("day")))));
        case "DAY_MONTH" -> single(dayMonth(day(e.part("day")), month(e.part("month")), anchor,
            direction));
        case "DAYS_MONTH" -> daysMonth(e, anchor, direction);
        case "MONTH_YEAR" -> single(new PartialDate(year(e.part("year")), month(e.part("month")), null));
        case "MONTH" -> single(month(e, anchor, direction));
        case "YEAR" -> single(PartialDate.ofYear(year(e.part("year"))));
        case "WEEKDAY" -> single(weekday(e, anchor, direction));
        case "RELATIVE_DAY" -> single(relativeDay(e, anchor));
        case "RELATIVE_WEEK" -> single(relativeWeek(e, anchor));
        case "RELATIVE_MONTH" -> single(relativeMonth(e, anchor));
        case "RELATIVE_YEAR" -> single(relativeYear(e, anchor));
        default -> null;
      });
    } catch (RuntimeException invalid) {
      // "le 31 février" and the like: no date rather than a wrong one
      return Optional.empty();
    }
  }

  private static Resolved single(PartialDate d) {
    return d == null ? null : new Resolved(d, null);
  }

  private static Resolved daysMonth(TimeExpression e, PartialDate anchor, Direction direction) {
    int m1 = month(e.part("month"));
    int m2 = e.part("month2") == null ? m1 : month(e.part("month2"));
    Integer y = e.part("year") == null ? null : year(e.part("year"));
    PartialDate first;
    PartialDate last;
    if (y != null) {
      first = PartialDate.of(LocalDate.of(y, m1, day(e.part("day"))));
      last = PartialDate.of(LocalDate.of(y, m2, day(e.part("day2"))));
    } else {
      first = dayMonth(day(e.part("day")), m1, anchor, direction);
      last = first.year() == null ? PartialDate.of(MonthDay.of(m2, day(e.part("day2"))))
          : PartialDate.of(LocalDate.of(first.year(), m2, day(e.part("day2"))));
    }
    return new Resolved(first, last);
  }

  /** A day and month: with the anchor's year, moved a year when that puts it on the wrong side. */
  static PartialDate dayMonth(int day, int month, PartialDate anchor, Direction direction) {
    if (anchor == null || anchor.year() == null) {
      return PartialDate.of(MonthDay.of(month, day));
    }
    LocalDate d = LocalDate.of(anchor.year(), month, day);
    if (anchor.month() != null) {
      LocalDate a = YearMonth.of(anchor.year(), anchor.month())
          .atDay(anchor.day() == null ? 1 : anchor.day());
      // more than half a year on the wrong side: the other year is meant
      if (direction == Direction.PAST && d.isAfter(a.plusMonths(6))) {
        d = d.minusYears(1);
      } else if (direction == Direction.FUTURE && d.isBefore(a.minusMonths(6))) {
        d = d.plusYears(1);
      }
    }
    return PartialDate.of(d);
  }

  private static PartialDate month(TimeExpression e, PartialDate anchor, Direction direction) {
    String m = e.part("month");
    if (m == null && e.part("part") != null && e.part("part").contains("-")) {
      m = e.part("part").substring(e.part("part").indexOf('-') + 1);
    }
    int month = month(m);
    if (e.part("year") != null) {
      return new PartialDate(year(e.part("year")), month, null);
    }
    if (anchor == null || anchor.year() == null) {
      return null;
    }
    int year = anchor.year();
    if (anchor.month() != null) {
      String mod = norm(e.part("mod"));
      boolean past = "dernier".equals(mod) || (!"prochain".equals(mod) && direction == Direction.PAST);
      if (past && month > anchor.month()) {
        year--;
      } else if (!past && month < anchor.month()) {
        year++;
      }
    }
    return new PartialDate(year, month, null);
  }

  private static PartialDate weekday(TimeExpression e, PartialDate anchor, Direction direction) {
    if (anchor == null || anchor.year() == null || anchor.month() == null) {
      return null;
    }
    if (anchor.day() == null) {
      return new PartialDate(anchor.year(), anchor.month(), null);
    }
    LocalDate a = anchor.toLocalDate().orElseThrow();
    DayOfWeek wanted = WEEKDAYS.get(norm(e.part("weekday")));
    String mod = norm(e.part("mod"));
    boolean past = "dernier".equals(mod) || (!"prochain".equals(mod) && direction == Direction.PAST);
    LocalDate d = a;
    if (past) {
      while (d.getDayOfWeek() != wanted) {
        d = d.minusDays(1);
      }
      if ("dernier".equals(mod) && d.equals(a)) {
        d = d.minusWeeks(1);
      }
    } else {
      while (d.getDayOfWeek() != wanted) {
        d = d.plusDays(1);
      }
      if ("prochain".equals(mod) && d.equals(a)) {
        d = d.plusWeeks(1);
      }
    }
    return PartialDate.of(d);
  }

  private static PartialDate relativeDay(TimeExpression e, PartialDate anchor) {
    if (anchor == null || anchor.day() == null || anchor.year() == null) {
      return anchor == null || anchor.month() == null || anchor.year() == null ? null
          : new PartialDate(anchor.year(), anchor.month(), null);
    }
    LocalDate a = anchor.toLocalDate().orElseThrow();
    return PartialDate.of(switch (norm(e.part("mod"))) {
      case "hier" -> a.minusDays(1);
      case "avant hier" -> a.minusDays(2);
      case "demain" -> a.plusDays(1);
      case "apres demain" -> a.plusDays(2);
      default -> a;
    });
  }

  /** "la semaine dernière": the month of the day a week before (a week is not more precise). */
  private static PartialDate relativeWeek(TimeExpression e, PartialDate anchor) {
    if (anchor == null || anchor.year() == null || anchor.month() == null) {
      return null;
    }
    if (anchor.day() == null) {
      return new PartialDate(anchor.year(), anchor.month(), null);
    }
    LocalDate a = anchor.toLocalDate().orElseThrow();
    String mod = norm(e.part("mod"));
    LocalDate d = mod == null ? a : mod.startsWith("derni") || mod.startsWith("pass")
        ? a.minusWeeks(1) : a.plusWeeks(1);
    return PartialDate.of(YearMonth.from(d));
  }

  private static PartialDate relativeMonth(TimeExpression e, PartialDate anchor) {
    if (anchor == null || anchor.year() == null || anchor.month() == null) {
      return null;
    }
    YearMonth a = YearMonth.of(anchor.year(), anchor.month());
    String mod = norm(e.part("mod"));
    if (mod == null) {
      return PartialDate.of(a);
    }
    return PartialDate.of(mod.startsWith("derni") || mod.startsWith("pass") ? a.minusMonths(1)
        : a.plusMonths(1));
  }

  private static PartialDate relativeYear(TimeExpression e, PartialDate anchor) {
    if (anchor == null || anchor.year() == null) {
      return null;
    }
    String mod = norm(e.part("mod"));
    return PartialDate.ofYear(mod != null && (mod.startsWith("derni") || mod.startsWith("pass"))
        ? anchor.year() - 1 : anchor.year() + 1);
  }

  static int month(String word) {
    Integer m = MONTHS.get(norm(word).replace(".", "").strip());
    if (m == null) {
      throw new IllegalArgumentException("not a month: " + word);
    }
    return m;
  }

  private static int day(String word) {
    return Integer.parseInt(word.toLowerCase(Locale.ROOT).replace("er", ""));
  }

  private static int year(String word) {
    return Integer.parseInt(word);
  }

  private static String norm(String s) {
    return s == null ? null : Names.key(s);
  }
}
