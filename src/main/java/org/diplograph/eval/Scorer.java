package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.resolve.Names;

/**
 * Scores system contacts against gold contacts, as design §5 defines it.
 *
 * <p>Per document, a system contact matches a gold contact when their types are equal and the
 * sets of participants' surnames (lower case, accents and titles removed, last word of each name)
 * overlap with a Jaccard index of at least 0.5; matching is one to one, best overlap first.
 * Precision, recall and F1 are micro-averaged over all documents. Over matched pairs where gold
 * has a value: place accuracy (equal after normalisation, or one contains the other), date
 * accuracy (equal, or gold is a prefix of the system's, or both have the same month and day),
 * status accuracy, and topic F1 (topics equal after normalisation, one containing the other, or
 * naming the same concept of the topic scheme).
 */
public final class Scorer {

  /** Words that are titles, not names: dropped before taking a name's last word. */
  private static final Set<String> TITLES = Set.of("m", "mm", "mme", "mmes", "mlle", "mr", "dr",
      "president", "presidente", "pape", "roi", "reine", "prince", "princesse", "emir", "cheikh",
      "sheikh", "cardinal", "general", "colonel", "marechal", "sa", "majeste", "le", "la", "les");

  private final Function<String, String> topicConcept;

  /**
   * @param topicConcept maps a topic name to the id of its concept in the topic scheme, or to
   *                     {@code null} when the scheme does not know it
   */
  public Scorer(Function<String, String> topicConcept) {
    this.topicConcept = topicConcept;
  }

  public Scores score(List<GoldDocument> gold, Map<String, List<GoldContact>> system) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int placeOk = 0;
    int placeN = 0;
    int dateOk = 0;
    int dateN = 0;
    int statusOk = 0;
    int statusN = 0;
    int topicTp = 0;
    int topicFp = 0;
    int topicFn = 0;
    List<Scores.DocumentScore> docs = new ArrayList<>();
    for (GoldDocument g : gold) {
      List<GoldContact> sys = system.getOrDefault(g.doc(), List.of());
      List<Scores.Match> matches = match(g.contacts(), sys);
      List<GoldContact> missed = new ArrayList<>(g.contacts());
      List<GoldContact> spurious = new ArrayList<>(sys);
      for (Scores.Match m : matches) {
        missed.remove(m.gold());
        spurious.remove(m.system());
        if (m.gold().place() != null) {
          placeN++;
          placeOk += m.placeOk() ? 1 : 0;
        }
        if (m.gold().date() != null) {
          dateN++;
          dateOk += m.dateOk() ? 1 : 0;
        }
        statusN++;
        statusOk += m.statusOk() ? 1 : 0;
        if (!m.gold().topics().isEmpty()) {
          int[] t = topicCounts(m.gold().topics(), m.system().topics());
          topicTp += t[0];
          topicFp += t[1];
          topicFn += t[2];
        }
      }
      tp += matches.size();
      fp += spurious.size();
      fn += missed.size();
      docs.add(new Scores.DocumentScore(g.doc(), matches, missed, spurious));
    }
    double tPrec = topicTp + topicFp == 0 ? 1 : (double) topicTp / (topicTp + topicFp);
    double tRec = topicTp + topicFn == 0 ? 1 : (double) topicTp / (topicTp + topicFn);
    double topicF1 = tPrec + tRec == 0 ? 0 : 2 * tPrec * tRec / (tPrec + tRec);
    return new Scores(tp, fp, fn, new Scores.Accuracy(placeOk, placeN),
        new Scores.Accuracy(dateOk, dateN), new Scores.Accuracy(statusOk, statusN), topicF1, docs);
  }

  private List<Scores.Match> match(List<GoldContact> gold, List<GoldContact> system) {
    record Candidate(int g, int s, double overlap) {
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < system.size(); j++) {
        GoldContact g = gold.get(i);
        GoldContact s = system.get(j);
        if (g.type().equals(s.type())) {
          double overlap = jaccard(surnames(g.participants()), surnames(s.participants()));
          if (overlap >= 0.5) {
            candidates.add(new Candidate(i, j, overlap));
          }
        }
      }
    }
    // best overlap first; among equals, the earlier gold and system contacts first
    candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
        .thenComparingInt(Candidate::g).thenComparingInt(Candidate::s));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedS = new HashSet<>();
    List<Scores.Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (usedG.contains(c.g()) || usedS.contains(c.s())) {
        continue;
      }
      usedG.add(c.g());
      usedS.add(c.s());
      GoldContact g = gold.get(c.g());
      GoldContact s = system.get(c.s());
      matches.add(new Scores.Match(g, s, c.overlap(), placeMatches(g.place(), s.place()),
          dateMatches(g.date(), s.date()), g.status().equals(s.status())));
    }
    return matches;
  }

  /** The surname of each participant: accents, case and titles removed, the last word. */
  static Set<String> surnames(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      List<String> words = new ArrayList<>(List.of(Names.key(name).split(" ")));
      while (words.size() > 1 && TITLES.contains(words.get(0))) {
        words.remove(0);
      }
      if (!words.isEmpty() && !words.get(words.size() - 1).isEmpty()) {
        out.add(words.get(words.size() - 1));
      }
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }

  static boolean placeMatches(String gold, String system) {
    if (gold == null) {
      return true;
    }
    if (system == null) {
      return false;
    }
    String g = Names.key(gold);
    String s = Names.key(system);
    return g.equals(s) || g.contains(s) || s.contains(g);
  }

  static boolean dateMatches(String gold, String system) {
    if (gold == null) {
      return true;
    }
    if (system == null) {
      return false;
    }
    if (gold.equals(system) || system.startsWith(gold)) {
      return true;
    }
    String gmd = monthDay(gold);
    return gmd != null && gmd.equals(monthDay(system));
  }

  private static String monthDay(String date) {
    if (date.startsWith("--") && date.length() == 7) {
      return date.substring(2);
    }
    if (date.length() == 10) {
      return date.substring(5);
    }
    return null;
  }

  private int[] topicCounts(List<String> gold, List<String> system) {
    List<String> unmatchedSystem = new ArrayList<>(system);
    int tp = 0;
    for (String g : gold) {
      for (String s : unmatchedSystem) {
        if (sameTopic(g, s)) {
          tp++;
          unmatchedSystem.remove(s);
          break;
        }
      }
    }
    return new int[] {tp, unmatchedSystem.size(), gold.size() - tp};
  }

  private boolean sameTopic(String a, String b) {
    String ka = Names.key(a).toLowerCase(Locale.ROOT);
    String kb = Names.key(b).toLowerCase(Locale.ROOT);
    if (ka.equals(kb) || ka.contains(kb) || kb.contains(ka)) {
      return true;
    }
    String ca = topicConcept.apply(a);
    return ca != null && ca.equals(topicConcept.apply(b));
  }
}
