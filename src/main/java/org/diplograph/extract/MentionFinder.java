package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.nlp.Word;
import org.diplograph.nlp.Words;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.Names;
import org.diplograph.resolve.PersonMention;
import org.diplograph.resolve.TitleMatch;
import org.diplograph.resolve.TitleRules;

/**
 * Finds the references to persons in a sentence: names (from the named-entity recognizer, and
 * gazetteer names it missed), titles standing alone ("le président russe"), titles attached to a
 * name ("le ministre turc des Affaires étrangères Mevlüt Çavuşoğlu" / "Dmitri Peskov, porte-parole
 * du Kremlin"), and anaphors ("ce dernier", "les deux présidents", "il"). Thread-safe.
 */
final class MentionFinder {

  /** Honorifics that precede a name and are not part of it. */
  private static final Set<String> HONORIFICS = Set.of("m", "mm", "mme", "mmes", "mlle", "mr", "dr",
      "cheikh", "sheikh", "sa majeste", "s m", "me", "pr", "general", "colonel", "marechal", "prince",
      "princesse", "sultan", "ayatollah", "majeste", "sa", "le", "la", "l", "de", "du", "des");

  /** Plural nouns that refer to persons already named: "les deux présidents". */
  private static final Set<String> PERSON_NOUNS = Set.of("president", "presidents", "presidente",
      "presidentes", "homme", "hommes", "dirigeant", "dirigeants", "dirigeante", "dirigeantes",
      "leader", "leaders", "chef", "chefs", "ministre", "ministres", "responsable", "responsables",
      "chefs d etat", "interlocuteur", "interlocuteurs", "parties", "partie", "femmes", "homologues",
      "diplomates", "souverains");

  private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.of("deux", 2,
      "trois", 3, "quatre", 4, "cinq", 5);

  private final Gazetteer gazetteer;
  private final TitleRules titles;

  MentionFinder(Gazetteer gazetteer, TitleRules titles) {
    this.gazetteer = gazetteer;
    this.titles = titles;
  }

  List<PersonMention> find(SentenceGraph s) {
    List<Word> words = s.sentence().words();
    List<TitleMatch> titleMatches = titles.find(s);
    List<int[]> names = nameSpans(s);
    addTitledNames(words, titleMatches, names);
    List<PersonMention> out = new ArrayList<>();
    List<TitleMatch> usedTitles = new ArrayList<>();
    for (int[] span : names) {
      int start = span[0];
      int end = span[1];
      TitleMatch whole = titleStartingAt(titleMatches, start);
      if (whole != null && Math.max(whole.titleEnd(), whole.end()) >= end) {
        continue; // "Président" tagged as a person: a title, found below as a role
      }
      // strip honorifics and title words at the start of a name span ("M. Poutine", "Président Ouattara")
      while (start < end - 1 && (isHonorific(words.get(start - 1).form())
          || titleStartingAt(titleMatches, start) != null)) {
        TitleMatch t = titleStartingAt(titleMatches, start);
        start = t != null ? Math.min(t.titleEnd(), end - 1) : start + 1;
      }
      // "Qatar, cheikh Tamim": a country or place name run into the name
      while (start < end - 1 && isPlaceWord(Words.text(words, start, start + 1))) {
        start++;
      }
      String name = Words.text(words, start, end);
      if (name.isBlank() || !Character.isUpperCase(name.charAt(0)) || notAPerson(name)) {
        continue;
      }
      TitleMatch title = titleBefore(titleMatches, words, span[0]);
      if (title == null) {
        title = titleAfter(titleMatches, words, end);
      }
      if (title != null && contradictsGazetteer(name, title)) {
        title = null; // "son homologue américain, M. Poutine": Poutine is not American
      } else if (title != null && title.end() < span[0] && !linked(words, title, span[0], end)
          && words.get(headOf(words, span[0], end) - 1).deprel().startsWith("nsubj")) {
        // "Rappelant ... avec son homologue américain, M. Poutine a ...": a comma, no apposition
        title = null;
      } else if (title != null && title.start() >= end && !linked(words, title, span[0], end)) {
        title = null;
      }
      if (title != null) {
        usedTitles.add(title);
      }
      // the mention covers its honorifics ("M.", "MM."): the parser often heads the name there
      out.add(new PersonMention(s.sentence().index(), span[0], end, headOf(words, span[0], end),
          PersonMention.Kind.NAME, name, title, false, 0, start > span[0]
              || span[0] > 1 && isHonorific(words.get(span[0] - 2).form())));
    }
    List<PersonMention> anaphors = new ArrayList<>();
    findAnaphors(s, anaphors, out);
    for (TitleMatch t : titleMatches) {
      if (usedTitles.contains(t) || insideAny(out, t.start()) || insideAny(anaphors, t.start())) {
        continue;
      }
      boolean plural = isPlural(words.get(t.start() - 1).form());
      out.add(new PersonMention(s.sentence().index(), t.start(), t.end(), t.start(),
          PersonMention.Kind.ROLE, null, t, plural || pluralDeterminer(words, t.start())));
    }
    out.addAll(anaphors);
    out.sort(Comparator.comparingInt(PersonMention::start));
    return out;
  }

