package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.ingest.Ingestor;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.pipeline.BuildPipeline;
import org.diplograph.pipeline.BuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph build [PATH...]}. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {
        "Reads articles (.txt, .html, .jsonl; folders recursively), finds the diplomatic contacts"
            + " they report and stores them in the TDB2 store.",
        "A .txt or .html file may have a sidecar NAME.json with id, published, url, source and"
            + " title. Bad files are reported with their path and reason; the others go on."})
final class BuildCommand extends DiplographCommand {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to read. Default: data/corpus.")
  List<Path> paths = List.of(Path.of("data", "corpus"));

  @Option(names = "--max-doc-bytes", paramLabel = "BYTES", defaultValue = "" + Ingestor.DEFAULT_MAX_DOC_BYTES,
      description = "Documents larger than this are reported and not processed."
          + " Default: ${DEFAULT-VALUE}.")
  long maxDocBytes;

  @Override
  protected int run() {
    if (maxDocBytes < 1) {
      throw new UserError(ExitCodes.USAGE, "--max-doc-bytes must be positive, not " + maxDocBytes);
    }
    ConsoleReporter reporter = new ConsoleReporter(out(), err(), common.quiet());
    reporter.loadingModels();
    CoreNlpFrench nlp = CoreNlpFrench.shared();
    reporter.modelsLoaded(nlp.loadMillis());
    BuildSummary summary = new BuildPipeline(nlp, common.threads(), maxDocBytes).run(paths, reporter);
    return summary.anyFailed() ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
  }
}
