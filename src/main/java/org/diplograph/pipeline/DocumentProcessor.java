package org.diplograph.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.ContactExtractor;
import org.diplograph.ingest.IngestResult;
import org.diplograph.model.Contact;
import org.diplograph.model.Document;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;
import org.diplograph.rdf.DocumentGraphs;
import org.diplograph.store.DocumentGraph;
import org.diplograph.validate.GraphValidator;

/**
 * One document from text to a validated graph: NLP, extraction, RDF mapping, SHACL validation.
 * The build's workers and the Spark job's tasks call this, so both produce the same graphs.
 * Thread-safe: the stages it holds are shared by all threads.
 */
public final class DocumentProcessor {

  /** One document's result: its graph, or (when {@code graph} is null) why there is none. */
  public record Outcome(DocumentReport report, DocumentGraph graph) {
  }

  private final Supplier<Annotator> annotator;
  private final ContactExtractor extractor;
  private final GraphValidator validator;
  private final StageTimes times;

  /**
   * @param annotator gives the NLP stage (called for every document: cache it in the supplier)
   * @param times     where the stages' times are added up
   */
  public DocumentProcessor(Supplier<Annotator> annotator, ContactExtractor extractor,
      GraphValidator validator, StageTimes times) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.validator = validator;
    this.times = times;
  }

  /** Processes a document that ingest read, whose content hash (see Fingerprint) is {@code hash}. */
  public Outcome process(IngestResult.Read read, String hash) {
    Document doc = read.document();
    AnnotatedDocument annotated;
    long t0 = 0;
    try {
      Annotator nlp = annotator.get();
      t0 = System.nanoTime();
      annotated = nlp.annotate(doc);
    } catch (RuntimeException e) {
      return failed(doc.id(), doc.origin(), read.warnings(), "NLP failed: " + e);
    } catch (OutOfMemoryError e) {
      // The annotation is dropped with this frame, so the heap recovers; the others go on.
      return failed(doc.id(), doc.origin(), read.warnings(), "NLP ran out of memory on this document");
    }
    long t1 = System.nanoTime();
    times.add(StageTimes.Stage.NLP, t1 - t0);
    long nlpMillis = (t1 - t0) / 1_000_000;
    try {
      List<Contact> contacts = extractor.extract(annotated);
      long t2 = System.nanoTime();
      times.add(StageTimes.Stage.EXTRACT, t2 - t1);
      Model graph = DocumentGraphs.build(doc, hash, contacts);
      long t3 = System.nanoTime();
      times.add(StageTimes.Stage.MAP, t3 - t2);
      GraphValidator.Result validation = validator.validate(graph.getGraph());
      times.add(StageTimes.Stage.VALIDATE, System.nanoTime() - t3);
      if (!validation.conforms()) {
        return failed(doc.id(), doc.origin(), read.warnings(),
            "its graph does not conform to the shapes, so it was not stored:\n  "
                + validation.summary().replace("\n", "\n  "));
      }
      DocumentReport report = new DocumentReport(doc.id(), doc.origin(), DocumentReport.Status.STORED,
          annotated.sentences().size(), annotated.wordCount(), contacts.size(), nlpMillis,
          read.warnings(), null);
      return new Outcome(report, new DocumentGraph(doc.id(), graph.getGraph()));
    } catch (RuntimeException e) {
      return failed(doc.id(), doc.origin(), read.warnings(), "extraction failed: " + e);
    }
  }

  /** A document that could not be processed, and why. */
  public static Outcome failed(String id, String origin, List<String> warnings, String reason) {
    return new Outcome(new DocumentReport(id, origin, DocumentReport.Status.FAILED, 0, 0, 0, 0,
        warnings, reason), null);
  }
}
