package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.resolve.Names;
import org.diplograph.resolve.PersonMention;

/**
 * The persons a trigger involves, read from the dependency tree with a fallback on word order
 * where the parse is wrong: for a verb its subject, object and "avec"/"entre" obliques; for a
 * noun its "avec"/"entre" modifiers, its possessive ("sa rencontre avec"), its "de" complement
 * ("la visite de Kerry"), and the subject of the verb it depends on ("X a eu un entretien avec
 * Y", "lors de sa rencontre avec Y, X a dit").
 */
final class Arguments {

  /** Relations through which one argument stands for several persons or a name. */
  private static final Set<String> SPREAD = Set.of("conj", "appos", "flat", "flat:name");
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> OBJECT = Set.of("obj", "iobj");
  private static final Set<String> OBLIQUE = Set.of("obl", "nmod", "obl:mod", "obl:arg",
      "obl:agent");
  /** Verbs whose object does what follows: "inviter X à venir", "appeler X à". */
  private static final Set<String> OBJECT_CONTROL = Set.of("invit", "invite", "exhort", "encourag",
      "autoris", "convi", "pousse", "pouss");
  private static final Set<String> REFLEXIVE = Set.of("se", "s'", "me", "m'", "nous", "vous", "te", "t'");
  /** Relations by which a noun trigger hangs from the verb whose subject takes part. */
  private static final Set<String> NOUN_TO_VERB = Set.of("obj", "obl", "nmod", "obl:mod", "obl:arg",
      "iobj", "xcomp");
  /** Relations by which a verb trigger hangs from a verb that lends it its subject. */
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "obj", "obl",
      "obl:arg", "obl:mod", "nmod", "ccomp", "conj");

  /**
   * What was found.
   *
   * @param agents     the trigger's subject side
   * @param partners   the persons met, called, received
   * @param possessive "sa/son/ses" before a noun trigger: the clause subject is meant
   * @param theirs     "leur/leurs" before a noun trigger: the persons just named
   */
  record Found(List<PersonMention> agents, List<PersonMention> partners, boolean possessive,
      boolean theirs) {
  }

  private Arguments() {
  }

  static Found of(Tree t, int trigger, List<PersonMention> mentions) {
    Set<PersonMention> agents = new LinkedHashSet<>();
    Set<PersonMention> partners = new LinkedHashSet<>();
    boolean possessive = false;
    boolean theirs = false;
    String pos = t.upos(trigger);
    if (pos.equals("ADJ")) {
      pos = "VERB"; // a participle the tagger called an adjective: triggers are verbs or nouns
    }
    if (pos.equals("VERB") || pos.equals("AUX")) {
      for (int c : t.children(trigger)) {
        String rel = t.rel(c);
        String marker = t.marker(c);
        if (SUBJECT.contains(rel) && (t.lower(c).equals("qui") || t.lower(c).equals("lequel"))) {
          // "La chancelière, qui devait recevoir ...": the noun the relative clause hangs on
          if (t.head(trigger) > 0) {
            agents.addAll(spread(t, t.head(trigger), mentions));
          }
        } else if (SUBJECT.contains(rel)) {
          agents.addAll(spread(t, c, mentions));
        } else if (OBJECT.contains(rel) && !REFLEXIVE.contains(t.lower(c))) {
          partners.addAll(spread(t, c, mentions));
        } else if (rel.equals("obl:agent") || (OBLIQUE.contains(rel)
            && (marker.contains("avec") || marker.contains("entre") || marker.equals("par")))) {
          partners.addAll(spread(t, c, mentions));
        } else if (OBLIQUE.contains(rel) && marker.equals("à") && isPersonNode(t, c, mentions)) {
          partners.addAll(spread(t, c, mentions));
        }
      }
      if (agents.isEmpty()) {
        agents.addAll(controllerSubject(t, trigger, mentions));
      }
    } else {
      for (int c : t.children(trigger)) {
        String rel = t.rel(c);
        String marker = t.marker(c);
        String lower = t.lower(c);
        if (t.baseRel(c).equals("det") && (lower.equals("sa") || lower.equals("son") || lower.equals("ses"))) {
          possessive = true;
        } else if (t.baseRel(c).equals("det") && (lower.equals("leur") || lower.equals("leurs"))) {
          theirs = true;
        } else if (OBLIQUE.contains(rel) || t.baseRel(c).equals("acl")) {
          if (marker.contains("avec") || marker.contains("entre")) {
            partners.addAll(spread(t, c, mentions));
          } else if ((marker.equals("de") || marker.equals("d'")) && isPersonNode(t, c, mentions)
              && c > trigger) {
            agents.addAll(spread(t, c, mentions));
          }
        }
      }
      int governor = governingPredicate(t, trigger);
      if (governor > 0 && !(partners.size() >= 2)) {
        for (int c : t.childrenWith(governor, SUBJECT)) {
          if (!t.dominates(c, trigger)) {
            agents.addAll(spread(t, c, mentions));
          }
        }
        // "Ce sommet a été proposé par M. Biden lors d'un entretien téléphonique avec M. Poutine"
        for (int c : t.childrenWith(governor, Set.of("obl:agent"))) {
          if (!t.dominates(c, trigger)) {
            agents.addAll(spread(t, c, mentions));
          }
        }
        if (agents.isEmpty() && !t.hasChild(governor, SUBJECT, null)) {
          // "Rappelant deux entretiens avec X, M. Poutine a ...": the clause's subject
          agents.addAll(controllerSubject(t, governor, mentions));
        }
      }
    }
    if (partners.isEmpty()) {
      partners.addAll(followingCompanions(t, trigger, mentions));
    }
    if (partners.isEmpty() && (pos.equals("VERB") || pos.equals("AUX")) && !isReflexive(t, trigger)) {
      // "a rencontré, vendredi 4 novembre à Pékin, le président chinois Xi Jinping": the object
      // the parse lost, the first person after the verb in its clause
      partners.addAll(followingObject(t, trigger, mentions, agents));
    }
    agents.removeAll(partners);
    return new Found(List.copyOf(agents), List.copyOf(partners), possessive, theirs);
  }

  /** The subject a verb takes from the verb or noun it depends on: "doit s'entretenir", "prêt à rencontrer". */
  private static List<PersonMention> controllerSubject(Tree t, int trigger, List<PersonMention> mentions) {
    int x = trigger;
    for (int step = 0; step < 4; step++) {
      String rel = t.rel(x);
      int h = t.head(x);
      if (h == 0 || !CONTROL.contains(rel) && !CONTROL.contains(t.baseRel(x))) {
        return List.of();
      }
      if (OBJECT_CONTROL.contains(Names.key(t.word(h).form()).replaceAll("(e|ee|es|ees)$", ""))) {
        // "a invité le président à se rendre en Israël": the one invited goes
        for (int c : t.childrenWith(h, Set.of("obj"))) {
          if (c != x && !t.dominates(x, c)) {
            return spread(t, c, mentions);
          }
        }
      }
      for (int c : t.childrenWith(h, SUBJECT)) {
        if (c != x && !t.dominates(x, c)) {
          return spread(t, c, mentions);
        }
      }
      x = h;
    }
    return List.of();
  }

  /** The verb (or predicative adjective) a noun trigger depends on, within three steps. */
  private static int governingPredicate(Tree t, int trigger) {
    int x = trigger;
    // "au sommet du G7, puis au sommet de l'OTAN": a conjunct shares its first conjunct's verb
    while (t.baseRel(x).equals("conj") && t.head(x) > 0 && !t.upos(t.head(x)).equals("VERB")) {
      x = t.head(x);
    }
    for (int step = 0; step < 3; step++) {
      if (!NOUN_TO_VERB.contains(t.rel(x)) && !NOUN_TO_VERB.contains(t.baseRel(x))) {
        return 0;
      }
      int h = t.head(x);
      if (h == 0) {
        return 0;
      }
      String pos = t.upos(h);
      if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADJ")) {
        return h;
      }
      x = h;
    }
    return 0;
  }

  /** "... avec X", "entre X et Y" after the trigger, when the parse did not attach them to it. */
  private static List<PersonMention> followingCompanions(Tree t, int trigger,
      List<PersonMention> mentions) {
    int limit = Math.min(t.size(), trigger + 16);
    for (int i = trigger + 1; i <= limit; i++) {
      String w = t.lower(i);
      if (w.equals(";") || w.equals(":") || i > trigger + 1 && startsClause(t, i)) {
        break;
      }
      if (w.equals("avec") || w.equals("entre")) {
        for (PersonMention m : mentions) {
          int first = m.title() == null ? m.start() : Math.min(m.start(), m.title().start());
          if (first > i && first <= i + 6) {
            List<PersonMention> found = new ArrayList<>();
            found.add(m);
            found.addAll(spread(t, m.head(), mentions));
            // "entre MM. Poutine et Obama", "avec X et Y": the conjunct right after
            for (PersonMention n : mentions) {
              if (n.start() > m.end() && n.start() <= m.end() + 2 && t.lower(m.end()).equals("et")) {
                found.add(n);
              }
            }
            return List.copyOf(new LinkedHashSet<>(found));
          }
        }
      }
    }
    return List.of();
  }

  /** A verb that heads a clause of its own (not an auxiliary or a participle of a noun). */
  private static boolean startsClause(Tree t, int i) {
    String r = t.baseRel(i);
    return t.upos(i).equals("VERB") && (r.equals("root") || r.equals("ccomp") || r.equals("advcl")
        || r.equals("conj") || r.equals("parataxis"));
  }

  private static boolean isReflexive(Tree t, int verb) {
    for (int c : t.children(verb)) {
      if (REFLEXIVE.contains(t.lower(c)) && c < verb) {
        return true;
      }
    }
    return false;
  }

  private static List<PersonMention> followingObject(Tree t, int trigger, List<PersonMention> mentions,
      Set<PersonMention> agents) {
    int limit = Math.min(t.size(), trigger + 14);
    for (int i = trigger + 1; i <= limit; i++) {
      String pos = t.upos(i);
      if ((startsClause(t, i) || t.lower(i).equals(";") || t.lower(i).equals("que")
          || t.lower(i).equals("qui")) && i > trigger + 1) {
        return List.of();
      }
      for (PersonMention m : mentions) {
        if (m.start() == i && !agents.contains(m)) {
          return spread(t, m.head(), mentions).isEmpty() ? List.of(m) : spread(t, m.head(), mentions);
        }
      }
    }
    return List.of();
  }

  /** The mentions an argument node stands for, following coordination and apposition. */
  static List<PersonMention> spread(Tree t, int node, List<PersonMention> mentions) {
    Set<PersonMention> out = new LinkedHashSet<>();
    List<Integer> todo = new ArrayList<>(List.of(node));
    Set<Integer> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      int n = todo.remove(0);
      if (!seen.add(n)) {
        continue;
      }
      for (PersonMention m : mentions) {
        if (m.covers(n) || m.head() == n) {
          if (out.add(m) && m.head() != n) {
            todo.add(m.head()); // "le président du Groupe ..., Ajay Banga et ... Rishi Sunak"
          }
        }
      }
      for (int c : t.children(n)) {
        if (SPREAD.contains(t.rel(c)) || SPREAD.contains(t.baseRel(c))) {
          todo.add(c);
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isPersonNode(Tree t, int node, List<PersonMention> mentions) {
    return !spread(t, node, mentions).isEmpty();
  }
}
