package org.diplograph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.rules.RuleFiles;
import org.diplograph.rules.RequiredWords;
import org.diplograph.rules.Spans;
import org.diplograph.rules.RuleLine;

/**
 * Finds French expressions of time ("mardi soir", "le 16 juin", "les 7 et 8 juillet", "fin
 * janvier", "la semaine dernière") with the TokensRegex rules of {@code rules/dates.rules}.
 * CoreNLP's SUTime does not read French, so these rules and {@link DateResolver} take its place.
 * Immutable and thread-safe.
 */
public final class DateRules {

  public static final String RULES = "rules/dates.rules";
  private static final List<String> PARTS = List.of("weekday", "day", "day2", "month", "month2",
      "year", "year2", "mod", "part");

  private record Rule(String kind, TokenSequencePattern pattern, RequiredWords required,
      RuleLine source) {
  }

  private final List<Rule> rules;
  private final RequiredWords.Index index;

  private DateRules(List<Rule> rules, RequiredWords.Index index) {
    this.index = index;
    this.rules = rules;
  }

  public static DateRules load() {
    return load(RuleFiles.readResource(RULES));
  }

  static DateRules load(List<RuleLine> lines) {
    Env env = TokenSequencePattern.getNewEnv();
    RequiredWords.Index index = new RequiredWords.Index();
    Map<String, String> macros = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    for (RuleLine line : lines) {
      String[] f = line.text().split("\t");
      try {
        if (f[0].equals("MACRO")) {
          if (f.length != 3 || !f[1].startsWith("$")) {
            throw line.error("expected MACRO<TAB>$NAME<TAB>TOKENSREGEX");
          }
          env.bind(f[1], TokenSequencePattern.compile(env, f[2]));
          macros.put(f[1], f[2]);
          continue;
        }
        if (f.length != 2) {
          throw line.error("expected KIND<TAB>TOKENSREGEX");
        }
        rules.add(new Rule(f[0], TokenSequencePattern.compile(env, f[1]),
            index.add(f[1], macros), line));
      } catch (org.diplograph.rules.RuleFileException e) {
        throw e;
      } catch (RuntimeException e) {
        throw line.error("bad TokensRegex pattern: " + e.getMessage(), e);
      }
    }
    return new DateRules(List.copyOf(rules), index);
  }

  /** The time expressions of a sentence, left to right, without overlaps (longest first). */
  public List<TimeExpression> find(SentenceGraph s) {
    List<CoreLabel> tokens = s.tokens();
    List<TimeExpression> all = new ArrayList<>();
    long[] present = index.present(tokens);
    for (Rule rule : rules) {
      if (!rule.required().mayMatch(present)) {
        continue;
      }
      TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
      while (m.find()) {
        Map<String, String> parts = new HashMap<>();
        for (String p : PARTS) {
          String v = group(m, "$" + p);
          if (v != null) {
            parts.put(p, v);
          }
        }
        all.add(new TimeExpression(rule.kind(), m.start() + 1, m.end() + 1, parts,
            m.group(), rule.source().where()));
      }
    }
    return Spans.longestWithoutOverlap(all, TimeExpression::start, TimeExpression::end);
  }

  private static String group(TokenSequenceMatcher m, String name) {
    try {
      return m.group(name);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
