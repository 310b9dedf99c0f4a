package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.Topic;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Word;

/**
 * What a sentence says was or will be discussed. Two sources, in the order of the text:
 * <ul>
 *   <li>noun phrases the dependency tree puts after a cue: "ont porté sur la menace iranienne",
 *       "un entretien sur la situation sécuritaire à l'Est de la RDC", "ont évoqué les prisonniers
 *       de guerre", "au sujet de", "concernant"; each conjunct is a topic of its own. A phrase that
 *       is a name of the topic scheme is that concept; any other becomes a new concept labelled
 *       with the phrase, under the scheme concept whose name it contains, if any
 *       ("l'élimination du chef de Daech" under terrorisme);</li>
 *   <li>names of the scheme anywhere after a cue ("la coopération dans la lutte contre le
 *       terrorisme"), where no phrase above holds them already.</li>
 * </ul>
 * Thread-safe.
 */
public final class TopicFinder {

  /** Words after which a sentence names what was discussed (as name keys). */
  private static final Pattern CUES = Pattern.compile("\\b(sur|au sujet|concernant|a propos|consacre"
      + "|consacree|evoque\\w*|evoquer|aborde\\w*|aborder|discute\\w*|discuter|dont les principaux"
      + "|question|questions|dossier|situation|portera|porte|portant|parler|echange\\w* de vues"
      + "|lutte|cooperation|relations)\\b");

  /**
   * Words (as key prefixes) whose "sur" complement is a topic: talks, their verbs and the verbs of
   * focus ("porter sur", "mettre l'accent sur", "se concentrer sur").
   */
  private static final List<String> ABOUT_GOVERNORS = List.of("port", "entret", "discut",
      "discussion", "echang", "convers", "reuni", "rencontr", "sommet", "negoci", "accent",
      "concentr", "centr", "axe", "insist", "dialog", "consult", "focalis", "pench", "appel",
      "entrevue", "tete a tete", "pourparler", "telephon", "accord", "travaill", "communique",
      "declaration", "attard");

  /** Verbs (as key prefixes) whose object is what was discussed: "ont évoqué la question". */
  private static final List<String> TOPIC_VERBS = List.of("evoqu", "abord", "examin", "discut",
      "parl", "passe en revue");

  /** Heads that are not topics: "sur son compte Twitter", "sur place", "sur le point de". */
  private static final Set<String> NOT_TOPICS = Set.of("compte", "place", "point", "base",
      "terrain", "site", "invitation", "initiative", "demande", "fond", "ton", "heure", "heures",
      "jour", "jours", "semaine", "mois", "an", "ans", "annee", "annees", "reseau", "reseaux",
      "twitter", "facebook", "table", "lieu", "moment", "fois", "cote", "chemin", "voie", "plan",
      "occasion", "cadre", "marge", "suite", "lors", "cours", "tout", "tous", "ensemble");

  /** Heads that only announce the topic named after them: "la question des prisonniers de guerre". */
  private static final Set<String> WRAPPERS = Set.of("question", "questions", "dossier", "dossiers",
      "sujet", "sujets", "theme", "themes", "probleme", "problemes", "problematique", "thematique",
      "thematiques", "contenu", "teneur", "nombre", "serie", "ensemble", "plupart", "eventail",
      "gamme", "liste");

  /** Heads too abstract to name a topic: "a insisté sur la nécessité de ...". */
  private static final Set<String> ABSTRACT = Set.of("fait", "necessite", "importance", "volonte",
      "determination", "besoin", "maniere", "facon", "idee", "date", "detail", "details", "moyen",
      "moyens", "tenue", "cours", "issue", "termes");

  /** Words for contacts themselves: "sur le contenu de l'appel" is not a topic of one. */
  private static final Set<String> CONTACT_WORDS = Set.of("appel", "appels", "entretien",
      "entretiens", "rencontre", "rencontres", "reunion", "reunions", "conversation",
      "conversations", "visite", "visites", "sommet", "sommets", "echange", "echanges", "entrevue",
      "discussion", "discussions");

  /** Dependents that stay outside a topic phrase (at its top). */
  private static final Set<String> OUTSIDE = Set.of("conj", "cc", "punct", "acl:relcl", "appos",
      "parataxis", "dep", "det", "case", "nsubj", "cop", "mark", "advcl", "discourse");

  private static final int LONGEST_PHRASE = 12;

  private final Gazetteer gazetteer;
  private final List<Map.Entry<String, GazetteerEntry>> names = new ArrayList<>();

