package org.diplograph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplograph.extract.ContactExtractor;
import org.diplograph.model.Actor;
import org.diplograph.model.Contact;
import org.diplograph.model.ContactStatus;
import org.diplograph.model.ContactType;
import org.diplograph.model.Mention;
import org.diplograph.model.Participant;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.nlp.Seeds;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPipelineTest {

  static final Fingerprint FINGERPRINT = Fingerprint.of(ReferenceGraph.load());
  /** Annotates nothing: each document is one empty analysis, so tests run without the models. */
  static final Annotator NO_NLP = doc -> new AnnotatedDocument(doc, List.of());

  @TempDir
  Path dir;
  DiplographStore store;

  @BeforeEach
  void openStore() {
    store = DiplographStore.create(dir.resolve("store"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private BuildSummary build(Annotator nlp, ContactExtractor extractor, int threads, Path... inputs) {
    return new BuildPipeline(() -> nlp, extractor, store, FINGERPRINT,
        new BuildPipeline.Options(threads, 1_000_000, 4, false))
        .run(List.of(inputs), BuildListener.NONE);
  }

  /** A toy extractor: "X Y" in a document's text means a held meeting of persons X and Y. */
  static final ContactExtractor WORDS_MEET = annotated -> {
    String[] names = annotated.document().text().strip().split("\\s+");
    List<Participant> people = Arrays.stream(names)
        .map(n -> new Participant(new Actor("person/" + n.toLowerCase(), Actor.Kind.PERSON, n), null))
        .toList();
    return List.of(new Contact(ContactType.MEETING, people, null, null, null, ContactStatus.HELD,
        List.of(), List.of(new Mention(annotated.document().text(), 0, 3, "test", ContactStatus.HELD)),
        0.5, null));
  };

  @Test
  void workersSharingOnePipelineAnnotateExactlyAsOneThreadDoes() {
    Map<String, AnnotatedDocument> parallel = new ConcurrentHashMap<>();
    Annotator recording = doc -> {
      AnnotatedDocument a = CoreNlpFrench.shared().annotate(doc);
      parallel.put(doc.id(), a);
      return a;
    };
    BuildSummary summary = build(recording, ContactExtractor.NONE, 2, Path.of("data", "corpus"));
    assertThat(summary.documents()).hasSize(5)
        .allMatch(d -> d.status() == DocumentReport.Status.STORED);
    for (String id : Seeds.IDS) {
      assertThat(parallel.get(id).sentences()).as(id).isEqualTo(Seeds.annotated(id).sentences());
    }
    assertThat(store.documentIds()).containsExactlyElementsOf(Seeds.IDS);
  }

  @Test
  void aDocumentThatFailsInTheNlpStageIsReportedAndTheOthersAreStored() throws Exception {
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
    BuildSummary summary = new BuildPipeline(() -> flaky, ContactExtractor.NONE, store,
        FINGERPRINT, new BuildPipeline.Options(3, 1_000_000, 4, false))
        .run(List.of(dir), new BuildListener() {
          @Override
          public void documentDone(DocumentReport r) {
            seen.add(r.origin());
          }
        });
    assertThat(summary.documents()).hasSize(20);
    assertThat(seen).hasSize(20);
    DocumentReport failed = summary.documents().stream()
        .filter(d -> d.status() == DocumentReport.Status.FAILED).findFirst().orElseThrow();
    assertThat(failed.id()).isEqualTo("doc7");
    assertThat(failed.error()).contains("tokenizer exploded");
    assertThat(summary.count(DocumentReport.Status.STORED)).isEqualTo(19);
    assertThat(store.documentIds()).hasSize(19).doesNotContain("doc7");
    assertThat(maxConcurrent.get()).isBetween(1, 3);
  }

  @Test
  void buildingTwiceStoresNothingTwiceAndDoesNotAnnotateAgain() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Poutine Kerry");
    Files.writeString(dir.resolve("b.txt"), "Biden Poutine");
    build(NO_NLP, WORDS_MEET, 2, dir.resolve("a.txt"), dir.resolve("b.txt"));
    long quads = store.quadCount();
    AtomicInteger annotated = new AtomicInteger();
    Annotator counting = doc -> {
      annotated.incrementAndGet();
      return NO_NLP.annotate(doc);
    };
    BuildSummary again = build(counting, WORDS_MEET, 2, dir.resolve("a.txt"), dir.resolve("b.txt"));
    assertThat(again.documents()).allMatch(d -> d.status() == DocumentReport.Status.UNCHANGED);
    assertThat(annotated).hasValue(0);
    assertThat(store.quadCount()).isEqualTo(quads);
  }

  @Test
  void aChangedDocumentReplacesItsOldTriples() throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "Poutine Kerry");
    build(NO_NLP, WORDS_MEET, 1, a);
    assertThat(participants()).containsExactly("Kerry", "Poutine");
    Files.writeString(a, "Macron Xi");
    BuildSummary second = build(NO_NLP, WORDS_MEET, 1, a);
    assertThat(second.documents()).singleElement()
        .extracting(DocumentReport::status).isEqualTo(DocumentReport.Status.STORED);
    assertThat(participants()).containsExactly("Macron", "Xi");
  }

  @Test
  void aGraphThatViolatesTheShapesIsNotStoredAndTheReportNamesTheShape() throws Exception {
    Files.writeString(dir.resolve("alone.txt"), "Poutine");
    Files.writeString(dir.resolve("pair.txt"), "Poutine Kerry");
    BuildSummary summary = build(NO_NLP, WORDS_MEET, 1, dir);
    DocumentReport alone = summary.documents().stream().filter(d -> "alone".equals(d.id()))
        .findFirst().orElseThrow();
    assertThat(alone.status()).isEqualTo(DocumentReport.Status.FAILED);
    assertThat(alone.error()).contains("does not conform to the shapes")
        .contains("dgsh:TwoPartyContactShape").contains("at least two participants");
    assertThat(store.documentIds()).containsExactly("pair");
  }

  private List<String> participants() {
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> names = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
          PREFIX dg: <https://w3id.org/diplograph/ontology#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          SELECT ?name { ?c dg:participant/rdfs:label ?name } ORDER BY ?name""").build()) {
        qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
      }
      return names;
    });
  }
}
