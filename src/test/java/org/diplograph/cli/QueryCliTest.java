package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query and export from the command line, on a real TDB2 store holding the query fixture. */
class QueryCliTest {

  @TempDir
  static Path dir;
  static Path store;

  @BeforeAll
  static void fixtureStore() {
    store = dir.resolve("store");
    try (DiplographStore s = DiplographStore.create(store)) {
      Txn.executeWrite(s.dataset(),
          () -> RDFDataMgr.read(s.dataset(), "src/test/resources/queries/fixture.trig"));
    }
  }

  private static CliTest.Run query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--store";
    all[2] = store.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliTest.run(all);
  }

  @Test
  void aSavedQueryWithAParameterPrintsATable() {
    CliTest.Run r = query("queries/contacts-of-person.rq", "--param",
        "person=dgid:person/vladimir-poutine");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("| contact").contains("\"Genève\"@fr").contains("\"John Kerry\"");
  }

  @Test
  void aSavedQueryIsFoundByItsName() {
    CliTest.Run r = query("who-met-whom", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("a,aLabel,b,bLabel,contacts,heldContacts");
  }

  @Test
  void jsonIsW3cSparqlResults() throws Exception {
    CliTest.Run r = query("--sparql", "SELECT ?id WHERE { ?d a dg:Document ; dcterms:identifier ?id }"
        + " ORDER BY ?id", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/head/vars/0").asText()).isEqualTo("id");
    assertThat(json.at("/results/bindings")).hasSize(5);
    assertThat(json.at("/results/bindings/0/id/value").asText()).isEqualTo("a");
    assertThat(json.at("/results/bindings/0/id/type").asText()).isEqualTo("literal");
  }

  @Test
  void tsvAndAskWork() {
    CliTest.Run tsv = query("--sparql", "SELECT ?n WHERE { ?p a dg:Person ; rdfs:label ?n }"
        + " ORDER BY ?n LIMIT 1", "--format", "tsv");
    assertThat(tsv.out()).isEqualTo("?n\n\"Barack Obama\"@fr\n");
    CliTest.Run ask = query("--sparql", "ASK { ?c a dg:Summit }", "--format", "json");
    assertThat(ask.out()).contains("\"boolean\" : true");
  }

  @Test
  void constructPrintsTurtle() {
    CliTest.Run r = query("--sparql", "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a dg:Person ;"
        + " rdfs:label ?n }");
    assertThat(r.exit()).as(r.err()).isZero();
    Model m = RDFParser.fromString(r.out(), Lang.TURTLE).toModel();
    assertThat(m.size()).isEqualTo(6);
  }

  @Test
  void aSyntaxErrorNamesLineAndColumnAndIsAUsageError() {
    CliTest.Run r = query("--sparql", "SELECT ?x WHERE {\n  ?x a dg:Contact\n  FILTER(?x = }");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().strip()).matches("diplograph query: --sparql:3:\\d+: .+").doesNotContain("\n");
  }

  @Test
  void aHostileParameterValueStaysOneLiteral() {
    for (String hostile : List.of("a\" } ; DROP ALL ; #", "x\" || true || \"", "}\nUNION { ?d ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o }")) {
      CliTest.Run r = query("--sparql", "SELECT ?d WHERE { ?d dcterms:identifier ?id }", "--param",
          "id=" + hostile, "--format", "csv");
      assertThat(r.exit()).as(hostile + ": " + r.err()).isZero();
      assertThat(r.out()).as(hostile).isEqualTo("d\r\n");
    }
    CliTest.Run ok = query("--sparql", "SELECT ?d WHERE { ?d dcterms:identifier ?id }", "--param",
        "id=a", "--format", "csv");
    assertThat(ok.out()).contains("https://w3id.org/diplograph/id/document/a");
  }

  @Test
  void aHostileParameterCannotChangeASavedQuery() {
    for (String hostile : List.of("x> } UNION { ?contact ?p ?o } #", "dgid:person/vladimir-poutine\" } #",
        "?person", "} ; DROP ALL")) {
      CliTest.Run r = query("contacts-of-person", "--param", "person=" + hostile, "--format", "csv");
      assertThat(r.exit()).as(hostile + ": " + r.err()).isZero();
      assertThat(r.out()).as(hostile).isEqualTo("contact,type,date,place,status,with\r\n");
    }
  }

  @Test
  void aQueryThatRunsTooLongIsCutOffByTheTimeout() {
    long start = System.nanoTime();
    CliTest.Run r = query("--timeout", "1", "--sparql",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(r.err()).contains("ran longer than 1 s and was stopped");
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
  }

  @Test
  void anUnknownParameterIsAUsageError() {
    CliTest.Run r = query("--sparql", "SELECT ?d WHERE { ?d a dg:Document }", "--param", "nope=1");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no variable ?nope");
  }

  @Test
  void aMissingStoreIsExitCodeThree(@TempDir Path empty) {
    CliTest.Run r = CliTest.run("query", "--store", empty.resolve("nothing").toString(), "who-met-whom");
    assertThat(r.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
    assertThat(r.err().strip()).contains("no diplograph store at").doesNotContain("\n");
  }

  @Test
  void exportWritesEachFormat(@TempDir Path out) throws Exception {
    for (String format : List.of("ttl", "trig", "nq", "jsonld")) {
      Path file = out.resolve("dump." + format);
      CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--format", format,
          "--out", file.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Files.size(file)).as(format).isGreaterThan(1000);
    }
    CliTest.Run stdout = CliTest.run("export", "--store", store.toString(), "--format", "nq");
    assertThat(stdout.out().lines()).hasSize(273);
  }

  /** A second process holding the store: the command says so in one line and exits with 3. */
  @Test
  void aStoreLockedByAnotherProcessIsExitCodeThree() throws Exception {
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), StoreHolder.class.getName(), store.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null && !line.equals("holding")) {
        // wait until the other process has the store
      }
      CliTest.Run r = query("who-met-whom");
      assertThat(r.exit()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
      assertThat(r.err().strip()).contains("the store " + store + " is in use by another process")
          .doesNotContain("\n");
    } finally {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Opens a store and holds it until killed. */
  public static final class StoreHolder {
    public static void main(String[] args) throws Exception {
      DiplographStore s = DiplographStore.open(Path.of(args[0]));
      System.out.println("holding");
      System.out.flush();
      Thread.sleep(60_000);
      s.close();
    }
  }
}
