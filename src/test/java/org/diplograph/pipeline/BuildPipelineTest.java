package org.diplograph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.nlp.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPipelineTest {

  @Test
  void workersSharingOnePipelineAnnotateExactlyAsOneThreadDoes() {
    Map<String, AnnotatedDocument> parallel = new ConcurrentHashMap<>();
    Annotator recording = doc -> {
      AnnotatedDocument a = CoreNlpFrench.shared().annotate(doc);
      parallel.put(doc.id(), a);
      return a;
    };
    BuildSummary summary = new BuildPipeline(recording, 2, 1_000_000)
        .run(List.of(Path.of("data", "corpus")), BuildListener.NONE);
    assertThat(summary.documents()).hasSize(5).noneMatch(d -> d.status() == DocumentReport.Status.FAILED);
    for (String id : Seeds.IDS) {
      assertThat(parallel.get(id).sentences()).as(id).isEqualTo(Seeds.annotated(id).sentences());
    }
  }

  @Test
  void aDocumentThatFailsInTheNlpStageIsReportedAndTheOthersGoOn(@TempDir Path dir)
      throws Exception {
    for (int i = 0; i < 20; i++) {
      Files.writeString(dir.resolve("doc" + i + ".txt"), i == 7 ? "BOOM" : "Texte " + i + ".");
    }
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    Annotator flaky = doc -> {
      maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
      try {
        Thread.sleep(5);
        if (doc.text().equals("BOOM")) {
          throw new IllegalStateException("tokenizer exploded");
        }
        return new AnnotatedDocument(doc, List.of());
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        concurrent.decrementAndGet();
      }
    };
    List<String> seen = new ArrayList<>();
    BuildSummary summary = new BuildPipeline(flaky, 3, 1_000_000).run(List.of(dir),
        new BuildListener() {
          @Override
          public void documentDone(DocumentReport r) {
            seen.add(r.origin());
          }
        });
    assertThat(summary.documents()).hasSize(20);
    assertThat(seen).hasSize(20);
    assertThat(summary.count(DocumentReport.Status.FAILED)).isEqualTo(1);
    DocumentReport failed = summary.documents().stream()
        .filter(d -> d.status() == DocumentReport.Status.FAILED).findFirst().orElseThrow();
    assertThat(failed.id()).isEqualTo("doc7");
    assertThat(failed.error()).contains("tokenizer exploded");
    assertThat(maxConcurrent.get()).isBetween(1, 3);
  }

}
