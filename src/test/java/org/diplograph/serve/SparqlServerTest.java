package org.diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint as clients see it: a real Fuseki on a free port over a real TDB2 store built from
 * the seeds, talked to over HTTP.
 */
class SparqlServerTest {

  static final String PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  static DiplographStore store;
  static SparqlServer server;
  static String base;
  static String sparql;

  @BeforeAll
  static void serveTheSeeds() {
    store = SeedStore.build(dir.resolve("store"));
    server = SparqlServer.builder().port(0).timeout(Duration.ofSeconds(2)).resultLimit(100).build(store).start();
    base = server.url();
    sparql = base + "diplograph/sparql";
  }

  @AfterAll
  static void stop() {
    server.stop();
    store.close();
  }

  @Test
  void answersSelectQueriesInJsonOverGet() throws Exception {
    HttpResponse<String> r = Http.query(sparql,
        PREFIX + "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dg:Document }", "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).get().asString()
        .startsWith("application/sparql-results+json");
    JsonNode n = JSON.readTree(r.body()).at("/results/bindings/0/n/value");
    assertThat(n.asInt()).isEqualTo(5);
  }

  @Test
  void answersInCsvOverPost() throws Exception {
    HttpResponse<String> r = Http.postForm(sparql, "text/csv", null, "query",
        PREFIX + "SELECT ?status (COUNT(?c) AS ?n) WHERE { ?c dg:status ?status } GROUP BY ?status ORDER BY ?status");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("status,n\r\n").contains("https://w3id.org/diplograph/ontology#Held,");
  }

  @Test
  void answersConstructInTurtle() throws Exception {
    HttpResponse<String> r = Http.query(base + "diplograph/query", PREFIX
        + "CONSTRUCT { ?c a dg:Meeting ; dg:participant ?p } WHERE { ?c a dg:Meeting ; dg:participant ?p }",
        "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
    assertThat(m.size()).isGreaterThan(10);
  }

  @Test
  void readsGraphsWithTheGraphStoreProtocol() throws Exception {
    HttpResponse<String> r = Http.get(base + "diplograph/get?default", "application/n-triples");
    assertThat(r.statusCode()).isEqualTo(200);
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(r.body())).lang(Lang.NTRIPLES).parse(m);
    // the default graph is the union: the documents' contacts and the gazetteer
    assertThat(m.size()).isGreaterThan(1000);
  }

  @Test
  void refusesUpdatesWhenReadOnly() throws Exception {
    String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    assertThat(Http.postForm(base + "diplograph/update", "*/*", null, "update", insert).statusCode())
        .isBetween(400, 499);
    assertThat(Http.postForm(base + "diplograph", "*/*", null, "update", insert).statusCode())
        .isBetween(400, 499);
    HttpResponse<String> put = Http.send(HttpRequest.newBuilder(URI.create(base + "diplograph/get?default"))
        .header("Content-Type", "application/n-triples")
        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .\n")).build());
    assertThat(put.statusCode()).isBetween(400, 499);
    HttpResponse<String> ask = Http.query(sparql, "ASK { <urn:x> <urn:y> <urn:z> }", "application/sparql-results+json");
    assertThat(JSON.readTree(ask.body()).get("boolean").asBoolean()).isFalse();
  }

  @Test
  void cutsOffASlowQueryAtTheTimeout() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = Http.query(sparql,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(seconds).isLessThan(15);
  }

  @Test
  void capsTheNumberOfRows() throws Exception {
    HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { ?s ?p ?o }", "text/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().split("\r\n")).hasSize(1 + 100);
    assertThat(r.headers().firstValue(CappedQuery.HEADER)).hasValue("100");
    HttpResponse<String> small = Http.query(sparql, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
    assertThat(small.body().split("\r\n")).hasSize(1 + 3);
    assertThat(small.headers().firstValue(CappedQuery.HEADER)).isEmpty();
  }

  @Test
  void allowsBrowserClientsFromOtherOrigins() throws Exception {
    HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
        + Http.encode("ASK {}"))).header("Origin", "https://example.org")
        .header("Accept", "application/sparql-results+json").GET().build());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void landingPageSaysWhatTheEndpointIsAndLinksTheSavedQueries() throws Exception {
    HttpResponse<String> r = Http.get(base, "text/html");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("serves 5 documents and")
        .contains("href=\"/queries/who-met-whom\"")
        .contains("/diplograph/sparql")
        .contains("curl -s")
        .contains("read-only");
  }

  @Test
  void runsSavedQueriesByNameWithParameters() throws Exception {
    HttpResponse<String> r = Http.get(base + "queries/contacts-of-person?person="
        + Http.encode("dgid:person/vladimir-poutine"), "text/csv");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).startsWith("contact,type,date,place,status,with\r\n");
    assertThat(r.body().split("\r\n").length).isGreaterThan(5);
    HttpResponse<String> json = Http.get(base + "queries/who-met-whom?format=json", "*/*");
    assertThat(JSON.readTree(json.body()).at("/results/bindings").size()).isGreaterThan(3);
    assertThat(Http.get(base + "queries/who-met-whom.rq", "*/*").body()).contains("SELECT");
    assertThat(Http.get(base + "queries/", "text/html").body()).contains("contacts-of-person");
  }

  @Test
  void aHostileParameterCannotChangeASavedQuery() throws Exception {
    HttpResponse<String> r = Http.get(base + "queries/contacts-of-person?person="
        + Http.encode("x> } UNION { ?contact ?p ?o } #"), "text/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("contact,type,date,place,status,with\r\n");
  }

  @Test
  void rejectsUnknownSavedQueriesAndParameters() throws Exception {
    assertThat(Http.get(base + "queries/no-such-query", "*/*").statusCode()).isEqualTo(404);
    HttpResponse<String> typo = Http.get(base + "queries/contacts-of-person?persn=x", "*/*");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(typo.body()).contains("persn").contains("person");
  }

  @Test
  void refusesUpdatesWithoutCredentialsAndBadSettings() throws Exception {
    assertThatThrownBy(() -> SparqlServer.builder().update(true).build(store))
        .hasMessageContaining("--auth");
    assertThatThrownBy(() -> SparqlServer.builder().ui(true).build(store))
        .hasMessageContaining("--auth");
    assertThatThrownBy(() -> SparqlServer.builder().port(70000))
        .hasMessageContaining("70000");
    Path bad = Files.writeString(dir.resolve("bad-users"), "# users\nalice\n");
    assertThatThrownBy(() -> SparqlServer.builder().update(true).passwordFile(bad).build(store))
        .hasMessageContaining(bad + ":2");
  }
}
