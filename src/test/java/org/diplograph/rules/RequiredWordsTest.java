package org.diplograph.rules;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Lemmas;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The required-word test skips rules that cannot match; it must never skip one that would.
 */
class RequiredWordsTest {

  @Test
  void readsTheRequiredElementsOfASequence() {
    Map<String, String> macros = Map.of("$MONTH", "/(?i)janvier|février/", "$ANY", "[{tag:NOUN}]");
    assertThat(RequiredWords.requiredRegexes("/(?i)ministres?/ [{tag:ADJ}]? /de/ \"la\"", macros))
        .containsExactly("(?i)ministres?", "de", "\\Qla\\E");
    // optional elements, bracket expressions and macros that are not one regex add nothing
    assertThat(RequiredWords.requiredRegexes("/le/? /premier/* [{tag:NUM}] $ANY $MONTH", macros))
        .containsExactly("(?i)janvier|février");
    // a capture group around one element counts; one around a sequence does not
    assertThat(RequiredWords.requiredRegexes("(?$day /\\d+/) (/de/ /mai/) /à/{0,1}", macros))
        .containsExactly("\\d+");
  }

  @Test
  void aTopLevelAlternativeRequiresNothing() {
    assertThat(RequiredWords.requiredRegexes("/janvier/ | /mai/", Map.of())).isEmpty();
  }

  @Test
  void aSentenceWithoutARequiredWordCannotMatchAndOneWithAllMay() {
    RequiredWords.Index index = new RequiredWords.Index();
    RequiredWords rule = index.add("/(?i)chefs?/ /de/ /la/ /diplomatie/", Map.of());
    assertThat(rule.mayMatch(index.present(tokens("Le chef de la diplomatie russe")))).isTrue();
    assertThat(rule.mayMatch(index.present(tokens("Le chef de la délégation")))).isFalse();
    // words are tested whole, as TokensRegex tests them
    assertThat(rule.mayMatch(index.present(tokens("Les chefs delà diplomaties")))).isFalse();
  }

  /**
   * The property that matters, on the real rule files and every stored case sentence: whenever
   * TokensRegex finds a rule's pattern in a sentence, the test lets the rule run there.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rules/dates.rules", "rules/titles.rules"})
  void neverSkipsARuleThatMatches(String file) {
    Env env = TokenSequencePattern.getNewEnv();
    RequiredWords.Index index = new RequiredWords.Index();
    Map<String, String> macros = new HashMap<>();
    List<TokenSequencePattern> patterns = new ArrayList<>();
    List<RequiredWords> required = new ArrayList<>();
    List<RuleLine> rules = new ArrayList<>();
    for (RuleLine line : RuleFiles.readResource(file)) {
      String[] f = line.text().split("\t");
      if (f[0].equals("MACRO")) {
        env.bind(f[1], TokenSequencePattern.compile(env, f[2]));
        macros.put(f[1], f[2]);
      } else {
        rules.add(line);
        patterns.add(TokenSequencePattern.compile(env, f[1].strip()));
        required.add(index.add(f[1], macros));
      }
    }
    int matched = 0;
    int skipped = 0;
    for (AnnotatedDocument d : StoredExamples.stored().values()) {
      for (Sentence s : d.sentences()) {
        List<CoreLabel> tokens = SentenceGraph.of(s, Lemmas.standard()).tokens();
        long[] present = index.present(tokens);
        for (int i = 0; i < patterns.size(); i++) {
          boolean may = required.get(i).mayMatch(present);
          if (patterns.get(i).matcher(tokens).find()) {
            matched++;
            assertThat(may).as("%s: %s skipped on \"%s\"", file, rules.get(i).where(), s.text()).isTrue();
          } else if (!may) {
            skipped++;
          }
        }
      }
    }
    assertThat(matched).as("rules of %s that match some case sentence", file).isGreaterThan(10);
    // and the test is worth having: most (rule, sentence) pairs are skipped
    assertThat(skipped).isGreaterThan(patterns.size() * StoredExamples.stored().size() / 2);
  }

  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      tokens.add(t);
    }
    return tokens;
  }
}
