package org.diplograph.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Choosing among the matches of several rules over one sentence. */
public final class Spans {

  private Spans() {
  }

  /**
   * The longest matches that do not overlap (of two that do, the longer one wins, then the
   * earlier), in text order. Spans are half-open: {@code [start, end)}.
   */
  public static <T> List<T> longestWithoutOverlap(List<T> matches, ToIntFunction<T> start,
      ToIntFunction<T> end) {
    List<T> byLength = new ArrayList<>(matches);
    byLength.sort(Comparator.comparingInt((T t) -> end.applyAsInt(t) - start.applyAsInt(t)).reversed()
        .thenComparingInt(start));
    List<T> kept = new ArrayList<>();
    for (T t : byLength) {
      if (kept.stream().noneMatch(k -> start.applyAsInt(k) < end.applyAsInt(t)
          && start.applyAsInt(t) < end.applyAsInt(k))) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparingInt(start));
    return kept;
  }
}
