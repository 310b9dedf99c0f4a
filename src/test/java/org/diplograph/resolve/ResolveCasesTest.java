package org.diplograph.resolve;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Topic;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.CasesFrom;
import org.diplograph.nlp.Lemmas;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.SentenceGraph;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;

/** French dates and topics on their cases ({@code cases/dates.tsv}, {@code cases/topics.tsv}). */
class ResolveCasesTest {

  private static final DateRules DATES = DateRules.load();
  private static final TopicFinder TOPICS = new TopicFinder(Gazetteer.standard());

  @ParameterizedTest(name = "{0}")
  @CasesFrom(value = "dates.tsv", expected = 2)
  void expressionsNormaliseAgainstThePublicationDate(CaseFile.Case c) {
    List<TimeExpression> found = DATES.find(SentenceGraph.of(sentence(c), Lemmas.standard()));
    DateResolver.Direction direction = c.expected(0).equals("future")
        ? DateResolver.Direction.FUTURE : DateResolver.Direction.PAST;
    PartialDate anchor = c.published() == null ? null : PartialDate.parse(c.published());
    String got = found.isEmpty() ? "none" : DateResolver.resolve(found.get(0), anchor, direction)
        .map(r -> r.date() + (r.endDate() == null ? "" : ".." + r.endDate())).orElse("none");
    assertEquals(c.expected(1), got, c.where() + (found.isEmpty() ? "" : " («" + found.get(0).text() + "»)"));
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom("topics.tsv")
  void topicsAfterCuesMapToTheSchemeOrBecomeNewConcepts(CaseFile.Case c) {
    List<Topic> topics = TOPICS.find(sentence(c));
    String got = topics.isEmpty() ? "none" : topics.stream()
        .map(t -> t.label() + (t.broader() == null ? "" : " < " + t.broader()))
        .collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }

  private static Sentence sentence(CaseFile.Case c) {
    return StoredExamples.annotated(c).sentences().get(0);
  }
}
