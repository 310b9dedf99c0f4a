package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.diplograph.model.PartialDate;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.Lemmas;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** French date rules and their normalisation, on the cases of {@code cases/dates.tsv}. */
class DateRulesTest {

  private static final DateRules RULES = DateRules.load();

  static Stream<Arguments> cases() {
    return CaseFile.arguments("dates.tsv", 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expressionsNormaliseAgainstThePublicationDate(CaseFile.Case c) {
    var doc = StoredExamples.annotated(c);
    List<TimeExpression> found = RULES.find(SentenceGraph.of(doc.sentences().get(0), Lemmas.standard()));
    DateResolver.Direction direction = c.expected(0).equals("future")
        ? DateResolver.Direction.FUTURE : DateResolver.Direction.PAST;
    PartialDate anchor = c.published() == null ? null : PartialDate.parse(c.published());
    String got = found.isEmpty() ? "none" : DateResolver.resolve(found.get(0), anchor, direction)
        .map(r -> r.date() + (r.endDate() == null ? "" : ".." + r.endDate())).orElse("none");
    assertEquals(c.expected(1), got, c.where() + " (" + (found.isEmpty() ? "" : found.get(0).text()) + ")");
  }
}
