package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.diplograph.model.CleanText;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RuleLine;

/**
 * Removes web boilerplate (player banners, share widgets, photo credits, tag lists, comment
 * sections, trailing lists of unrelated headlines) from an article, keeping a map back to the
 * original offsets.
 *
 * <p>The rules come from {@code rules/boilerplate.rules}. Cleaning works line by line: kept lines
 * are joined by a newline (the NLP stage treats a newline as a sentence break, as news text is one
 * paragraph or headline a line), except that a line ending without punctuation followed by one
 * starting in lower case is taken as a hard-wrapped sentence and joined with a space. Typographic
 * apostrophes and non-breaking spaces are replaced one for one, which keeps offsets unchanged and
 * helps the French tokenizer. Instances are immutable and thread-safe.
 */
public final class BoilerplateCleaner {

  /** The rule file on the class path. */
  public static final String RULES = "rules/boilerplate.rules";

  private enum Kind { LINE, REST, SPAN, TAIL }

  private record Rule(Kind kind, Pattern pattern, int minLines, RuleLine source) {
  }

  private static final int TAIL_MAX_LINE_LENGTH = 200;
  private static final double TAIL_MIN_UNPUNCTUATED = 0.75;

  private final List<Rule> rules;

  private BoilerplateCleaner(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The cleaner with the bundled rules. */
  public static BoilerplateCleaner standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final BoilerplateCleaner STANDARD = fromRules(RuleFiles.readResource(RULES));
  }

