package org.diplograph.extract;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Trigger and veto rules on the cases of {@code cases/triggers.tsv}. */
class TriggerRulesTest {

  static Stream<Arguments> cases() {
    return CaseFile.arguments("triggers.tsv", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void contactWordsFireAndOtherUsesDoNot(CaseFile.Case c) {
    List<RuleBasedExtractor.FiredTrigger> fired =
        RuleBasedExtractor.standard().firedTriggers(StoredExamples.annotated(c));
    String got = fired.isEmpty() ? "none"
        : fired.stream().map(t -> t.word() + " " + t.type().code()).collect(joining(", "));
    assertEquals(c.expected(0), got, c.where());
  }
}
