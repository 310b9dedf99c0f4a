package org.diplograph.nlp;

import java.util.List;

/** Text of runs of words. */
public final class Words {

  private Words() {
  }

  /**
   * The text of words {@code [from, to)} (1-based) as written: a multi-word token once ("du", not
   * "de le"), a space only where the original has one; empty for an empty or invalid range.
   */
  public static String text(List<Word> words, int from, int to) {
    if (from >= to || from < 1 || to - 1 > words.size()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    int lastBegin = -1;
    int lastEnd = -1;
    for (int i = from; i < to; i++) {
      Word w = words.get(i - 1);
      if (w.begin() == lastBegin && w.end() == lastEnd) {
        continue;
      }
      if (sb.length() > 0 && w.begin() > lastEnd) {
        sb.append(' ');
      }
      sb.append(w.inMultiWordToken() ? w.token() : w.form());
      lastBegin = w.begin();
      lastEnd = w.end();
    }
    return sb.toString().strip();
  }
}
