package org.diplograph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text handed to NLP after boilerplate removal, with a map from each of its characters back to
 * the original text, so that every offset diplograph reports points into what the user gave it.
 *
 * <p>The clean text is a sequence of segments: either a run copied from the original (possibly with
 * characters replaced one for one, e.g. a typographic apostrophe by {@code '}) or a short synthetic
 * separator (a newline or space that joins two kept runs). Synthetic characters map to the original
 * position where they were inserted.
 */
public final class CleanText {

  private final String text;
  private final int originalLength;
  private final int[] cleanStart;
  private final int[] originalStart;
  private final boolean[] synthetic;

  private CleanText(String text, int originalLength, List<int[]> segments) {
    this.text = text;
    this.originalLength = originalLength;
    int n = segments.size();
    this.cleanStart = new int[n];
    this.originalStart = new int[n];
    this.synthetic = new boolean[n];
    for (int i = 0; i < n; i++) {
      int[] s = segments.get(i);
      cleanStart[i] = s[0];
      originalStart[i] = s[1];
      synthetic[i] = s[2] == 1;
    }
  }

  /** A clean text identical to the original: the identity map. */
  public static CleanText identity(String original) {
    return builder(original).keep(0, original.length()).build();
  }

  public static Builder builder(String original) {
    return new Builder(original);
  }

  public String text() {
    return text;
  }

  /** Maps a begin offset (inclusive) in the clean text to the original text. */
  public int toOriginal(int cleanOffset) {
    if (cleanOffset < 0 || cleanOffset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + cleanOffset + " outside 0.." + text.length());
    }
    if (cleanOffset == text.length()) {
      return text.isEmpty() ? 0 : toOriginalEnd(cleanOffset);
    }
    int i = segmentOf(cleanOffset);
    return synthetic[i] ? originalStart[i] : originalStart[i] + (cleanOffset - cleanStart[i]);
  }

  /**
   * Maps an end offset (exclusive) in the clean text to the original text: the position just after
   * the original of the last character before it, so that a span never swallows removed text.
   */
  public int toOriginalEnd(int cleanEnd) {
    if (cleanEnd <= 0) {
      return 0;
    }
    return Math.min(originalLength, toOriginal(cleanEnd - 1) + 1);
  }

  private int segmentOf(int cleanOffset) {
    int i = Arrays.binarySearch(cleanStart, cleanOffset);
    if (i < 0) {
      i = -i - 2;
    }
    // Empty segments share a start with the next one; step to the last segment starting here.
    while (i + 1 < cleanStart.length && cleanStart[i + 1] == cleanOffset) {
      i++;
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CleanText c && text.equals(c.text) && originalLength == c.originalLength
        && Arrays.equals(cleanStart, c.cleanStart) && Arrays.equals(originalStart, c.originalStart)
        && Arrays.equals(synthetic, c.synthetic);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Arrays.hashCode(originalStart);
  }

  @Override
  public String toString() {
    return "CleanText[" + text.length() + " chars from " + originalLength + "]";
  }

  /** Builds a {@link CleanText} from kept runs of the original and synthetic separators. */
  public static final class Builder {
    private final String original;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> segments = new ArrayList<>();
    private int lastOriginalEnd;

    private Builder(String original) {
      this.original = original;
    }

    /** Copies {@code original[begin, end)} unchanged. */
    public Builder keep(int begin, int end) {
      return keep(begin, end, null);
    }

    /**
     * Copies {@code original[begin, end)}, replacing characters one for one through
     * {@code replacement} (which must return a string of the same length).
     */
    public Builder keep(int begin, int end, java.util.function.UnaryOperator<String> replacement) {
      if (begin < lastOriginalEnd || end < begin || end > original.length()) {
        throw new IllegalArgumentException("bad or out-of-order run " + begin + ".." + end);
      }
      if (end == begin) {
        return this;
      }
      String run = original.substring(begin, end);
      if (replacement != null) {
        String replaced = replacement.apply(run);
        if (replaced.length() != run.length()) {
          throw new IllegalArgumentException("a replacement must keep the length of the run");
        }
        run = replaced;
      }
      segments.add(new int[] {text.length(), begin, 0});
      text.append(run);
      lastOriginalEnd = end;
      return this;
    }

    /** Appends a separator that does not come from the original text. */
    public Builder insert(String separator) {
      if (!separator.isEmpty()) {
        segments.add(new int[] {text.length(), lastOriginalEnd, 1});
        text.append(separator);
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    public CleanText build() {
      return new CleanText(text.toString(), original.length(), segments);
    }
  }
}
