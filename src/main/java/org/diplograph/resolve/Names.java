package org.diplograph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** How names are compared: case, accents, apostrophes and hyphens do not matter. */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑'’ʼ`´.]+");

  private Names() {
  }

  /** "Recep Tayyip Erdoğan" → "recep tayyip erdogan"; "Etats-Unis" → "etats unis". */
  public static String key(String name) {
    if (isPlainAscii(name)) {
      // most words: lower case letters and digits only, nothing to normalise
      return name;
    }
    String known = KEYS.get(name);
    if (known != null) {
      return known;
    }
    String k = normalise(name);
    if (KEYS.size() < MAX_KEYS) {
      KEYS.put(name, k);
    }
    return k;
  }

  /** Keys already made: names and phrases recur across articles (bounded, so memory stays flat). */
  private static final ConcurrentHashMap<String, String> KEYS = new ConcurrentHashMap<>();
  private static final int MAX_KEYS = 100_000;

  private static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss")
        .replace("œ", "oe").replace("æ", "ae");
    s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return s.strip();
  }

  private static boolean isPlainAscii(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** The last word of a name's key: "vladimir poutine" → "poutine". */
  public static String lastWord(String name) {
    String k = key(name);
    int space = k.lastIndexOf(' ');
    return space < 0 ? k : k.substring(space + 1);
  }

  /**
   * A local id made from a name: lower case, no accents, words joined by hyphens, e.g.
   * "Mevlüt Çavuşoğlu" → "mevlut-cavusoglu".
   */
  public static String slug(String name) {
    String k = key(name).replaceAll("[^a-z0-9 ]", "").strip();
    return k.replace(' ', '-');
  }

  /** Whether one insertion, deletion or substitution turns {@code a} into {@code b}, or none. */
  public static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    // after the first difference, the rest must agree with one letter skipped or replaced
    return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(i).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(Math.min(i + 1, a.length())).equals(b.substring(i));
  }
}
