package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.Exporter;
import org.diplograph.store.DiplographStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diplograph export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
        "Writes the store as a dump: Turtle (the union of all graphs), TriG or N-Quads (every"
            + " named graph), or JSON-LD 1.1.",
        "Turtle, TriG and N-Quads dumps are sorted, so dumps of the same graph are identical.",
        "With --format html: the explore page (network, timeline, contacts and their sentences)"
            + " as one file that opens from disk, with its libraries and the data inlined."})
final class ExportCommand extends DiplographCommand {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
      description = "ttl, trig, nq, jsonld or html. Default: ${DEFAULT-VALUE}.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "The file to write (written whole or not at all). Default: standard output.")
  Path file;

  @Override
  protected int run() throws IOException {
    try (DiplographStore store = DiplographStore.open(common.store())) {
      if (file != null) {
        long n = Dumps.write(store, format, file);
        if (!common.quiet()) {
          err().printf("Wrote %s (%d %s).%n", file, n, switch (format) {
            case TTL -> "triples";
            case HTML -> "contacts";
            default -> "quads";
          });
        }
        return ExitCodes.OK;
      }
      OutputStream out = new BufferedOutputStream(new WriterOutputStream(out()));
      Exporter.write(store.dataset(), format, out);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
