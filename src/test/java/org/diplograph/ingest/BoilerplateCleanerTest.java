package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.diplograph.model.CleanText;
import org.diplograph.rules.RuleFileException;
import org.diplograph.rules.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateCleanerTest {

  static final Path CORPUS = Path.of("data", "corpus");
  private final BoilerplateCleaner cleaner = BoilerplateCleaner.standard();

  static Stream<Arguments> seedCases() throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/ingest/boilerplate-on-seeds.tsv")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0}: {1} \"{2}\"")
  @MethodSource("seedCases")
  void removesBoilerplateAndKeepsTheArticle(String docId, String expect, String phrase)
      throws IOException {
    String original = Files.readString(CORPUS.resolve(docId + ".txt"));
    assertThat(original).as("the phrase is in the seed").contains(phrase);
    String clean = cleaner.clean(original).text();
    String normalizedPhrase = BoilerplateCleaner.normalizeChars(phrase);
    if (expect.equals("removed")) {
      assertThat(clean).doesNotContain(normalizedPhrase);
    } else {
      assertThat(clean).contains(normalizedPhrase);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_57d11a951a98860c", "001_9e0f405ca55fa043", "002_dff06ff9bc25c1fb",
      "003_7039aa9417116935", "004_cca3893475222b94"})
  void everyCleanCharacterMapsBackToTheSameCharacterOfTheOriginal(String docId) throws IOException {
    String original = Files.readString(CORPUS.resolve(docId + ".txt"));
    CleanText clean = cleaner.clean(original);
    String text = clean.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        char o = original.charAt(clean.toOriginal(i));
        assertThat(BoilerplateCleaner.normalizeChars(String.valueOf(o)).charAt(0))
            .as("clean offset %d", i).isEqualTo(c);
      }
    }
    // and a whole sentence maps back to its original span
    String sentence = "les deux pays";
    int at = text.indexOf(sentence);
    if (at >= 0) {
      int begin = clean.toOriginal(at);
      int end = clean.toOriginalEnd(at + sentence.length());
      assertThat(original.substring(begin, end)).isEqualTo(sentence);
    }
  }

  @Test
  void joinsHardWrappedLinesButKeepsHeadlinesApart() {
    String text = "Le président a reçu son homologue\nà Paris mardi.\nUn titre sans point\nLa suite.";
    assertThat(cleaner.clean(text).text())
        .isEqualTo("Le président a reçu son homologue à Paris mardi.\nUn titre sans point\nLa suite.");
  }

  @Test
  void neverDropsAWholeTextOfShortLines() {
    String text = "Titre un\nTitre deux\nTitre trois\nTitre quatre\nTitre cinq";
    assertThat(cleaner.clean(text).text()).contains("Titre un", "Titre cinq");
  }

  @Test
  void aMalformedRuleIsReportedWithItsFileAndLine() {
    String rules = "# example\nline  fine\n\n# a broken regex\nline  (unclosed\n";
    assertThatThrownBy(() -> BoilerplateCleaner.fromRules(RuleFiles.parse("test.rules",
        new StringReader(rules))))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("test.rules:5: bad regex");
    assertThatThrownBy(() -> BoilerplateCleaner.fromRules(RuleFiles.parse("test.rules",
        new StringReader("drop  x\n"))))
        .hasMessageStartingWith("test.rules:1: unknown rule kind \"drop\"");
  }
}
