package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.model.ContactStatus;
import org.diplograph.nlp.Lemmas;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RuleLine;

/**
 * A contact's status from its trigger: negation (no contact at all), cue words of
 * {@code rules/status.rules} in the words that govern the trigger, then the tense of the governing
 * verb. Immutable and thread-safe.
 */
final class StatusRules {

  static final String RULES = "rules/status.rules";

  /** How sure a status is: a cue word beats a tense, a tense beats the default. */
  enum Certainty { DEFAULT, TENSE, CUE }

  /** A status, how it was found, and whether the trigger is negated. */
  record Verdict(ContactStatus status, Certainty certainty, boolean negated, String cue) {
  }

  /** A rule: its status, or {@code null} for "none" (a habitual or generic contact). */
  private record Rule(ContactStatus status, TokenSequencePattern pattern, RuleLine source) {
  }

  private static final Set<String> NEGATIONS = Set.of("pas", "jamais", "plus", "aucun", "aucune");
  private static final Set<String> WINDOW_CHILDREN = Set.of("aux", "aux:pass", "aux:tense", "cop",
      "advmod", "amod", "acl", "mark", "xcomp");

  private final List<Rule> rules;
  private final Lemmas lemmas;

  private StatusRules(List<Rule> rules, Lemmas lemmas) {
    this.rules = rules;
    this.lemmas = lemmas;
  }

