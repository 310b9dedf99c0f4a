package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplograph.bench.DocumentBenchmark;
import org.diplograph.bench.QueryBenchmark;
import org.diplograph.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplograph bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
        "Measures throughput: on the same documents, (a) CoreNLP's French pipeline alone, then"
            + " (b) the whole build into a fresh store (reference graph and Turtle export"
            + " included), with --threads threads each; prints documents/s, tokens/s, the time of"
            + " each stage, peak heap and the ratio (b)/(a). Model loading is reported apart.",
        "With --synthetic N: fills a fresh store with N synthetic contacts and prints the median"
            + " latency of each saved query on it.",
        "Nothing is written outside a temporary folder (or --work DIR)."})
final class BenchCommand extends DiplographCommand {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to read. Default: data/corpus.")
  List<Path> paths = List.of(Path.of("data", "corpus"));

  @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
      description = "Use each document K times (under new ids), to make a larger corpus."
          + " Default: ${DEFAULT-VALUE}.")
  int repeat;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "1",
      description = "Run (a) and (b) R times each, taking turns, and print the medians."
          + " Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--synthetic", paramLabel = "N",
      description = "Instead: time the saved queries on a store of N synthetic contacts.")
  Integer synthetic;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
      description = "With --synthetic: how many times each saved query runs (the median is"
          + " printed). Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--work", paramLabel = "DIR",
      description = "The folder for the benchmark's corpus, store and export (kept afterwards)."
          + " Default: a temporary folder, deleted afterwards.")
  Path work;

  @Override
  protected int run() throws IOException {
    if (repeat < 1) {
      throw new UserError(ExitCodes.USAGE, "--repeat must be at least 1, not " + repeat);
    }
    if (synthetic != null && synthetic < 1) {
      throw new UserError(ExitCodes.USAGE, "--synthetic must be at least 1, not " + synthetic);
    }
    if (rounds < 1) {
      throw new UserError(ExitCodes.USAGE, "--rounds must be at least 1, not " + rounds);
    }
    if (runs < 1) {
      throw new UserError(ExitCodes.USAGE, "--runs must be at least 1, not " + runs);
    }
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("diplograph-bench");
    if (work != null) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new UserError(ExitCodes.USAGE, "--work " + dir + " is not empty");
        }
      }
    }
    PrintWriter out = out();
    try {
      if (synthetic != null) {
        QueryBenchmark.Result r = QueryBenchmark.run(synthetic, runs, dir, this::progress);
        print(out, r);
      } else {
        DocumentBenchmark.Result r = DocumentBenchmark.run(paths, common.threads(), repeat, rounds,
            dir, this::progress);
        print(out, r);
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    } finally {
      if (work == null) {
        deleteQuietly(dir);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void progress(String line) {
    if (!common.quiet()) {
      err().println(line);
      err().flush();
    }
  }

  static void print(PrintWriter out, DocumentBenchmark.Result r) {
    out.printf(Locale.ROOT, "%d documents, %d tokens, %d threads (%d processors), %d contacts%n",
        r.documents(), r.tokens(), r.threads(), Runtime.getRuntime().availableProcessors(), r.contacts());
    out.printf(Locale.ROOT, "model loading           %8.1f s%n", r.modelLoadMillis() / 1000.0);
    out.printf(Locale.ROOT, "rules and gazetteer     %8.1f s%n", r.rulesLoadMillis() / 1000.0);
    out.printf(Locale.ROOT, "%-22s %9s %9s %10s %10s%n", "", "wall", "docs/s", "tokens/s", "peak heap");
    row(out, "(a) CoreNLP alone", r.nlpMillis(), r.documents(), r.tokens(), r.nlpPeakHeap());
    row(out, "(b) whole build", r.buildMillis(), r.documents(), r.tokens(), r.buildPeakHeap());
    out.printf(Locale.ROOT, "    pipeline           %8.1f s  (reference graph beside it: %.1f s)%n",
        r.pipelineMillis() / 1000.0, r.referenceMillis() / 1000.0);
    out.printf(Locale.ROOT, "    export             %8.1f s%n", r.exportMillis() / 1000.0);
    out.print("stages, summed over threads:");
    for (StageTimes.Stage s : StageTimes.Stage.values()) {
      out.printf(Locale.ROOT, " %s %.1f s", s.name().toLowerCase(Locale.ROOT),
          r.stageMillis().getOrDefault(s, 0L) / 1000.0);
    }
    out.println();
    out.printf(Locale.ROOT, "ratio (b)/(a)           %8.2f%n", r.ratio());
    if (r.nlpRounds().size() > 1) {
      out.println("rounds (ms): (a) " + r.nlpRounds() + ", (b) " + r.buildRounds() + ", ratios "
          + r.roundRatios().stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList()
          + " (figures above: medians; the ratio is the median of the rounds' ratios)");
    }
  }

  private static void row(PrintWriter out, String name, long millis, int docs, long tokens, long heap) {
    double s = millis / 1000.0;
    out.printf(Locale.ROOT, "%-22s %7.1f s %9.2f %10.0f %7.2f GB%n", name, s, docs / s, tokens / s,
        heap / 1e9);
  }

  static void print(PrintWriter out, QueryBenchmark.Result r) {
    out.printf(Locale.ROOT, "%d synthetic contacts in %d documents (%d quads), filled in %.1f s%n",
        r.contacts(), r.documents(), r.quads(), r.fillMillis() / 1000.0);
    out.printf(Locale.ROOT, "%-28s %12s %8s%n", "saved query", "median (ms)", "rows");
    for (QueryBenchmark.Timing t : r.timings()) {
      out.printf(Locale.ROOT, "%-28s %12.1f %8d%n", t.query(), t.medianMillis(), t.rows());
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: left for the system to clean
    }
  }
}
