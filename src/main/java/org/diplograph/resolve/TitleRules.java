package org.diplograph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RequiredWords;
import org.diplograph.rules.Spans;
import org.diplograph.rules.RuleLine;

/**
 * Finds titles of office in a sentence ("le ministre russe des Affaires étrangères", "son
 * homologue américain", "l'émir du Qatar") with the TokensRegex rules of {@code rules/titles.rules},
 * and reads the country or organization of the office that follows the title. Immutable and
 * thread-safe.
 */
public final class TitleRules {

  /** The rule file on the class path. */
  public static final String RULES = "rules/titles.rules";

  private record Rule(List<String> kinds, TokenSequencePattern pattern, RequiredWords required,
      RuleLine source) {
  }

  private final List<Rule> rules;
  private final RequiredWords.Index index;
  private final Gazetteer gazetteer;

  private TitleRules(List<Rule> rules, RequiredWords.Index index, Gazetteer gazetteer) {
    this.index = index;
    this.rules = rules;
    this.gazetteer = gazetteer;
  }

  /** The bundled rules over a gazetteer. */
  public static TitleRules load(Gazetteer gazetteer) {
    return load(RuleFiles.readResource(RULES), gazetteer);
  }

  static TitleRules load(List<RuleLine> lines, Gazetteer gazetteer) {
    Env env = TokenSequencePattern.getNewEnv();
    RequiredWords.Index index = new RequiredWords.Index();
    List<Rule> rules = new ArrayList<>();
    for (RuleLine line : lines) {
      String[] f = line.text().split("\t", 2);
      if (f.length != 2) {
        throw line.error("expected KIND<TAB>TOKENSREGEX");
      }
      try {
        rules.add(new Rule(List.of(f[0].strip().split("\\|")),
            TokenSequencePattern.compile(env, f[1].strip()), index.add(f[1], Map.of()), line));
      } catch (RuntimeException e) {
        throw line.error("bad TokensRegex pattern: " + e.getMessage(), e);
      }
    }
    return new TitleRules(List.copyOf(rules), index, gazetteer);
  }

  /**
   * The titles of a sentence, longest first where they overlap.
   */
  public List<TitleMatch> find(SentenceGraph s) {
    List<TitleMatch> all = new ArrayList<>();
    List<CoreLabel> tokens = s.tokens();
    long[] present = index.present(tokens);
    for (Rule rule : rules) {
      if (!rule.required().mayMatch(present)) {
        continue;
      }
      TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
      while (m.find()) {
        int start = m.start() + 1;
        int end = m.end() + 1;
        String pos = tokens.get(start - 1).tag();
        if ("VERB".equals(pos) || "AUX".equals(pos)) {
          continue; // "en assistant au souper" is attending, not an assistant
        }
        all.add(complete(s, rule, start, end));
      }
    }
    return Spans.longestWithoutOverlap(all, TitleMatch::start, TitleMatch::titleEnd);
  }