  static StatusRules load(Lemmas lemmas) {
    Env env = TokenSequencePattern.getNewEnv();
    List<Rule> rules = new ArrayList<>();
    for (RuleLine line : RuleFiles.readResource(RULES)) {
      String[] f = line.text().split("\t", 2);
      if (f.length != 2) {
        throw line.error("expected STATUS<TAB>TOKENSREGEX");
      }
      try {
        ContactStatus status = f[0].equals("none") ? null : ContactStatus.ofCode(f[0]);
        rules.add(new Rule(status, TokenSequencePattern.compile(env, f[1].strip()), line));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown status \"" + f[0] + "\"");
      } catch (RuntimeException e) {
        throw line.error("bad TokensRegex pattern: " + e.getMessage(), e);
      }
    }
    return new StatusRules(List.copyOf(rules), lemmas);
  }

  Verdict judge(SentenceGraph g, Tree t, int trigger) {
    List<Integer> cueWindow = new ArrayList<>();
    List<Integer> window = window(t, trigger, cueWindow);
    boolean negated = negated(t, trigger);
    for (Rule rule : rules) {
      for (int i : cueWindow) {
        if (i == trigger) {
          continue;
        }
        CoreLabel token = g.tokens().get(i - 1);
        if (rule.pattern().getMatcher(List.of(token)).matches()) {
          String cue = token.word() + " (" + rule.source().where() + ")";
          return rule.status() == null ? new Verdict(ContactStatus.HELD, Certainty.CUE, true, cue)
              : new Verdict(rule.status(), Certainty.CUE, negated, cue);
        }
      }
    }
    int verb = finiteVerb(t, trigger, window);
    ContactStatus tense = verb > 0 ? tenseStatus(t, verb) : null;
    if (tense == null) {
      // a noun as predicate: "Ce sera la première rencontre", "la réunion a eu lieu"
      tense = tenseStatus(t, trigger);
    }
    if (tense != null) {
      return new Verdict(tense, Certainty.TENSE, negated, t.word(verb > 0 ? verb : trigger).form());
    }
    return new Verdict(ContactStatus.HELD, Certainty.DEFAULT, negated, null);
  }

  /** Markers that make a noun the setting of its governor's event: "lors de sa rencontre". */
  private static final Set<String> SETTING = Set.of("lors", "lors de", "pendant", "durant", "avant",
      "après", "en marge de", "dans le cadre de", "depuis");
  /** Nouns that, after "à"/"au", make a setting: "au cours de", "à l'issue de", "à l'occasion de". */
  private static final Set<String> SETTING_NOUNS = Set.of("cours", "issue", "occasion", "sortie",
      "lendemain", "veille", "marge", "cadre", "moment");

  /**
   * The trigger, its auxiliaries and modifiers, and the words above it up to its clause. Cue
   * words count only up to a verb whose setting the trigger is ("lors de leur conversation, ils
   * ont convenu de ...": the conversation is not what they agreed on); tenses count all the way.
   */
  private List<Integer> window(Tree t, int trigger, List<Integer> cueWindow) {
    Set<Integer> w = new LinkedHashSet<>();
    addWithChildren(t, trigger, w);
    cueWindow.addAll(w);
    boolean cues = true;
    int x = trigger;
    for (int step = 0; step < 4; step++) {
      String rel = t.baseRel(x);
      int h = t.head(x);
      boolean nounConj = rel.equals("conj") && t.upos(x).equals("NOUN") && t.upos(h).equals("NOUN");
      // "en plus de rencontrer X", "pour rencontrer X": an infinitive takes the tense of its clause
      boolean infinitive = rel.equals("advcl") && lemmas.tenses(t.word(x).form()).contains("INF");
      if (h == 0 || rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("conj") && !nounConj
          || rel.equals("advcl") && !infinitive || rel.equals("root")) {
        break;
      }
      String marker = t.marker(x).replace("d'", "de");
      if ((rel.equals("obl") || rel.equals("nmod")) && (SETTING.contains(marker)
          || marker.startsWith("lors") || SETTING_NOUNS.contains(t.lower(h)))) {
        cues = false;
      }
      Set<Integer> added = new LinkedHashSet<>();
      addWithChildren(t, h, added);
      w.addAll(added);
      if (cues) {
        cueWindow.addAll(added);
      }
      x = h;
    }
    return new ArrayList<>(w);
  }

  private static void addWithChildren(Tree t, int node, Set<Integer> w) {
    w.add(node);
    for (int c : t.children(node)) {
      if (WINDOW_CHILDREN.contains(t.rel(c)) || WINDOW_CHILDREN.contains(t.baseRel(c))) {
        if (!t.baseRel(c).equals("xcomp") && !t.baseRel(c).equals("acl")) {
          w.add(c);
        } else if (t.children(c).isEmpty() || t.upos(c).equals("ADJ") || t.upos(c).equals("VERB")) {
          w.add(c);
        }
      }
    }
  }

  /** A verb trigger (or the verb of a noun trigger's support construction) under "ne ... pas". */
  private static boolean negated(Tree t, int trigger) {
    int verb = trigger;
    if (!t.upos(trigger).equals("VERB") && !t.upos(trigger).equals("ADJ")) {
      String rel = t.baseRel(trigger);
      if (!rel.equals("obj") || t.head(trigger) == 0) {
        return false;
      }
      verb = t.head(trigger);
    }
    // "n'avait pas souhaité s'entretenir avec": the verb and the verbs that control it
    for (int v = verb, step = 0; v > 0 && step < 3; step++) {
      boolean ne = false;
      boolean negWord = false;
      for (int c : t.children(v)) {
        String w = t.lower(c);
        if (w.equals("ne") || w.equals("n'")) {
          ne = true;
        }
        if (NEGATIONS.contains(w)) {
          negWord = true;
        }
      }
      if (ne && negWord) {
        return true;
      }
      if (!t.baseRel(v).equals("xcomp")) {
        break;
      }
      v = t.head(v);
    }
    return false;
  }

  /**
   * The verb whose tense dates the trigger: the trigger if it is one, else the nearest verb above
   * it in the window (its own modifiers, such as a participle "prévue", are cues, not tenses).
   */
  private int finiteVerb(Tree t, int trigger, List<Integer> window) {
    if (isVerb(t, trigger)) {
      return trigger;
    }
    for (int x = t.head(trigger), step = 0; x > 0 && step < 4; x = t.head(x), step++) {
      if (!window.contains(x)) {
        break;
      }
      if (isVerb(t, x)) {
        return x;
      }
    }
    return 0;
  }

  private boolean isVerb(Tree t, int i) {
    String pos = t.upos(i);
    boolean participle = pos.equals("ADJ") && lemmas.tenses(t.word(i).form()).contains("PPART");
    return (pos.equals("VERB") || pos.equals("AUX") || participle) && !t.baseRel(i).equals("aux")
        && !t.baseRel(i).equals("cop");
  }

  /** Future and conditional: planned; past tenses and past participles with an auxiliary: held. */
  private ContactStatus tenseStatus(Tree t, int verb) {
    List<Set<String>> auxTenses = new ArrayList<>();
    boolean lieu = false;
    for (int c : t.children(verb)) {
      String rel = t.rel(c);
      if (rel.startsWith("aux") || rel.equals("cop")) {
        auxTenses.add(lemmas.tenses(t.word(c).form()));
      }
      if (t.lower(c).equals("lieu")) {
        lieu = true;
      }
    }
    Set<String> own = lemmas.tenses(t.word(verb).form());
    for (Set<String> a : auxTenses) {
      if (a.contains("FUT") || a.contains("COND")) {
        return ContactStatus.PLANNED;
      }
    }
    if (!auxTenses.isEmpty() && (own.contains("PPART") || own.isEmpty())) {
      return ContactStatus.HELD;
    }
    if (own.contains("FUT") || own.contains("COND")) {
      return ContactStatus.PLANNED;
    }
    if (own.contains("IMPF") || own.contains("PS") || own.contains("PPART")) {
      return ContactStatus.HELD;
    }
    if (lieu && own.contains("PRES")) {
      return ContactStatus.HELD;
    }
    return null;
  }
}
