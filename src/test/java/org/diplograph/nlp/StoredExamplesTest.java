package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The rule tests' stored annotations are those of the current pipeline, for every case. With
 * {@code -Dexamples.update=true} the test rewrites them instead.
 */
class StoredExamplesTest {

  @Test
  void everyCaseHasTheAnnotationTheCurrentPipelineGives() throws IOException {
    Map<String, Document> documents = new LinkedHashMap<>();
    for (CaseFile.Case c : CaseFile.all()) {
      Document d = StoredExamples.document(c.published(), c.text());
      documents.putIfAbsent(d.id(), d);
    }
    if (Boolean.getBoolean("examples.update")) {
      try (Writer w = Files.newBufferedWriter(StoredExamples.FILE, StandardCharsets.UTF_8)) {
        for (Document d : documents.values()) {
          Conllu.write(CoreNlpFrench.shared().annotate(d), w);
        }
      }
      return;
    }
    List<String> missing = new ArrayList<>();
    for (Document d : documents.values()) {
      if (!StoredExamples.stored().containsKey(d.id())) {
        missing.add(d.text());
      }
    }
    assertTrue(missing.isEmpty(), "cases without stored annotation (run mvn -q test "
        + "-Dtest=StoredExamplesTest -Dexamples.update=true): " + missing);
    for (Document d : documents.values()) {
      assertEquals(conllu(StoredExamples.stored().get(d.id())), conllu(CoreNlpFrench.shared().annotate(d)),
          "the stored annotation of «" + d.text() + "» is not what the pipeline gives now; "
              + "refresh it with mvn -q test -Dtest=StoredExamplesTest -Dexamples.update=true");
    }
  }

  private static String conllu(AnnotatedDocument d) throws IOException {
    StringWriter w = new StringWriter();
    Conllu.write(d, w);
    return w.toString();
  }
}
