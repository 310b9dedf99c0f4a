package org.diplograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplograph.extract.RuleBasedExtractor;
import org.diplograph.nlp.CoreNlpFrench;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildPipeline;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.pipeline.ReferenceSetup;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.diplograph.validate.GraphValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode, with two worker threads, on the seed articles: its shards, loaded
 * with {@code load}, make exactly the store that {@code build} makes (the same quads).
 */
class SparkBuildTest {

  @Test
  void theJobsShardsLoadIntoTheStoreThatBuildMakes(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    SparkBuild.Result result;
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("diplograph-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      result = SparkBuild.run(sc, List.of(Path.of("data", "corpus").toAbsolutePath().toUri().toString()),
          out.toUri().toString(), 3, 5_000_000, false);
    }
    assertThat(result).isEqualTo(new SparkBuild.Result(5, 5, 5, 0));
    List<Path> shards = files(out.resolve("quads"), ".nq");
    assertThat(shards).isNotEmpty();
    List<String> reports = files(out.resolve("reports"), ".jsonl").stream()
        .flatMap(SparkBuildTest::lines).toList();
    assertThat(reports).hasSize(5).allMatch(r -> r.contains("\"status\":\"STORED\""));

    ReferenceGraph reference = ReferenceGraph.load();
    Set<Quad> loaded;
    try (DiplographStore store = DiplographStore.create(dir.resolve("loaded"))) {
      ReferenceSetup.install(store, reference, GraphValidator.standard());
      store.bulkLoad(shards, (fmt, args) -> { });
      loaded = quads(store);
    }
    Set<Quad> built;
    try (DiplographStore store = DiplographStore.create(dir.resolve("built"))) {
      ReferenceSetup.install(store, reference, GraphValidator.standard());
      new BuildPipeline(CoreNlpFrench::shared, RuleBasedExtractor.standard(), store,
          Fingerprint.of(reference), new BuildPipeline.Options(2, 5_000_000, 8, false))
          .run(List.of(Path.of("data", "corpus")), BuildListener.NONE);
      built = quads(store);
    }
    assertThat(loaded).hasSize(built.size());
    assertThat(loaded).isEqualTo(built);
  }

  private static List<Path> files(Path dir, String extension) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Stream<String> lines(Path p) {
    try {
      return Files.readAllLines(p).stream().filter(l -> !l.isBlank());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<Quad> quads(DiplographStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      Set<Quad> quads = new HashSet<>();
      store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
      return quads;
    });
  }
}