  /** Reads the country or organization around a title: adjectives in and after it, "de X" after. */
  private TitleMatch complete(SentenceGraph s, Rule rule, int start, int titleEnd) {
    List<CoreLabel> t = s.tokens();
    String country = null;
    String organization = null;
    int end = titleEnd;
    for (int i = start; i < titleEnd; i++) {
      if ("ADJ".equals(t.get(i - 1).tag()) && country == null) {
        country = gazetteer.countryOfAdjective(t.get(i - 1).word()).map(GazetteerEntry::id).orElse(null);
      }
    }
    // adjectives right after the title: "le président russe", "les présidents sud-coréen et
    // américain" (the tagger may call an adjective of nationality a noun or proper noun)
    List<String> more = new ArrayList<>();
    while (end <= t.size()) {
      String w = t.get(end - 1).word();
      String c = gazetteer.countryOfAdjective(w).map(GazetteerEntry::id).orElse(null);
      boolean and = w.equals("et") && end < t.size() && country != null
          && gazetteer.countryOfAdjective(t.get(end).word()).isPresent();
      if (c == null && !and && !("ADJ".equals(t.get(end - 1).tag()) && isOrdinaryAdjective(w))) {
        break;
      }
      if (c != null && country == null) {
        country = c;
      } else if (c != null && !c.equals(country) && !more.contains(c)) {
        more.add(c);
      }
      end++;
    }
    // "de la Russie", "du Sénégal", "des Nations unies", "de l'ONU", "de la Maison Blanche"
    if (country == null && end <= t.size() && isDe(t.get(end - 1).word())) {
      int j = end + 1;
      while (j <= t.size() && isArticle(t.get(j - 1).word())) {
        j++;
      }
      for (int len = Math.min(5, t.size() - j + 1); len >= 1; len--) {
        String phrase = text(t, j, j + len);
        var c = gazetteer.countryNamed(phrase);
        var o = gazetteer.organizationNamed(phrase);
        if (c.isPresent() || o.isPresent()) {
          country = c.map(GazetteerEntry::id).orElse(null);
          organization = o.map(GazetteerEntry::id).orElse(null);
          end = j + len;
          break;
        }
      }
    }
    if (country == null && organization == null && end < t.size() && isDe(t.get(end - 1).word())
        && (t.get(end).word().equalsIgnoreCase("pays") || end + 1 < t.size()
            && t.get(end).word().matches("(?i)ce|le") && t.get(end + 1).word().equalsIgnoreCase("pays"))) {
      // "le président du pays, Muhammadu Buhari": the country is the one just named; the title
      // runs over it so that the name after the comma is its holder
      end += t.get(end).word().equalsIgnoreCase("pays") ? 2 : 3;
    }
    if (country == null && organization == null && end <= t.size() && isDe(t.get(end - 1).word())) {
      // "de la Maison Blanche", "du Kremlin": a venue that stands for a government
      int j = end + 1;
      while (j <= t.size() && isArticle(t.get(j - 1).word())) {
        j++;
      }
      for (int len = Math.min(3, t.size() - j + 1); len >= 1; len--) {
        var venue = gazetteer.placeOfVenue(text(t, j, j + len));
        if (venue.isPresent() && venue.get().country() != null) {
          country = venue.get().country();
          end = j + len;
          break;
        }
      }
    }
    if (country == null && organization == null && end < t.size() && isDe(t.get(end - 1).word())) {
      // "le président du Groupe de la Banque mondiale, Ajay Banga": a body the gazetteer does not
      // know; the title runs over it, so the name after the comma is still its holder
      int j = end + 1;
      while (j <= t.size() && isArticle(t.get(j - 1).word())) {
        j++;
      }
      int k = j;
      while (k <= t.size() && (Character.isUpperCase(t.get(k - 1).word().charAt(0))
          || isDe(t.get(k - 1).word()) || isArticle(t.get(k - 1).word())
          || k > j && "ADJ".equals(t.get(k - 1).tag()))) {
        k++;
      }
      if (k > j && Character.isUpperCase(t.get(j - 1).word().charAt(0)) && k - j <= 6) {
        end = k;
      }
    }
    return new TitleMatch(start, titleEnd, end, rule.kinds(), country, organization, more,
        text(t, start, end), rule.source().where());
  }

  private static boolean isOrdinaryAdjective(String w) {
    String k = w.toLowerCase(Locale.ROOT);
    return k.equals("actuel") || k.equals("actuelle") || k.equals("ancien") || k.equals("ancienne")
        || k.equals("nouveau") || k.equals("nouvelle") || k.equals("délégué") || k.equals("déléguée")
        || k.equals("sortant") || k.equals("sortante") || k.equals("élu") || k.equals("élue")
        || k.equals("intérimaire") || k.equals("spécial") || k.equals("spéciale");
  }

  private static boolean isDe(String w) {
    String k = w.toLowerCase(Locale.ROOT);
    return k.equals("de") || k.equals("d'") || k.equals("du") || k.equals("des");
  }

  private static boolean isArticle(String w) {
    String k = w.toLowerCase(Locale.ROOT);
    return k.equals("la") || k.equals("le") || k.equals("les") || k.equals("l'");
  }

  /** The words {@code [from, to)} (1-based) joined by spaces. */
  static String text(List<CoreLabel> t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to && i <= t.size(); i++) {
      if (sb.length() > 0 && !sb.toString().endsWith("'")) {
        sb.append(' ');
      }
      sb.append(t.get(i - 1).word());
    }
    return sb.toString();
  }
}
