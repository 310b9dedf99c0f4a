package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplograph.pipeline.ReferenceSetup;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.diplograph.store.ShardException;
import org.diplograph.validate.GraphValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code diplograph load}. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {
        "Loads N-Quads shards (one named graph per document, as the Spark job writes them) into"
            + " the store with TDB2's parallel bulk loader; the store then works with query, serve"
            + " and export as if build had made it.",
        "A document graph already in the store is replaced. The reference graph (ontology and"
            + " gazetteer) is stored as build stores it, and the summary graph is derived again."})
final class LoadCommand extends DiplographCommand {

  private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

  @Parameters(paramLabel = "SHARD", arity = "1..*",
      description = "N-Quads files (.nq, .nq.gz), or folders: every such file under them.")
  List<Path> inputs;

  @Override
  protected int run() throws IOException {
    List<Path> shards = shards(inputs);
    if (shards.isEmpty()) {
      throw new UserError(ExitCodes.INPUT_FAILED, "no .nq or .nq.gz file in " + inputs);
    }
    try (DiplographStore store = DiplographStore.create(common.store())) {
      ReferenceSetup.install(store, ReferenceGraph.load(), GraphValidator.standard());
      DiplographStore.BulkLoad done = store.bulkLoad(shards, (fmt, args) -> LOG.debug(String.format(fmt, args)));
      if (!common.quiet()) {
        double seconds = done.load().toMillis() / 1000.0;
        err().printf(Locale.ROOT, "Loaded %d quads from %d shards (%d document graphs, %d of them"
                + " replaced) in %.1f s: %.0f quads/s; checked in %.1f s, summary derived in %.1f s.%n",
            done.quads(), done.shards(), done.graphs(), done.replaced(), seconds,
            seconds > 0 ? done.quads() / seconds : 0.0, done.check().toMillis() / 1000.0,
            done.summary().toMillis() / 1000.0);
      }
    } catch (ShardException e) {
      throw new UserError(ExitCodes.INPUT_FAILED, e.getMessage() + " (nothing was loaded)", e);
    }
    return ExitCodes.OK;
  }

  private static List<Path> shards(List<Path> inputs) throws IOException {
    List<Path> shards = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> files = Files.walk(input)) {
          files.filter(Files::isRegularFile).filter(LoadCommand::isShard).sorted().forEach(shards::add);
        }
      } else if (Files.isRegularFile(input)) {
        shards.add(input);
      } else {
        throw new UserError(ExitCodes.INPUT_FAILED, input + ": no such file or folder");
      }
    }
    return shards;
  }

  private static boolean isShard(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".nq") || name.endsWith(".nq.gz");
  }
}
