package org.diplograph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.ingest.IngestResult;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.pipeline.DocumentProcessor;
import org.diplograph.pipeline.DocumentReport;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.pipeline.StageTimes;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.validate.GraphValidator;

/**
 * What every task of the job needs, made once per executor JVM and shared by all its tasks and
 * threads: the CoreNLP pipeline (the same shared instance {@code build} uses), the extractor, the
 * shapes, the reference graph and the fingerprint that makes content hashes.
 */
final class ExecutorStages {

  private static volatile ExecutorStages instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentProcessor processor;
  private final Graph reference;
  private final Fingerprint fingerprint;

  private ExecutorStages() {
    ReferenceGraph ref = ReferenceGraph.load();
    reference = ref.graph();
    fingerprint = Fingerprint.of(ref);
    processor = new DocumentProcessor(CoreNlpFrench::shared, RuleBasedExtractor.standard(),
        GraphValidator.standard(), new StageTimes());
  }

  static ExecutorStages get() {
    ExecutorStages s = instance;
    if (s == null) {
      synchronized (ExecutorStages.class) {
        s = instance;
        if (s == null) {
          instance = s = new ExecutorStages();
        }
      }
    }
    return s;
  }

  /** One ingest result through the build's stages: its quads and its report. */
  DocumentOutput handle(IngestResult result) {
    if (result instanceof IngestResult.Failed failed) {
      return new DocumentOutput("",
          json(DocumentProcessor.failed(null, failed.origin(), List.of(), failed.reason()).report()));
    }
    IngestResult.Read read = (IngestResult.Read) result;
    DocumentProcessor.Outcome outcome = processor.process(read, fingerprint.of(read.document()));
    String quads = "";
    if (outcome.graph() != null) {
      List<Quad> kept = new ArrayList<>();
      outcome.graph().storedQuads(reference::contains, kept::add);
      quads = nquads(kept);
    }
    return new DocumentOutput(quads, json(outcome.report()));
  }

  private static String nquads(List<Quad> quads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
    writer.start();
    quads.forEach(writer::quad);
    writer.finish();
    // one document's lines, without the last line break: saveAsTextFile adds one
    return out.toString(StandardCharsets.UTF_8).stripTrailing();
  }

  private static String json(DocumentReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
