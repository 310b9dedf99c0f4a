package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RuleLine;

/**
 * The contexts of {@code rules/vetoes.rules} in which a trigger word does not state a diplomatic
 * contact: a football "rencontre", a mountain "sommet", a job "entretien", an "appel" to strike.
 */
final class Vetoes {

  static final String RULES = "rules/vetoes.rules";

  private record Rule(Pattern trigger, boolean document, Pattern context, RuleLine source) {
  }

  private final List<Rule> rules;

  private Vetoes(List<Rule> rules) {
    this.rules = rules;
  }

  static Vetoes load() {
    List<Rule> rules = new ArrayList<>();
    for (RuleLine line : RuleFiles.readResource(RULES)) {
      String[] f = line.text().split("\t");
      if (f.length != 3 || !(f[1].equals("sentence") || f[1].equals("document"))) {
        throw line.error("expected TRIGGER<TAB>sentence|document<TAB>CONTEXT");
      }
      try {
        rules.add(new Rule(Pattern.compile(f[0]), f[1].equals("document"), Pattern.compile(f[2]), line));
      } catch (PatternSyntaxException e) {
        throw line.error("bad regex: " + e.getDescription(), e);
      }
    }
    return new Vetoes(List.copyOf(rules));
  }

  /**
   * The rule that vetoes a trigger, or {@code null}.
   *
   * @param lemma        the trigger's lemma
   * @param sentenceKey  the sentence as a name key (lower case, no accents)
   * @param documentKey  the document as a name key
   */
  String veto(String lemma, String sentenceKey, String documentKey) {
    for (Rule r : rules) {
      if (r.trigger().matcher(lemma).matches()
          && r.context().matcher(r.document() ? documentKey : sentenceKey).find()) {
        return r.source().where();
      }
    }
    return null;
  }
}
