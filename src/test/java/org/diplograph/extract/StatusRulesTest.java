package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Status rules on the cases of {@code cases/status.tsv}. */
class StatusRulesTest {

  static Stream<Arguments> cases() {
    return CaseFile.arguments("status.tsv", 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theClauseSaysWhetherTheContactHappened(CaseFile.Case c) {
    RuleBasedExtractor.FiredTrigger trigger = RuleBasedExtractor.standard()
        .firedTriggers(StoredExamples.annotated(c)).stream()
        .filter(t -> t.word().equals(c.expected(0))).findFirst()
        .orElseThrow(() -> new AssertionError(c.where() + ": «" + c.expected(0) + "» is no trigger"));
    String got = trigger.status() == null ? "none" : trigger.status().code();
    assertEquals(c.expected(1), got, c.where());
  }
}
