package org.diplograph.resolve;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.diplograph.model.Topic;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Topics and their mapping to the scheme, on the cases of {@code cases/topics.tsv}. */
class TopicFinderTest {

  private static final TopicFinder FINDER = new TopicFinder(Gazetteer.standard());

  static Stream<Arguments> cases() {
    return CaseFile.arguments("topics.tsv", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void topicsAfterCuesMapToTheSchemeOrBecomeNewConcepts(CaseFile.Case c) {
    List<Topic> topics = FINDER.find(StoredExamples.annotated(c).sentences().get(0));
    String got = topics.isEmpty() ? "none" : topics.stream()
        .map(t -> t.label() + (t.broader() == null ? "" : " < " + t.broader()))
        .collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }
}