  /** Spans of person names: runs of PER words, and gazetteer names of proper nouns. */
  private List<int[]> nameSpans(SentenceGraph s) {
    List<Word> words = s.sentence().words();
    List<int[]> spans = new ArrayList<>();
    int i = 1;
    while (i <= words.size()) {
      if (words.get(i - 1).isPerson()) {
        int j = i;
        while (j <= words.size() && words.get(j - 1).isPerson()
            && !words.get(j - 1).form().equals(",")) {
          j++;
        }
        spans.add(new int[] {i, j});
        i = j;
      } else {
        i++;
      }
    }
    // gazetteer names the recognizer missed: sequences of capitalised words
    i = 1;
    while (i <= words.size()) {
      if (covered(spans, i) || !startsName(words.get(i - 1))) {
        i++;
        continue;
      }
      int best = -1;
      for (int len = Math.min(4, words.size() - i + 1); len >= 1; len--) {
        String candidate = Words.text(words, i, i + len);
        if (!startsName(words.get(i + len - 2)) && len > 1) {
          continue;
        }
        if (!gazetteer.personsNamed(candidate).isEmpty()
            && (len > 1 || !Names.key(candidate).contains(" ") && isProperNoun(words.get(i - 1)))) {
          best = len;
          break;
        }
        // "Tshisekedi et Kagame" with Kagame taken for a place: a politician's surname
        if (len == 1 && isProperNoun(words.get(i - 1)) && !Names.key(candidate).contains(" ")
            && !gazetteer.personsWithLastWord(candidate).isEmpty()
            && gazetteer.placeNamed(candidate).isEmpty() && gazetteer.countryNamed(candidate).isEmpty()
            && gazetteer.organizationNamed(candidate).isEmpty()) {
          best = len;
          break;
        }
      }
      if (best > 0 && !coveredRange(spans, i, i + best)) {
        spans.add(new int[] {i, i + best});
        i += best;
      } else {
        i++;
      }
    }
    spans.sort(Comparator.comparingInt(a -> a[0]));
    return spans;
  }

  /**
   * "le ministre estonien des Affaires étrangères Urmas Reinsalu": proper nouns right after a title
   * name its holder even where the recognizer missed them (or took them for a place).
   */
  private void addTitledNames(List<Word> words, List<TitleMatch> titles, List<int[]> spans) {
    for (TitleMatch t : titles) {
      int i = t.end();
      if (i <= words.size() && words.get(i - 1).form().equals(",")) {
        i++;
      }
      int j = i;
      while (j <= words.size() && j - i < 4 && "PROPN".equals(words.get(j - 1).upos())
          && startsName(words.get(j - 1)) && !isPlaceWord(words.get(j - 1).form())) {
        j++;
      }
      // a first and a last name at least: a lone word may be a place or a body the gazetteer lacks
      if (j - i >= 2 && !coveredRange(spans, i, j) && !notAPerson(Words.text(words, i, j))) {
        spans.add(new int[] {i, j});
      }
    }
    spans.sort(Comparator.comparingInt(a -> a[0]));
  }

