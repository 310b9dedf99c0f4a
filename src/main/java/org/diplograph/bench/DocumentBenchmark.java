package org.diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.Exporter;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.ingest.IngestResult;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.InputFiles;
import org.diplograph.model.Document;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildPipeline;
import org.diplograph.pipeline.BuildSummary;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.pipeline.ReferenceSetup;
import org.diplograph.pipeline.StageTimes;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.diplograph.validate.GraphValidator;

/**
 * The throughput benchmark: on the same documents, (a) CoreNLP's French pipeline alone with N
 * threads, then (b) the whole build with N threads into a fresh store, reference graph and Turtle
 * export included; their ratio says what everything besides CoreNLP costs.
 *
 * <p>The input is read once, repeated {@code repeat} times under new ids (so the corpus can be
 * made as large as needed), and written as text files with sidecars to a work folder, from which
 * the build reads it as {@code build} would. Models, rules and gazetteer are loaded before either
 * run (their load times are reported apart), and CoreNLP is warmed up on a few documents, so
 * neither run pays for the other's start.
 */
public final class DocumentBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the benchmark measured.
   *
   * @param documents       documents in each run
   * @param tokens          words the NLP stage produced
   * @param threads         threads of each run
   * @param modelLoadMillis CoreNLP model loading
   * @param rulesLoadMillis rules, gazetteer, shapes and reference graph loading
   * @param nlpMillis       (a): wall time of CoreNLP alone (median over the rounds)
   * @param nlpPeakHeap     peak heap during (a), bytes
   * @param buildMillis     (b): wall time of the whole build, export included (median; the
   *                        parts below are those of that round)
   * @param referenceMillis validating and storing the reference graph, beside the pipeline
   * @param pipelineMillis  of which: the pipeline (ingest to store)
   * @param exportMillis    of which: the Turtle export
   * @param stageMillis     the pipeline's stages, summed over threads
   * @param buildPeakHeap   peak heap during (b), bytes
   * @param contacts        contacts the build extracted
   * @param nlpRounds       (a) of each round
   * @param buildRounds     (b) of each round
   */
  public record Result(int documents, long tokens, int threads, long modelLoadMillis,
      long rulesLoadMillis, long nlpMillis, long nlpPeakHeap, long buildMillis,
      long referenceMillis, long pipelineMillis, long exportMillis,
      Map<StageTimes.Stage, Long> stageMillis, long buildPeakHeap, long contacts,
      List<Long> nlpRounds, List<Long> buildRounds) {

    /**
     * (b) / (a): the median of the rounds' ratios (each round runs (a) and (b) back to back, so
     * its ratio is not thrown off by the machine being slower or faster in another round).
     */
    public double ratio() {
      List<Double> ratios = roundRatios().stream().sorted().toList();
      return ratios.get(ratios.size() / 2);
    }

    /** (b) / (a) of each round. */
    public List<Double> roundRatios() {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < nlpRounds.size(); i++) {
        out.add((double) buildRounds.get(i) / nlpRounds.get(i));
      }
      return out;
    }
  }

  private DocumentBenchmark() {
  }

  /**
   * Runs both measurements.
   *
   * @param inputs   files and folders to read
   * @param threads  threads of both runs
   * @param repeat   how many times each document is used (under new ids)
   * @param rounds   how many times (a) and (b) each run, taking turns; figures are medians
   * @param work     an empty folder for the repeated corpus, the store and the export
   * @param progress receives a line per step
   */
  public static Result run(List<Path> inputs, int threads, int repeat, int rounds, Path work,
      Consumer<String> progress) throws IOException {
    if (threads < 1 || repeat < 1 || rounds < 1) {
      throw new IllegalArgumentException("threads, repeat and rounds must be at least 1, not "
          + threads + ", " + repeat + " and " + rounds);
    }
    List<Document> read = read(inputs);
    if (read.isEmpty()) {
      throw new IllegalArgumentException("no readable document under " + inputs);
    }
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<Document> documents = new ArrayList<>();
    for (int r = 1; r <= repeat; r++) {
      for (Document d : read) {
        String id = repeat == 1 ? d.id() : d.id() + "-r" + r;
        documents.add(new Document(id, d.origin(), d.text(), d.body(), d.published(), d.url(),
            d.source(), d.title()));
        writeWithSidecar(corpus, id, d);
      }
    }
    progress.accept(documents.size() + " documents (" + read.size() + " read, used " + repeat
        + " times), " + threads + " threads");

    long t = System.nanoTime();
    CoreNlpFrench nlp = CoreNlpFrench.shared();
    long modelLoad = nlp.loadMillis() > 0 ? nlp.loadMillis() : millisSince(t);
    t = System.nanoTime();
    RuleBasedExtractor.standard();
    GraphValidator validator = GraphValidator.standard();
    ReferenceGraph reference = ReferenceGraph.load();
    Fingerprint fingerprint = Fingerprint.of(reference);
    long rulesLoad = millisSince(t);
    progress.accept("models loaded in " + modelLoad + " ms, rules and gazetteer in " + rulesLoad + " ms");
    // warm-up, as any benchmark of the JVM needs: CoreNLP and the rest of the build, untimed, on
    // a few documents
    Path warmCorpus = Files.createDirectories(work.resolve("warm-up"));
    for (Document d : documents.subList(0, Math.min(20, documents.size()))) {
      nlp.annotate(d);
      writeWithSidecar(warmCorpus, d.id(), d);
    }
    build(nlp, validator, reference, fingerprint, warmCorpus, threads, work.resolve("store-warm-up"),
        work.resolve("export-warm-up.ttl"));
    // (a) and (b) take turns, so that neither gains from running second (a warmer JIT, a quieter
    // machine); each figure is the median over the rounds
    List<Long> nlpRuns = new ArrayList<>();
    List<Build> buildRuns = new ArrayList<>();
    long tokens = 0;
    long nlpPeak = 0;
    for (int round = 1; round <= rounds; round++) {
      resetPeaks();
      long t0 = System.nanoTime();
      tokens = nlpAlone(nlp, documents, threads);
      nlpRuns.add(millisSince(t0));
      nlpPeak = Math.max(nlpPeak, peakHeap());
      progress.accept("round " + round + ": (a) CoreNLP alone " + nlpRuns.get(nlpRuns.size() - 1) + " ms");
      Build b = build(nlp, validator, reference, fingerprint, corpus, threads,
          work.resolve("store-" + round), work.resolve("export-" + round + ".ttl"));
      buildRuns.add(b);
      progress.accept("round " + round + ": (b) whole build " + b.millis() + " ms");
    }
    Build median = buildRuns.stream().sorted(java.util.Comparator.comparingLong(Build::millis))
        .toList().get(rounds / 2);
    return new Result(documents.size(), tokens, threads, modelLoad, rulesLoad,
        median(nlpRuns), nlpPeak, median.millis(), median.referenceMillis(), median.pipelineMillis(),
        median.exportMillis(), median.summary().stageMillis(),
        buildRuns.stream().mapToLong(Build::peakHeap).max().orElse(0), median.summary().contacts(),
        List.copyOf(nlpRuns), buildRuns.stream().map(Build::millis).toList());
  }

  /** One run of (b). */
  private record Build(long millis, long referenceMillis, long pipelineMillis, long exportMillis,
      long peakHeap, BuildSummary summary) {
  }

  /** (a): annotates every document with {@code threads} threads; returns the words produced. */
  private static long nlpAlone(CoreNlpFrench nlp, List<Document> documents, int threads) {
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Document d : documents) {
        futures.add(pool.submit(() -> tokens.addAndGet(nlp.annotate(d).wordCount())));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("CoreNLP failed during the benchmark: " + e, e);
    } finally {
      pool.shutdown();
    }
    return tokens.get();
  }

  /** (b): the whole build into a fresh store, then the Turtle export. */
  private static Build build(CoreNlpFrench nlp, GraphValidator validator, ReferenceGraph reference,
      Fingerprint fingerprint, Path corpus, int threads, Path storeDir, Path export) throws IOException {
    resetPeaks();
    long t = System.nanoTime();
    BuildSummary summary;
    long pipelineMillis;
    long exportMillis;
    long[] referenceMillis = new long[1];
    try (DiplographStore store = DiplographStore.create(storeDir)) {
      long p0 = System.nanoTime();
      // as build does: the reference graph is validated and stored beside the documents
      summary = new BuildPipeline(() -> nlp, RuleBasedExtractor.standard(), store, fingerprint,
          new BuildPipeline.Options(threads, Ingestor.DEFAULT_MAX_DOC_BYTES, 64, false))
          .run(List.of(corpus), BuildListener.NONE, () -> {
            long r0 = System.nanoTime();
            ReferenceSetup.install(store, reference, validator);
            referenceMillis[0] = millisSince(r0);
          });
      pipelineMillis = millisSince(p0);
      long e0 = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(export)) {
        Exporter.write(store.dataset(), ExportFormat.TTL, out);
      }
      exportMillis = millisSince(e0);
    }
    long millis = millisSince(t);
    if (summary.anyFailed()) {
      throw new IllegalStateException("the build failed on some documents: "
          + summary.documents().stream().filter(d -> d.error() != null).findFirst().orElseThrow().error());
    }
    return new Build(millis, referenceMillis[0], pipelineMillis, exportMillis, peakHeap(), summary);
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static List<Document> read(List<Path> inputs) {
    List<Document> out = new ArrayList<>();
    new Ingestor().read(InputFiles.under(inputs).files(), r -> {
      if (r instanceof IngestResult.Read ok) {
        out.add(ok.document());
      }
    });
    return out;
  }

  private static void writeWithSidecar(Path dir, String id, Document d) {
    try {
      Files.writeString(dir.resolve(id + ".txt"), d.text(), StandardCharsets.UTF_8);
      ObjectNode sidecar = JSON.createObjectNode().put("id", id);
      if (d.published() != null) {
        sidecar.put("published", d.published().toString());
      }
      sidecar.put("url", d.url()).put("source", d.source()).put("title", d.title());
      JSON.writeValue(dir.resolve(id + ".json").toFile(), sidecar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The heap's peak since {@link #resetPeaks}: the sum of the heap pools' peaks (an upper bound). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
