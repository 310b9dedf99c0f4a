package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.export.ExportFormat;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.ingest.Ingestor;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.pipeline.BuildPipeline;
import org.diplograph.pipeline.BuildSummary;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.pipeline.ReferenceSetup;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.diplograph.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph build [PATH...]}. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {
        "Reads articles (.txt, .html, .jsonl; folders recursively), finds the diplomatic contacts"
            + " they report, stores one named graph per document in the TDB2 store (replacing what"
            + " it had for that document), and writes a Turtle dump of the whole graph.",
        "A .txt or .html file may have a sidecar NAME.json with id, published, url, source and"
            + " title. Bad files are reported with their path and reason; the others go on."
            + " Documents already stored unchanged are skipped."})
final class BuildCommand extends DiplographCommand {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to read. Default: data/corpus.")
  List<Path> paths = List.of(Path.of("data", "corpus"));

  @Option(names = "--max-doc-bytes", paramLabel = "BYTES",
      defaultValue = "" + Ingestor.DEFAULT_MAX_DOC_BYTES,
      description = "Documents larger than this are reported and not processed."
          + " Default: ${DEFAULT-VALUE}.")
  long maxDocBytes;

  @Option(names = "--export", paramLabel = "FILE", defaultValue = "export/diplograph.ttl",
      description = "Where to write the Turtle dump of the whole graph after the build."
          + " Default: ${DEFAULT-VALUE}.")
  Path export;

  @Option(names = "--no-export", description = "Do not write the Turtle dump.")
  boolean noExport;

  @Option(names = "--force",
      description = "Process every document again, even those stored unchanged"
          + " (after changing rules or code during development).")
  boolean force;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "64",
      description = "Documents stored per transaction: a killed build redoes at most this many."
          + " Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = "--fail-fast",
      description = "Stop reading input at the first document that fails (the documents already"
          + " being processed are finished and stored). Default: report failures and go on.")
  boolean failFast;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the build as JSON: a summary, then every document with its status,"
          + " counts, warnings and error.")
  Path report;

  @Override
  protected int run() throws java.io.IOException {
    if (maxDocBytes < 1) {
      throw new UserError(ExitCodes.USAGE, "--max-doc-bytes must be positive, not " + maxDocBytes);
    }
    if (batchSize < 1) {
      throw new UserError(ExitCodes.USAGE, "--batch-size must be at least 1, not " + batchSize);
    }
    ConsoleReporter reporter = new ConsoleReporter(out(), err(), common.quiet());
    ReferenceGraph reference = ReferenceGraph.load();
    try (DiplographStore store = DiplographStore.create(common.store())) {
      BuildPipeline pipeline = new BuildPipeline(() -> loadModels(reporter), RuleBasedExtractor.standard(),
          store, Fingerprint.of(reference),
          new BuildPipeline.Options(common.threads(), maxDocBytes, batchSize, force, failFast));
      // the reference graph is checked and stored while the documents are read and the models load
      BuildSummary summary = pipeline.run(paths, reporter, () -> ReferenceSetup.install(store, reference, GraphValidator.standard()));
      if (report != null) {
        ReportFile.write(report, summary, store.directory());
      }
      reporter.stored(store.directory(), store.documentIds().size(), store.quadCount());
      if (!noExport) {
        long triples = Dumps.write(store, ExportFormat.TTL, export);
        reporter.exported(export, triples);
      }
      return summary.anyFailed() ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
    }
  }

  private static Annotator loadModels(ConsoleReporter reporter) {
    reporter.loadingModels();
    CoreNlpFrench nlp = CoreNlpFrench.shared();
    reporter.modelsLoaded(nlp.loadMillis());
    return nlp;
  }
}