  private static boolean startsName(Word w) {
    return !w.form().isEmpty() && Character.isUpperCase(w.form().charAt(0));
  }

  private static boolean isProperNoun(Word w) {
    return "PROPN".equals(w.upos()) || w.isPerson();
  }

  private static boolean covered(List<int[]> spans, int i) {
    return spans.stream().anyMatch(s -> i >= s[0] && i < s[1]);
  }

  private static boolean coveredRange(List<int[]> spans, int from, int to) {
    return spans.stream().anyMatch(s -> from < s[1] && s[0] < to);
  }

  private static boolean insideAny(List<PersonMention> mentions, int index) {
    return mentions.stream().anyMatch(m -> index >= m.start() && index < m.end());
  }

  private static TitleMatch titleStartingAt(List<TitleMatch> titles, int index) {
    return titles.stream().filter(t -> t.start() == index).findFirst().orElse(null);
  }

  /** A title right before a name: "le président russe Vladimir Poutine", "..., Jake Sullivan". */
  private static TitleMatch titleBefore(List<TitleMatch> titles, List<Word> words, int nameStart) {
    for (TitleMatch t : titles) {
      int gap = nameStart - t.end();
      if (gap == 0) {
        return t;
      }
      if (gap > 0 && gap <= 3 && onlyPunctuationOrHonorific(words, t.end(), nameStart)) {
        return t;
      }
      // "le président de la République française, Emmanuel Macron": the title may run further
      if (t.start() < nameStart && t.end() > nameStart) {
        return t;
      }
    }
    return null;
  }

  /** A title right after a name, set off by a comma: "Dmitri Peskov, secrétaire de presse". */
  private static TitleMatch titleAfter(List<TitleMatch> titles, List<Word> words, int nameEnd) {
    if (nameEnd > words.size() || !words.get(nameEnd - 1).form().equals(",")) {
      return null;
    }
    for (TitleMatch t : titles) {
      int gap = t.start() - nameEnd;
      if (gap >= 1 && gap <= 3 && onlyDeterminers(words, nameEnd + 1, t.start())) {
        return t;
      }
    }
    return null;
  }

  /** A title of one country on a name the gazetteer knows only from others. */
  private boolean contradictsGazetteer(String name, TitleMatch title) {
    if (title.country() == null) {
      return false;
    }
    var known = gazetteer.personsNamed(name);
    if (known.isEmpty()) {
      known = gazetteer.personsWithLastWord(Names.lastWord(name));
    }
    return !known.isEmpty() && known.stream().allMatch(p -> p.country() != null
        && !p.country().equals(title.country()));
  }

