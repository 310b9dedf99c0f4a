package org.diplograph.extract;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.diplograph.model.Contact;
import org.diplograph.model.Participant;
import org.diplograph.nlp.CaseFile;
import org.diplograph.nlp.CasesFrom;
import org.diplograph.nlp.StoredExamples;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The extraction stages on their cases ({@code src/test/resources/cases/}): one test per stage,
 * one run per line of its file, on the stored annotations.
 */
class RuleCasesTest {

  private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.standard();

  @ParameterizedTest(name = "{0}")
  @CasesFrom("triggers.tsv")
  void contactWordsFireAndOtherUsesDoNot(CaseFile.Case c) {
    List<RuleBasedExtractor.FiredTrigger> fired = EXTRACTOR.firedTriggers(StoredExamples.annotated(c));
    String got = fired.isEmpty() ? "none"
        : fired.stream().map(t -> t.word() + " " + t.type().code()).collect(joining(", "));
    assertEquals(c.expected(0), got, c.where());
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom(value = "status.tsv", expected = 2)
  void theClauseSaysWhetherTheContactHappened(CaseFile.Case c) {
    RuleBasedExtractor.FiredTrigger trigger = EXTRACTOR.firedTriggers(StoredExamples.annotated(c))
        .stream().filter(t -> t.word().equals(c.expected(0))).findFirst()
        .orElseThrow(() -> new AssertionError(c.where() + ": «" + c.expected(0) + "» is no trigger"));
    assertEquals(c.expected(1), trigger.status() == null ? "none" : trigger.status().code(), c.where());
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom("participants.tsv")
  void participantsComeFromTheDependencyStructure(CaseFile.Case c) {
    assertContacts(c, k -> k.type().code() + ": "
        + k.participants().stream().map(Participant::displayName).collect(joining(" + ")), "none");
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom("resolution.tsv")
  void namesTitlesAndReferencesResolveToCanonicalActors(CaseFile.Case c) {
    String got = extract(c).stream().flatMap(k -> k.participants().stream())
        .map(p -> p.actor().id()).collect(joining(" + "));
    assertEquals(c.expected(0), got, c.where());
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom("places.tsv")
  void theContactsPlaceIsWhereItHappens(CaseFile.Case c) {
    assertContacts(c, k -> k.place() == null ? "-" : k.place().label(), "");
  }

  @ParameterizedTest(name = "{0}")
  @CasesFrom("merging.tsv")
  void mentionsOfOneEventMakeOneContact(CaseFile.Case c) {
    assertContacts(c, k -> k.type().code() + "[" + k.evidence().size() + "]", "");
  }

  private static List<Contact> extract(CaseFile.Case c) {
    return EXTRACTOR.extract(StoredExamples.annotated(c));
  }

  /** The case's contacts, each shown by {@code view}, " | " between them, against the expected. */
  private static void assertContacts(CaseFile.Case c, Function<Contact, String> view, String none) {
    List<Contact> contacts = extract(c);
    String got = contacts.isEmpty() ? none : contacts.stream().map(view).collect(joining(" | "));
    assertEquals(c.expected(0), got, c.where());
  }
}