  /** A cleaner for the given rules; a malformed rule fails with its file and line. */
  public static BoilerplateCleaner fromRules(List<RuleLine> lines) {
    List<Rule> rules = new ArrayList<>();
    for (RuleLine line : lines) {
      String[] parts = line.text().split("\\s+", 2);
      Kind kind;
      try {
        kind = Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown rule kind \"" + parts[0] + "\" (expected line, rest, span or tail)");
      }
      if (parts.length < 2) {
        throw line.error("a " + parts[0] + " rule needs an argument");
      }
      if (kind == Kind.TAIL) {
        try {
          rules.add(new Rule(kind, null, Integer.parseInt(parts[1].strip()), line));
        } catch (NumberFormatException e) {
          throw line.error("a tail rule takes a number of lines");
        }
        continue;
      }
      try {
        rules.add(new Rule(kind, Pattern.compile(parts[1].strip()), 0, line));
      } catch (PatternSyntaxException e) {
        throw line.error("bad regex: " + e.getDescription(), e);
      }
    }
    return new BoilerplateCleaner(rules);
  }

  /** A line of the original text: {@code [begin, end)} without its line terminator. */
  private record Line(int begin, int end, String text) {
    String trimmed() {
      return text.strip();
    }
  }

  /** Cleans {@code original}; the result maps every character back into it. */
  public CleanText clean(String original) {
    List<Line> lines = keptLines(original);
    CleanText.Builder out = CleanText.builder(original);
    String previous = null;
    for (Line line : lines) {
      List<int[]> runs = keptRuns(line);
      if (runs.isEmpty()) {
        continue;
      }
      if (previous != null) {
        String first = line.text().substring(runs.get(0)[0] - line.begin()).strip();
        out.insert(isWrappedContinuation(previous, first) ? " " : "\n");
      }
      for (int i = 0; i < runs.size(); i++) {
        if (i > 0) {
          out.insert(" ");
        }
        out.keep(runs.get(i)[0], runs.get(i)[1], BoilerplateCleaner::normalizeChars);
      }
      previous = line.trimmed();
    }
    return out.build();
  }

  /** The lines left after line, rest and tail rules, blank lines dropped. */
  private List<Line> keptLines(String original) {
    List<Line> kept = new ArrayList<>();
    for (Line line : splitLines(original)) {
      String t = normalizeChars(line.trimmed());
      if (t.isEmpty()) {
        continue;
      }
      if (matchesWhole(Kind.REST, t)) {
        break;
      }
      if (!matchesWhole(Kind.LINE, t)) {
        kept.add(line);
      }
    }
    for (Rule rule : rules) {
      if (rule.kind() == Kind.TAIL) {
        dropTrailingHeadlines(kept, rule.minLines());
      }
    }
    return kept;
  }

  private boolean matchesWhole(Kind kind, String trimmed) {
    for (Rule rule : rules) {
      if (rule.kind() == kind && rule.pattern().matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The trimmed runs of a line that survive the span rules, as original offsets. */
  private List<int[]> keptRuns(Line line) {
    String text = normalizeChars(line.text());
    boolean[] drop = new boolean[text.length()];
    for (Rule rule : rules) {
      if (rule.kind() == Kind.SPAN) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
          for (int i = m.start(); i < m.end(); i++) {
            drop[i] = true;
          }
        }
      }
    }
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && (drop[i] || Character.isWhitespace(text.charAt(i)))) {
        i++;
      }
      int start = i;
      int lastNonSpace = -1;
      while (i < text.length() && !drop[i]) {
        if (!Character.isWhitespace(text.charAt(i))) {
          lastNonSpace = i;
        }
        i++;
      }
      if (lastNonSpace >= start) {
        runs.add(new int[] {line.begin() + start, line.begin() + lastNonSpace + 1});
      }
    }
    return runs;
  }

  /**
   * Drops a trailing block of short lines that mostly end without sentence punctuation: the list
   * of unrelated headlines many sites append to an article. The block must start with such a
   * headline, so the article's last sentences stay.
   */
  private static void dropTrailingHeadlines(List<Line> lines, int minLines) {
    int best = -1;
    int unpunctuated = 0;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String t = lines.get(i).trimmed();
      if (t.length() > TAIL_MAX_LINE_LENGTH) {
        break;
      }
      boolean headline = !endsSentence(t);
      if (headline) {
        unpunctuated++;
      }
      int size = lines.size() - i;
      if (headline && size >= minLines && unpunctuated >= TAIL_MIN_UNPUNCTUATED * size) {
        best = i;
      }
    }
    // Never take the whole text: some sentence of the article must come before the block.
    boolean bodyBefore = false;
    for (int i = 0; i < best; i++) {
      bodyBefore |= endsSentence(lines.get(i).trimmed());
    }
    if (best > 0 && bodyBefore) {
      lines.subList(best, lines.size()).clear();
    }
  }

  private static boolean endsSentence(String trimmed) {
    if (trimmed.isEmpty()) {
      return false;
    }
    char c = trimmed.charAt(trimmed.length() - 1);
    return ".!?»\"”…:;)".indexOf(c) >= 0;
  }

  /** A hard-wrapped line: the previous one does not end a sentence and this one starts in lower case. */
  private static boolean isWrappedContinuation(String previous, String next) {
    return !previous.isEmpty() && !next.isEmpty() && !endsSentence(previous)
        && Character.isLowerCase(next.charAt(0));
  }

  private static List<Line> splitLines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(new Line(start, i, text.substring(start, i)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(start, text.length(), text.substring(start)));
    }
    return lines;
  }

  /** One-for-one character replacements that help the tokenizer and keep offsets unchanged. */
  static String normalizeChars(String s) {
    char[] cs = s.toCharArray();
    boolean changed = false;
    for (int i = 0; i < cs.length; i++) {
      char r = switch (cs[i]) {
        case '\u2019', '\u02BC', '\u2018', '\u0060', '\u00B4' -> '\'';
        case '\u00A0', '\u202F', '\u2007', '\u2009', '\t', '\u200B', '\uFEFF' -> ' ';
        case '\u2010', '\u2011' -> '-';
        default -> cs[i];
      };
      if (r != cs[i]) {
        cs[i] = r;
        changed = true;
      }
    }
    return changed ? new String(cs) : s;
  }
}
