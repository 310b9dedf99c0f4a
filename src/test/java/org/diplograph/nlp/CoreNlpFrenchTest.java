package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The French pipeline on a seed article. Uses the JVM's one shared pipeline. */
class CoreNlpFrenchTest {

  static AnnotatedDocument seed000;

  @BeforeAll
  static void annotate() {
    seed000 = Seeds.annotated("000_57d11a951a98860c");
  }

  @Test
  void splitsTheSeedIntoItsSentencesOneALine() {
    // The seed has twelve lines; the fifth-to-last is a headline without a full stop.
    assertThat(seed000.sentences()).hasSize(12);
    assertThat(seed000.sentences().get(6).text())
        .isEqualTo("Kerry: Washington et Moscou ont des positions similaires sur la Syrie");
  }

  @Test
  void findsPersonsWithTheNamedEntityRecognizer() {
    List<Word> first = seed000.sentences().get(0).words();
    assertThat(first).filteredOn(Word::isPerson).extracting(Word::form)
        .containsExactly("Vladimir", "Poutine");
  }

  @Test
  void parsesTheSubjectAndObliqueOfDeclare() {
    // « ... », a déclaré M. Poutine lors de sa rencontre avec le secrétaire d'Etat américain John Kerry.
    Sentence s = seed000.sentences().get(1);
    Word declare = s.words().stream().filter(w -> w.form().equals("déclaré")).findFirst().orElseThrow();
    assertThat(s.dependents(declare.index()))
        .extracting(Word::deprel, Word::form)
        .contains(org.assertj.core.groups.Tuple.tuple("nsubj", "M."),
            org.assertj.core.groups.Tuple.tuple("obl", "rencontre"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    for (AnnotatedDocument doc : List.of(seed000, Seeds.annotated("002_dff06ff9bc25c1fb"))) {
      Document d = doc.document();
      for (Sentence s : doc.sentences()) {
        assertThat(d.text().substring(s.begin(), s.end())).isEqualTo(s.text());
        for (Word w : s.words()) {
          String surface = d.text().substring(w.begin(), w.end()).replace('’', '\'');
          assertThat(surface).isEqualTo(w.inMultiWordToken() ? w.token() : w.form());
        }
      }
    }
  }

  @Test
  void splitsFrenchContractionsIntoWordsSharingTheirToken() {
    // "... satisfait du niveau de coopération ..."
    List<Word> words = seed000.sentences().get(0).words();
    Word de = words.stream().filter(w -> "du".equals(w.token())).findFirst().orElseThrow();
    Word le = words.get(de.index());
    assertThat(de.form()).isEqualTo("de");
    assertThat(le.form()).isEqualTo("le");
    assertThat(le.begin()).isEqualTo(de.begin());
  }
}