  public TopicFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
    for (GazetteerEntry t : gazetteer.topics()) {
      for (String n : t.names()) {
        byName.putIfAbsent(n, t);
      }
    }
    names.addAll(byName.entrySet());
    names.sort(Comparator.comparingInt((Map.Entry<String, GazetteerEntry> e) -> e.getKey().length())
        .reversed());
  }

  /** The topics the sentence names, in the order of the text, each once. */
  public List<Topic> find(Sentence s) {
    List<int[]> hits = new ArrayList<>(); // {position, kind 0 = phrase / 1 = scheme name, index}
    List<Topic> phraseTopics = new ArrayList<>();
    List<String> phraseKeys = new ArrayList<>();
    Set<Integer> heads = new HashSet<>();
    for (int head : topicHeads(s)) {
      addWithConjuncts(s, unwrap(s, head), heads);
    }
    for (int head : heads) {
      String phrase = phrase(s, head);
      if (phrase == null) {
        continue;
      }
      phraseTopics.add(topicOf(phrase));
      phraseKeys.add(Names.key(phrase));
      hits.add(new int[] {s.word(head).begin(), 0, phraseTopics.size() - 1});
    }
    List<Topic> schemeTopics = new ArrayList<>();
    for (Map.Entry<Integer, GazetteerEntry> named : schemeNames(s.text()).entrySet()) {
      GazetteerEntry t = named.getValue();
      boolean held = phraseKeys.stream().anyMatch(k -> t.names().stream()
          .anyMatch(n -> (" " + k + " ").contains(" " + n + " ")));
      if (!held) {
        schemeTopics.add(new Topic(t.id(), t.label()));
        hits.add(new int[] {s.begin() + named.getKey(), 1, schemeTopics.size() - 1});
      }
    }
    hits.sort(Comparator.comparingInt(h -> h[0]));
    Map<String, Topic> found = new LinkedHashMap<>();
    for (int[] h : hits) {
      Topic t = h[1] == 0 ? phraseTopics.get(h[2]) : schemeTopics.get(h[2]);
      found.putIfAbsent(t.id(), t);
    }
    return new ArrayList<>(found.values());
  }

  /** A phrase as a topic: the scheme's concept it names, else a new concept. */
  Topic topicOf(String phrase) {
    var scheme = gazetteer.topicNamed(phrase);
    if (scheme.isPresent()) {
      return new Topic(scheme.get().id(), scheme.get().label());
    }
    String key = " " + Names.key(phrase) + " ";
    String broader = null;
    for (Map.Entry<String, GazetteerEntry> e : names) { // longest names first
      if (key.contains(" " + e.getKey() + " ")) {
        broader = e.getValue().id();
        break;
      }
    }
    String slug = Names.slug(phrase);
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
    }
    return new Topic("topic/" + slug, phrase, broader);
  }

  // -----------------------------------------------------------------------------------------

  /** The heads of the noun phrases a cue introduces. */
  private static List<Integer> topicHeads(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (Word w : s.words()) {
      String k = Names.key(w.form());
      if (w.head() > 0 && w.deprel().equals("case") && (k.equals("sur") || k.equals("concernant"))) {
        // "ont porté sur X", "un entretien sur X"
        Word governed = s.word(w.head());
        int g = governed.head();
        if (k.equals("concernant") || g > 0 && startsWithAny(Names.key(s.word(g).form()), ABOUT_GOVERNORS)) {
          out.add(governed.index());
        }
      } else if ((k.equals("sujet") || k.equals("propos")) && w.upos().equals("NOUN")
          && s.dependents(w.index()).stream().anyMatch(c -> c.deprel().equals("case")
              && Names.key(c.form()).equals("a"))) {
        // "au sujet de X", "à propos de X"
        for (Word d : s.dependents(w.index())) {
          if (d.deprel().startsWith("nmod")) {
            out.add(d.index());
          }
        }
      } else if (w.upos().equals("VERB") && startsWithAny(k, TOPIC_VERBS)) {
        // "ont évoqué la question", "ont discuté de la situation"
        for (Word d : s.dependents(w.index())) {
          boolean de = s.dependents(d.index()).stream().anyMatch(c -> c.deprel().equals("case")
              && Names.key(c.form()).equals("de"));
          if (d.deprel().equals("obj") || d.deprel().startsWith("obl") && de) {
            out.add(d.index());
          }
        }
      }
    }
    return out;
  }

  private static void addWithConjuncts(Sentence s, int head, Set<Integer> heads) {
    if (!heads.add(head)) {
      return;
    }
    for (Word d : s.dependents(head)) {
      if (d.deprel().equals("conj") && (d.upos().equals("NOUN") || d.upos().equals("PROPN"))) {
        addWithConjuncts(s, unwrap(s, d.index()), heads);
      }
    }
  }

  /** "la question des prisonniers de guerre" → "prisonniers de guerre". */
  private static int unwrap(Sentence s, int head) {
    for (int step = 0; step < 3 && WRAPPERS.contains(Names.key(s.word(head).form())); step++) {
      int inner = head;
      for (Word d : s.dependents(head)) {
        boolean de = s.dependents(d.index()).stream().anyMatch(c -> c.deprel().equals("case")
            && Names.key(c.form()).equals("de"));
        if (d.deprel().equals("nmod") && de) {
          inner = d.index();
          break;
        }
      }
      if (inner == head) {
        break;
      }
      head = inner;
    }
    return head;
  }

  /** The words of the noun phrase headed by {@code head}, as the text writes them, or null. */
  private String phrase(Sentence s, int head) {
    Word h = s.word(head);
    if (!h.upos().equals("NOUN") && !h.upos().equals("PROPN")
        || h.isPerson() && gazetteer.topicNamed(h.form()).isEmpty()
        || NOT_TOPICS.contains(Names.key(h.form())) || ABSTRACT.contains(Names.key(h.form()))) {
      return null;
    }
    Set<Integer> in = new HashSet<>();
    in.add(head);
    for (Word d : s.dependents(head)) {
      if (!OUTSIDE.contains(d.deprel())) {
        collect(s, d.index(), in);
      }
    }
    int first = in.stream().min(Integer::compare).orElseThrow();
    int last = in.stream().max(Integer::compare).orElseThrow();
    if (last - first + 1 > LONGEST_PHRASE) {
      // too long to be a name for a topic: the head and its adjectives
      in.clear();
      in.add(head);
      for (Word d : s.dependents(head)) {
        if (d.deprel().equals("amod")) {
          in.add(d.index());
        }
      }
      first = in.stream().min(Integer::compare).orElseThrow();
      last = in.stream().max(Integer::compare).orElseThrow();
    }
    // a phrase is contiguous: a gap (a comma, an incise) ends it before the gap
    for (int i = head; i <= last; i++) {
      if (!in.contains(i)) {
        last = i - 1;
        break;
      }
    }
    for (int i = head; i >= first; i--) {
      if (!in.contains(i)) {
        first = i + 1;
        break;
      }
    }
    while (last > first && s.word(last).upos().equals("PUNCT")) {
      last--;
    }
    String text = s.text().substring(s.word(first).begin() - s.begin(), s.word(last).end() - s.begin())
        .strip();
    for (int i = first; i <= last; i++) {
      if (s.word(i).isPerson() && gazetteer.topicNamed(s.word(i).form()).isEmpty()) {
        return null; // "l'appel entre Emmanuel Macron et Donald Trump": the contact, not its topic
      }
    }
    if (CONTACT_WORDS.contains(Names.key(h.form()))) {
      return null;
    }
    if (WRAPPERS.contains(Names.key(h.form())) && gazetteer.topicNamed(text).isEmpty()) {
      return null; // "les grandes questions internationales" names nothing ("questions régionales" does)
    }
    return text.isEmpty() || text.length() < 3 ? null : text;
  }

  private static void collect(Sentence s, int word, Set<Integer> in) {
    if (s.word(word).deprel().equals("acl:relcl") || s.word(word).deprel().equals("parataxis")) {
      return;
    }
    in.add(word);
    for (Word d : s.dependents(word)) {
      collect(s, d.index(), in);
    }
  }

  /** Names of the scheme after the first cue of the text, by offset in the text. */
  private Map<Integer, GazetteerEntry> schemeNames(String text) {
    Map<Integer, GazetteerEntry> out = new LinkedHashMap<>();
    String key = " " + Names.key(text) + " ";
    var cue = CUES.matcher(key);
    if (!cue.find()) {
      return out;
    }
    boolean[] used = new boolean[key.length()];
    for (Map.Entry<String, GazetteerEntry> e : names) {
      String needle = " " + e.getKey() + " ";
      int at = key.indexOf(needle, cue.start());
      while (at >= 0) {
        boolean free = true;
        for (int k = at; k < at + needle.length(); k++) {
          free &= !used[k];
        }
        if (free) {
          for (int k = at + 1; k < at + needle.length() - 1; k++) {
            used[k] = true;
          }
          // key offsets approximate text offsets closely enough to order the topics
          out.put(Math.min(at, text.length()), e.getValue());
        }
        at = key.indexOf(needle, at + 1);
      }
    }
    return out;
  }

  private static boolean startsWithAny(String key, List<String> prefixes) {
    for (String p : prefixes) {
      if (key.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
