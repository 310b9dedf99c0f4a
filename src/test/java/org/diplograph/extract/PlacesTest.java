package org.diplograph.extract;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where contacts take place, on the cases of {@code cases/places.tsv}. */
class PlacesTest {

  static Stream<Arguments> cases() {
    return CaseFile.arguments("places.tsv", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theContactsPlaceIsWhereItHappens(CaseFile.Case c) {
    String got = RuleBasedExtractor.standard().extract(StoredExamples.annotated(c)).stream()
        .map(k -> k.place() == null ? "-" : k.place().label()).collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }
}
