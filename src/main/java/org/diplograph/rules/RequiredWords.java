package org.diplograph.rules;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A quick test that a TokensRegex sequence pattern cannot match a sentence, so that the rule need
 * not run there: the words that its required elements (top-level, not optional) must match. Only
 * elements whose test on one word is plain are used: a regex {@code /.../}, a string
 * {@code "..."}, a macro standing for a regex, or a capture group around one of these; anything
 * else (bracket expressions, alternatives, nested sequences) is left to TokensRegex itself, and a
 * pattern with a top-level alternative gives no required word at all. The test is therefore
 * never wrong: when it says no, the pattern cannot match.
 *
 * <p>Rules run once per sentence for every sentence of every article; most of them cannot match
 * most sentences, and this test (a few look-ups per word, see {@link Index}) is much cheaper than
 * TokensRegex finding that out.
 */
public final class RequiredWords {

  /**
   * The required words of all the rules of one file, and which of them each word of the language
   * matches, remembered: a sentence's words are looked up, not matched again rule by rule.
   * Thread-safe.
   */
  public static final class Index {

    /** Words remembered at most, so that memory stays bounded on any corpus. */
    private static final int MAX_WORDS = 200_000;

    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final ConcurrentHashMap<String, long[]> byWord = new ConcurrentHashMap<>();
    private final Function<CoreLabel, String> key;
    private volatile boolean frozen;

    /** An index over the words as written (what a TokensRegex {@code /.../} tests). */
    public Index() {
      this(CoreLabel::word);
    }

    /** An index over another attribute of the words, e.g. {@code CoreLabel::lemma}. */
    public Index(Function<CoreLabel, String> key) {
      this.key = key;
    }

    /** Registers the required words of one rule's TokensRegex pattern. */
    public RequiredWords add(String pattern, Map<String, String> macros) {
      return addRegexes(requiredRegexes(pattern, macros));
    }

    /**
     * Registers a rule whose match needs, for each regex, some word matching it (whole): e.g.
     * the lemma of a Semgrex pattern's first node. Rules are added before any sentence is looked at.
     */
    public synchronized RequiredWords addRegexes(List<String> regexes) {
      if (frozen) {
        throw new IllegalStateException("rules are added before sentences are looked at");
      }
      int[] ruleIds = new int[regexes.size()];
      for (int i = 0; i < regexes.size(); i++) {
        String r = regexes.get(i);
        Integer id = ids.get(r);
        if (id == null) {
          id = patterns.size();
          patterns.add(Pattern.compile(r));
          ids.put(r, id);
        }
        ruleIds[i] = id;
      }
      return new RequiredWords(ruleIds);
    }

    /** Which required words a sentence has: to pass to {@link RequiredWords#mayMatch}. */
    public long[] present(List<CoreLabel> tokens) {
      frozen = true;
      long[] present = new long[(patterns.size() + 63) / 64];
      for (CoreLabel t : tokens) {
        String k = key.apply(t);
        if (k == null) {
          continue;
        }
        long[] bits = matching(k);
        for (int i = 0; i < present.length; i++) {
          present[i] |= bits[i];
        }
      }
      return present;
    }

    private long[] matching(String word) {
      long[] bits = byWord.get(word);
      if (bits != null) {
        return bits;
      }
      bits = new long[(patterns.size() + 63) / 64];
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(word).matches()) {
          bits[i >> 6] |= 1L << (i & 63);
        }
      }
      if (byWord.size() < MAX_WORDS) {
        byWord.put(word, bits);
      }
      return bits;
    }
  }

  private final int[] required;

  private RequiredWords(int[] required) {
    this.required = required;
  }

  /** Whether every required element matches some word of the sentence (else no match is possible). */
  public boolean mayMatch(long[] present) {
    for (int id : required) {
      if ((present[id >> 6] & 1L << (id & 63)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** How many elements the test checks (for tests). */
  int size() {
    return required.length;
  }

  /**
   * The regexes of the required words of {@code pattern}: none when it has a top-level alternative
   * or syntax this reading does not follow.
   *
   * @param macros the macros the pattern may use ({@code $MONTH}), by name with the {@code $},
   *               each as its pattern text
   */
  static List<String> requiredRegexes(String pattern, Map<String, String> macros) {
    List<String> required = new ArrayList<>();
    String p = pattern.strip();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end;
      String regex = null;
      if (c == '/') {
        end = closingSlash(p, i) + 1;
        regex = p.substring(i + 1, end - 1);
      } else if (c == '"') {
        end = p.indexOf('"', i + 1) + 1;
        if (end == 0) {
          return List.of();
        }
        regex = Pattern.quote(p.substring(i + 1, end - 1));
      } else if (c == '$') {
        end = i + 1;
        while (end < p.length() && (Character.isLetterOrDigit(p.charAt(end)) || p.charAt(end) == '_')) {
          end++;
        }
        regex = macroRegex(macros.get(p.substring(i, end)));
      } else if (c == '(') {
        end = closingParen(p, i) + 1;
        if (end == 0) {
          return List.of();
        }
        String inner = p.substring(i + 1, end - 1).strip();
        if (inner.startsWith("?$")) {
          int space = inner.indexOf(' ');
          inner = space < 0 ? "" : inner.substring(space).strip();
        }
        regex = single(inner, macros);
      } else if (c == '[') {
        end = closingBracket(p, i) + 1;
        if (end == 0) {
          return List.of();
        }
      } else {
        return List.of(); // a top-level alternative, or syntax this reading does not follow
      }
      if (end <= i) {
        return List.of();
      }
      boolean optional = end < p.length() && (p.charAt(end) == '?' || p.charAt(end) == '*'
          || p.startsWith("{0", end));
      // skip the quantifier, if any
      while (end < p.length() && "?*+".indexOf(p.charAt(end)) >= 0) {
        end++;
      }
      if (end < p.length() && p.charAt(end) == '{') {
        end = p.indexOf('}', end) + 1;
        if (end == 0) {
          return List.of();
        }
      }
      if (!optional && regex != null) {
        try {
          Pattern.compile(regex);
          required.add(regex);
        } catch (PatternSyntaxException e) {
          return List.of();
        }
      }
      i = end;
    }
    return required;
  }

  /** The regex of a group's content when it is one plain element, else null. */
  private static String single(String inner, Map<String, String> macros) {
    if (inner.startsWith("/") && closingSlash(inner, 0) == inner.length() - 1) {
      return inner.substring(1, inner.length() - 1);
    }
    if (inner.startsWith("$") && inner.substring(1).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
      return macroRegex(macros.get(inner));
    }
    return null;
  }

  private static String macroRegex(String macro) {
    if (macro == null) {
      return null;
    }
    String m = macro.strip();
    return m.startsWith("/") && closingSlash(m, 0) == m.length() - 1 ? m.substring(1, m.length() - 1) : null;
  }

  /** The index of the slash that closes the regex opened at {@code open}. */
  private static int closingSlash(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '/') {
        return i;
      }
    }
    return s.length() - 1;
  }

  private static int closingParen(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        i = closingSlash(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int closingBracket(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        i = closingSlash(s, i);
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }
}
