package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.diplograph.ingest.BoilerplateCleaner;
import org.junit.jupiter.api.Test;

class ConlluTest {

  @Test
  void anAnnotatedDocumentIsWrittenAndReadBackUnchanged() throws Exception {
    List<AnnotatedDocument> docs = List.of(Seeds.annotated("002_dff06ff9bc25c1fb"),
        Seeds.annotated("000_57d11a951a98860c"));
    String conllu = Conllu.toString(docs);
    List<AnnotatedDocument> back = Conllu.read(new StringReader(conllu), "seeds.conllu",
        BoilerplateCleaner.standard()::clean);
    assertThat(back).isEqualTo(docs);
  }

  @Test
  void writesStandardCoNllUWithTokenRangesAndMultiWordTokens() {
    String conllu = Conllu.toString(List.of(Seeds.annotated("000_57d11a951a98860c")));
    assertThat(conllu).startsWith("# newdoc id = 000_57d11a951a98860c\n# document = {");
    assertThat(conllu).contains("# text = Le président russe Vladimir Poutine s'est déclaré mardi");
    // "du" (offsets 66-68 of the original) is split into "de" + "le"
    assertThat(conllu).containsPattern("\\n(\\d+)-\\d+\\tdu\\t_\\t_\\t_\\t_\\t_\\t_\\t_\\tTokenRange=66:68\\n\\1\\tde\\t");
    for (String line : conllu.split("\n")) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        assertThat(line.split("\t", -1)).hasSize(10);
      }
    }
  }

  @Test
  void aMalformedFileIsReportedWithItsLine() {
    String bad = "# document = {\"id\":\"x\",\"text\":\"Bonjour.\"}\n1\tBonjour\t_\tINTJ\t_\t_\t0\troot\t_\tNER=O\n";
    assertThatThrownBy(() -> Conllu.read(new StringReader(bad), "bad.conllu"))
        .hasMessage("bad.conllu:2: MISC has no TokenRange=BEGIN:END");
  }
}
