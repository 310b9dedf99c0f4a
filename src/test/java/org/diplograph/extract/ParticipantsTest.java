package org.diplograph.extract;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.diplograph.model.Contact;
import org.diplograph.model.Participant;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who took part, on the cases of {@code cases/participants.tsv} (names as the document writes
 * them) and {@code cases/resolution.tsv} (the canonical actors behind them).
 */
class ParticipantsTest {

  static Stream<Arguments> participants() {
    return CaseFile.arguments("participants.tsv", 1);
  }

  static Stream<Arguments> resolution() {
    return CaseFile.arguments("resolution.tsv", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("participants")
  void participantsComeFromTheDependencyStructure(CaseFile.Case c) {
    List<Contact> contacts = RuleBasedExtractor.standard().extract(StoredExamples.annotated(c));
    String got = contacts.isEmpty() ? "none" : contacts.stream()
        .map(k -> k.type().code() + ": " + k.participants().stream().map(Participant::displayName)
            .collect(joining(" + ")))
        .collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resolution")
  void namesTitlesAndReferencesResolveToCanonicalActors(CaseFile.Case c) {
    List<Contact> contacts = RuleBasedExtractor.standard().extract(StoredExamples.annotated(c));
    String got = contacts.stream().flatMap(k -> k.participants().stream())
        .map(p -> p.actor().id()).collect(joining(" + "));
    assertEquals(c.expected(0), got, c.where());
  }
}
