package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.store.DiplographStore;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps of a real TDB2 store, read back by an independent parser (Eclipse RDF4J Rio). */
class ExporterTest {

  @TempDir
  static Path dir;
  static DiplographStore store;

  @BeforeAll
  static void loadFixture() {
    store = DiplographStore.create(dir.resolve("store"));
    Txn.executeWrite(store.dataset(),
        () -> RDFDataMgr.read(store.dataset(), "src/test/resources/queries/fixture.trig"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static byte[] dump(ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.write(store.dataset(), format, out);
    return out.toByteArray();
  }

  @Test
  void turtleHoldsTheUnionGraphAndAnotherParserReadsTheSameTriples() throws IOException {
    byte[] ttl = dump(ExportFormat.TTL);
    Model parsed = Rio.parse(new ByteArrayInputStream(ttl), "", RDFFormat.TURTLE);
    assertThat((long) parsed.size()).isEqualTo(store.unionTripleCount());
    assertThat(new String(ttl, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("PREFIX ").contains("dg:Meeting").contains("\"Genève\"@fr");
  }

  @Test
  void trigAndNQuadsHoldEveryGraphAndAnotherParserReadsTheSameQuads() throws IOException {
    for (ExportFormat f : new ExportFormat[] {ExportFormat.TRIG, ExportFormat.NQ}) {
      Model parsed = Rio.parse(new ByteArrayInputStream(dump(f)), "",
          f == ExportFormat.TRIG ? RDFFormat.TRIG : RDFFormat.NQUADS);
      assertThat((long) parsed.size()).as(f.name()).isEqualTo(store.quadCount());
      assertThat(parsed.contexts()).as(f.name()).hasSize(6);
    }
  }

  @Test
  void jsonLdRoundTripsToTheSameQuads() {
    DatasetGraph back = DatasetGraphFactory.create();
    RDFDataMgr.read(back, new ByteArrayInputStream(dump(ExportFormat.JSONLD)), Lang.JSONLD11);
    Dataset original = store.dataset();
    Txn.executeRead(original, () -> {
      assertThat(back.stream().count()).isEqualTo(store.quadCount());
      original.listModelNames().forEachRemaining(g -> assertThat(
          back.getGraph(g.asNode()).isIsomorphicWith(original.getNamedModel(g).getGraph()))
          .as(g.getURI()).isTrue());
    });
  }

  @Test
  void dumpsAreDeterministic() {
    for (ExportFormat f : new ExportFormat[] {ExportFormat.TTL, ExportFormat.TRIG, ExportFormat.NQ}) {
      assertThat(dump(f)).as(f.name()).isEqualTo(dump(f));
    }
  }
}
