package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Word;

/** Navigation in a sentence's dependency tree, on our own {@link Sentence} record. */
final class Tree {

  private final Sentence sentence;
  private final List<List<Integer>> children;

  Tree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.words().size();
    children = new ArrayList<>(n + 1);
    for (int i = 0; i <= n; i++) {
      children.add(new ArrayList<>());
    }
    for (Word w : sentence.words()) {
      if (w.head() >= 0 && w.head() <= n) {
        children.get(w.head()).add(w.index());
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.words().size();
  }

  Word word(int i) {
    return sentence.words().get(i - 1);
  }

  /** Lower-case form, typographic apostrophe normalised. */
  String lower(int i) {
    return word(i).form().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  int head(int i) {
    return word(i).head();
  }

  /** The relation, e.g. "obl:mod". */
  String rel(int i) {
    return word(i).deprel() == null ? "" : word(i).deprel();
  }

  /** The relation without its subtype: "obl:mod" → "obl". */
  String baseRel(int i) {
    String r = rel(i);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  String upos(int i) {
    return word(i).upos() == null ? "" : word(i).upos();
  }

  /** The preposition or conjunction that introduces node i ("avec", "entre", "lors de"), lower case. */
  String marker(int i) {
    StringBuilder sb = new StringBuilder();
    for (int c : children(i)) {
      String r = baseRel(c);
      if ((r.equals("case") || r.equals("mark")) && c < i) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(lower(c));
        for (int f : children(c)) {
          if (baseRel(f).equals("fixed")) {
            sb.append(' ').append(lower(f));
          }
        }
      }
    }
    return sb.toString();
  }

  boolean hasChild(int i, Set<String> relations, Set<String> lowerForms) {
    for (int c : children(i)) {
      if ((relations == null || relations.contains(rel(c)) || relations.contains(baseRel(c)))
          && (lowerForms == null || lowerForms.contains(lower(c)))) {
        return true;
      }
    }
    return false;
  }

  /** Children with one of these relations (full or base). */
  List<Integer> childrenWith(int i, Set<String> relations) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(i)) {
      if (relations.contains(rel(c)) || relations.contains(baseRel(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Node i and everything below it. */
  List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out, 0);
    return out;
  }

  private void collect(int i, List<Integer> out, int depth) {
    if (depth > 60) {
      return;
    }
    out.add(i);
    for (int c : children(i)) {
      collect(c, out, depth + 1);
    }
  }

  /** Whether node a lies in the subtree of node b. */
  boolean dominates(int b, int a) {
    int x = a;
    for (int steps = 0; x != 0 && steps < 100; steps++) {
      if (x == b) {
        return true;
      }
      x = head(x);
    }
    return false;
  }
}
