package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.diplograph.bench.QueryBenchmark;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.Exporter;
import org.diplograph.pipeline.ReferenceSetup;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.validate.GraphValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** N-Quads shards of document graphs, bulk-loaded, make the store that storing them made. */
class BulkLoadTest {

  @Test
  void loadedShardsMakeTheSameStoreAndReloadingReplacesADocumentsGraph(@TempDir Path dir) throws IOException {
    QueryBenchmark.run(300, 1, dir.resolve("built"), m -> { });
    Set<Quad> built;
    List<Path> shards;
    try (DiplographStore store = DiplographStore.open(dir.resolve("built").resolve("store"))) {
      built = quads(store);
      shards = writeShards(store, dir.resolve("shards"), 3);
    }

    try (DiplographStore store = DiplographStore.create(dir.resolve("loaded"))) {
      ReferenceSetup.install(store, ReferenceGraph.load(), GraphValidator.standard());
      DiplographStore.BulkLoad done = store.bulkLoad(shards, (fmt, args) -> { });
      assertThat(done.graphs()).isEqualTo(60);
      assertThat(done.replaced()).isZero();
      // the same quads: document graphs, reference graph, and the summary derived from them
      assertThat(quads(store)).isEqualTo(built);

      // a shard holding a new version of a document's graph replaces the old one whole
      Node graph = NodeFactory.createURI(Iris.graph("synthetic-7"));
      Path newer = dir.resolve("newer.nq");
      List<Quad> kept = Txn.calculateRead(store.dataset(), () -> {
        List<Quad> q = new ArrayList<>();
        store.dataset().asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q::add);
        return q.subList(0, q.size() / 2);
      });
      try (OutputStream out = Files.newOutputStream(newer)) {
        RDFDataMgr.writeQuads(out, kept.iterator());
      }
      DiplographStore.BulkLoad again = store.bulkLoad(List.of(newer), (fmt, args) -> { });
      assertThat(again.replaced()).isEqualTo(1);
      Set<Quad> nowInGraph = Txn.calculateRead(store.dataset(), () -> {
        Set<Quad> q = new HashSet<>();
        store.dataset().asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q::add);
        return q;
      });
      assertThat(nowInGraph).isEqualTo(new HashSet<>(kept));
    }
  }

  @Test
  void aDumpByExportLoadsBackIntoTheSameStore(@TempDir Path dir) throws IOException {
    QueryBenchmark.run(100, 1, dir.resolve("built"), m -> { });
    Path dump = dir.resolve("dump.nq");
    Set<Quad> built;
    try (DiplographStore store = DiplographStore.open(dir.resolve("built").resolve("store"));
        OutputStream out = Files.newOutputStream(dump)) {
      built = quads(store);
      Exporter.write(store.dataset(), ExportFormat.NQ, out);
    }
    try (DiplographStore store = DiplographStore.create(dir.resolve("loaded"))) {
      ReferenceSetup.install(store, ReferenceGraph.load(), GraphValidator.standard());
      // the dump's reference and summary graphs are skipped: the store has made its own
      assertThat(store.bulkLoad(List.of(dump), (fmt, args) -> { }).graphs()).isEqualTo(20);
      assertThat(quads(store)).isEqualTo(built);
    }
  }

  @Test
  void aShardWithQuadsOutsideDocumentGraphsIsRefusedWithItsNameAndNothingIsLoaded(@TempDir Path dir)
      throws IOException {
    Path good = dir.resolve("good.nq");
    Files.writeString(good, "<https://w3id.org/diplograph/id/contact/k> <http://www.w3.org/2000/01/rdf-schema#label> \"x\""
        + " <" + Iris.graph("d1") + "> .\n");
    Path bad = dir.resolve("bad.nq");
    Files.writeString(bad, "<https://w3id.org/diplograph/id/person/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\""
        + " <https://example.org/elsewhere> .\n");
    Path broken = dir.resolve("broken.nq");
    Files.writeString(broken, "<a> <b> .\n");
    try (DiplographStore store = DiplographStore.create(dir.resolve("store"))) {
      assertThatThrownBy(() -> store.bulkLoad(List.of(good, bad), (fmt, args) -> { }))
          .isInstanceOf(ShardException.class).hasMessageStartingWith(bad.toString())
          .hasMessageContaining("not in a document's graph");
      assertThatThrownBy(() -> store.bulkLoad(List.of(broken), (fmt, args) -> { }))
          .isInstanceOf(ShardException.class).hasMessageStartingWith(broken.toString())
          .hasMessageContaining("line: 1");
      assertThat(store.quadCount()).isZero();
    }
  }

  private static Set<Quad> quads(DiplographStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      Set<Quad> quads = new HashSet<>();
      store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
      return quads;
    });
  }

  /** The document graphs, dealt round-robin into {@code n} shards. */
  private static List<Path> writeShards(DiplographStore store, Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<List<Quad>> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>());
    }
    List<String> ids = store.documentIds();
    Txn.executeRead(store.dataset(), () -> {
      for (int i = 0; i < ids.size(); i++) {
        List<Quad> part = parts.get(i % n);
        store.dataset().asDatasetGraph().find(NodeFactory.createURI(Iris.graph(ids.get(i))), Node.ANY, Node.ANY, Node.ANY)
            .forEachRemaining(part::add);
      }
    });
    List<Path> shards = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path shard = dir.resolve("part-" + i + ".nq");
      try (OutputStream out = Files.newOutputStream(shard)) {
        RDFDataMgr.writeQuads(out, parts.get(i).iterator());
      }
      shards.add(shard);
    }
    return shards;
  }
}
