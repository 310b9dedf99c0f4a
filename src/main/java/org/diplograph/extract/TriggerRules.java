package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.ContactType;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RequiredWords;
import org.diplograph.rules.RuleLine;

/**
 * The triggers of {@code rules/triggers.semgrex}: Semgrex patterns that find the words stating a
 * contact. Immutable and thread-safe (a Semgrex pattern makes a new matcher per graph).
 */
final class TriggerRules {

  static final String RULES = "rules/triggers.semgrex";

  /** A trigger found: the word, the type it states, and the rule. */
  record Trigger(int index, ContactType type, String rule) {
  }

  private record Rule(String id, ContactType type, SemgrexPattern pattern, RequiredWords lemma,
      RuleLine source) {
  }

  /** The lemma a pattern's first node asks for: {lemma:rencontrer...} or {lemma:/.../...}. */
  private static final Pattern FIRST_LEMMA = Pattern.compile("^\\{lemma:(/(?:[^/\\\\]|\\\\.)*/|[^;}/]+)[;}]");

  private final List<Rule> rules;
  private final RequiredWords.Index lemmas;

  private TriggerRules(List<Rule> rules, RequiredWords.Index lemmas) {
    this.rules = rules;
    this.lemmas = lemmas;
  }

  static TriggerRules load() {
    return load(RuleFiles.readResource(RULES));
  }

  static TriggerRules load(List<RuleLine> lines) {
    List<Rule> rules = new ArrayList<>();
    RequiredWords.Index lemmas = new RequiredWords.Index(CoreLabel::lemma);
    for (RuleLine line : lines) {
      String[] f = line.text().split("\t", 3);
      if (f.length != 3) {
        throw line.error("expected ID<TAB>TYPE<TAB>SEMGREX");
      }
      ContactType type;
      try {
        type = ContactType.ofCode(f[1]);
      } catch (IllegalArgumentException e) {
        throw line.error("unknown contact type \"" + f[1] + "\"");
      }
      SemgrexPattern pattern;
      try {
        pattern = SemgrexPattern.compile(f[2].strip());
      } catch (RuntimeException e) {
        throw line.error("bad Semgrex pattern: " + e.getMessage(), e);
      }
      // a sentence without a word of that lemma cannot match: the rule need not run there
      Matcher first = FIRST_LEMMA.matcher(f[2].strip());
      List<String> required = !first.find() ? List.of() : first.group(1).startsWith("/")
          ? List.of(first.group(1).substring(1, first.group(1).length() - 1))
          : List.of(Pattern.quote(first.group(1).strip()));
      rules.add(new Rule(f[0].strip(), type, pattern, lemmas.addRegexes(required), line));
    }
    return new TriggerRules(List.copyOf(rules), lemmas);
  }

  /** The triggers of a sentence, one per word (the first rule that names it), in word order. */
  List<Trigger> find(SentenceGraph s) {
    Map<Integer, Trigger> byWord = new LinkedHashMap<>();
    long[] present = lemmas.present(s.tokens());
    for (Rule rule : rules) {
      if (!rule.lemma().mayMatch(present)) {
        continue;
      }
      SemgrexMatcher m = rule.pattern().matcher(s.graph());
      while (m.find()) {
        IndexedWord node = m.getNode("trigger");
        if (node != null) {
          byWord.putIfAbsent(node.index(), new Trigger(node.index(), rule.type(),
              rule.id() + " (" + rule.source().where() + ")"));
        }
      }
    }
    List<Trigger> found = new ArrayList<>(byWord.values());
    found.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return found;
  }
}