  /** Whether the title and the name hang together in the dependency tree (apposition, same phrase). */
  private static boolean linked(List<Word> words, TitleMatch title, int nameStart, int nameEnd) {
    for (int n = nameStart; n < nameEnd; n++) {
      int nh = words.get(n - 1).head();
      for (int t = title.start(); t < title.end(); t++) {
        int th = words.get(t - 1).head();
        if (nh == t || th == n) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyPunctuationOrHonorific(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      String f = words.get(i - 1).form();
      if (!f.equals(",") && !isHonorific(f) && !f.equals("(") && !"DET".equals(words.get(i - 1).upos())) {
        return false;
      }
    }
    return true;
  }

  /** A word that names a country or place, not a person ("Qatar", "Luanda"). */
  private boolean isPlaceWord(String w) {
    return gazetteer.personsNamed(w).isEmpty()
        && (gazetteer.countryNamed(w).isPresent() || gazetteer.placeNamed(w).isPresent());
  }

  /** A "name" that is a place, a country's adjective ("Congolais") or an organization. */
  private boolean notAPerson(String name) {
    if (!gazetteer.personsNamed(name).isEmpty()) {
      return false;
    }
    return gazetteer.countryNamed(name).isPresent() || gazetteer.placeNamed(name).isPresent()
        || gazetteer.countryOfAdjective(name).isPresent() || gazetteer.organizationNamed(name).isPresent();
  }

  private static boolean onlyDeterminers(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      String u = words.get(i - 1).upos();
      if (!"DET".equals(u)) {
        return false;
      }
    }
    return true;
  }

  static boolean isHonorific(String form) {
    return HONORIFICS.contains(Names.key(form));
  }

  private static boolean isPlural(String form) {
    String k = form.toLowerCase(Locale.ROOT);
    return k.endsWith("s") && !k.equals("chefs") || k.equals("chefs");
  }

  private static boolean pluralDeterminer(List<Word> words, int titleStart) {
    for (int i = titleStart - 1; i >= Math.max(1, titleStart - 2); i--) {
      String k = words.get(i - 1).form().toLowerCase(Locale.ROOT);
      if (k.equals("les") || k.equals("leurs") || k.equals("ses") || k.equals("deux")
          || k.equals("trois") || k.equals("ces")) {
        return true;
      }
    }
    return false;
  }

  /** "ce dernier", "les deux présidents", "les trois chefs de gouvernement", "il", "elle". */
  private void findAnaphors(SentenceGraph s, List<PersonMention> out, List<PersonMention> names) {
    List<Word> words = s.sentence().words();
    int n = words.size();
    for (int i = 1; i <= n; i++) {
      if (insideAny(names, i) || insideAny(out, i)) {
        continue;
      }
      String k = Names.key(words.get(i - 1).form());
      String next = i < n ? Names.key(words.get(i).form()) : "";
      String next2 = i + 1 < n ? Names.key(words.get(i + 1).form()) : "";
      if ((k.equals("ce") || k.equals("cette")) && (next.equals("dernier") || next.equals("derniere"))) {
        out.add(anaphor(s, i, i + 2, i + 1, false));
        i++;
      } else if ((k.equals("celui") || k.equals("celle")) && next.startsWith("ci")) {
        out.add(anaphor(s, i, i + 2, i, false));
        i++;
      } else if (k.equals("les") && NUMBERS.containsKey(next) && PERSON_NOUNS.contains(next2)) {
        out.add(new PersonMention(s.sentence().index(), i, i + 3, i + 2, PersonMention.Kind.ANAPHOR,
            null, null, true, NUMBERS.get(next), false));
        i += 2;
      } else if ((k.equals("il") || k.equals("elle")
          || k.matches("(lorsqu|puisqu|quoiqu) (il|elle)")) // the tokenizer keeps "lorsqu'il" whole
          && "nsubj".equals(baseRel(words.get(i - 1))) && !impersonal(words, i)) {
        out.add(anaphor(s, i, i + 1, i, false));
      } else if ((k.equals("ils") || k.equals("elles")) && baseRel(words.get(i - 1)).equals("nsubj")) {
        out.add(anaphor(s, i, i + 1, i, true));
      } else if (k.equals("lui") && "PRON".equals(words.get(i - 1).upos())) {
        out.add(anaphor(s, i, i + 1, i, false));
      }
    }
  }

  /** "il s'agit", "il y a", "il faut", "il est bon que": no person is meant. */
  private static boolean impersonal(List<Word> words, int i) {
    if (i >= words.size()) {
      return true;
    }
    String next = Names.key(words.get(i).form());
    if (next.equals("s") || next.equals("y") || next.startsWith("faut") || next.startsWith("fallait")
        || next.startsWith("semble") || next.equals("suffit") || next.equals("reste")
        || next.equals("importe") || next.equals("existe")) {
      return true;
    }
    boolean be = next.equals("est") || next.equals("etait") || next.equals("sera") || next.equals("serait");
    return be && i + 1 < words.size() && "ADJ".equals(words.get(i + 1).upos());
  }

  private static String baseRel(Word w) {
    String r = w.deprel() == null ? "" : w.deprel();
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  private static PersonMention anaphor(SentenceGraph s, int start, int end, int head, boolean plural) {
    return new PersonMention(s.sentence().index(), start, end, head, PersonMention.Kind.ANAPHOR,
        null, null, plural);
  }

  /** The word of the span whose head lies outside it (the first such). */
  private static int headOf(List<Word> words, int start, int end) {
    for (int i = start; i < end; i++) {
      int h = words.get(i - 1).head();
      if (h < start || h >= end) {
        return i;
      }
    }
    return start;
  }
}
