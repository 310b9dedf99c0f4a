package org.diplograph.extract;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One contact per event, on the cases of {@code cases/merging.tsv}. */
class MergingTest {

  static Stream<Arguments> cases() {
    return CaseFile.arguments("merging.tsv", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mentionsOfOneEventMakeOneContact(CaseFile.Case c) {
    String got = RuleBasedExtractor.standard().extract(StoredExamples.annotated(c)).stream()
        .map(k -> k.type().code() + "[" + k.evidence().size() + "]").collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }
}
