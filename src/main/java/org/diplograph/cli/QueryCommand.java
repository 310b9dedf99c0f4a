package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.rules.ClasspathFiles;
import org.diplograph.store.DiplographStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph query FILE.rq | --sparql TEXT}. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {
        "Runs a SPARQL query on the store. The default graph is the union of all graphs.",
        "SELECT and ASK results print in --format; CONSTRUCT and DESCRIBE print Turtle.",
        "Example: diplograph query queries/contacts-of-person.rq"
            + " --param person=dgid:person/vladimir-poutine"})
final class QueryCommand extends DiplographCommand {

  static final class Source {
    @Parameters(paramLabel = "FILE",
        description = "A saved query: a .rq file, or the name of one of the saved queries bundled"
            + " with diplograph (e.g. who-met-whom).")
    String file;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
    String sparql;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = {"Binds the query variable ?NAME to VALUE (repeatable). VALUE is an IRI"
          + " (<...>, http(s)://..., or prefixed like dgid:person/vladimir-poutine), a date"
          + " (2019-05-14, 2019-05, --05-14), a number, true/false, LEXICAL^^xsd:TYPE,"
          + " \"text\"@fr, or else a string. Values are bound as single RDF terms and can never"
          + " change the query's structure."})
  List<String> params = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv, tsv or json (W3C SPARQL 1.1 results JSON). Default: ${DEFAULT-VALUE}.")
  ResultFormat format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Stop a query that runs longer than this. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Override
  protected int run() throws IOException {
    if (timeoutSeconds < 1) {
      throw new UserError(ExitCodes.USAGE, "--timeout must be at least 1 second, not " + timeoutSeconds);
    }
    String name = source.sparql != null ? "--sparql" : source.file;
    String text = source.sparql != null ? source.sparql : readQuery(source.file);
    Map<String, String> bindings = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq < 1) {
        throw new UserError(ExitCodes.USAGE, "--param takes NAME=VALUE, not \"" + p + "\"");
      }
      bindings.put(p.substring(0, eq), p.substring(eq + 1));
    }
    Query query;
    try {
      query = QueryRunner.prepare(text, bindings, name);
    } catch (QueryException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
    try (DiplographStore store = DiplographStore.open(common.store())) {
      OutputStream out = new BufferedOutputStream(new WriterOutputStream(out()));
      try {
        QueryRunner.run(store.dataset(), query, format, out, Duration.ofSeconds(timeoutSeconds));
      } catch (QueryException e) {
        throw new UserError(ExitCodes.INPUT_FAILED, name + ": " + e.getMessage(), e);
      } finally {
        out.flush();
      }
    }
    return ExitCodes.OK;
  }

  /**
   * The text of a query: a .rq file on disk, else a saved query by name ({@code who-met-whom}),
   * from {@code queries/} in the working folder or else as bundled in the jar.
   */
  static String readQuery(String file) throws IOException {
    Path path = Path.of(file);
    if (Files.isRegularFile(path)) {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
    String name = path.getFileName().toString();
    String saved = "queries/" + (name.endsWith(".rq") ? name : name + ".rq");
    if (Files.isRegularFile(Path.of(saved))) {
      return Files.readString(Path.of(saved), StandardCharsets.UTF_8);
    }
    try {
      return new String(ClasspathFiles.read(saved), StandardCharsets.UTF_8);
    } catch (java.io.UncheckedIOException notBundled) {
      throw new UserError(ExitCodes.USAGE, "no query file " + file
          + " (and no saved query of that name)");
    }
  }
}
