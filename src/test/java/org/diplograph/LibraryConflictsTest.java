package org.diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP 4.5.10 declares old versions of five libraries that Jena 5.6 needs newer; the pom pins
 * the newer ones. Each test here fails if Maven picks CoreNLP's version again.
 */
class LibraryConflictsTest {

  private static final String TURTLE = """
      @prefix dg: <https://w3id.org/diplograph/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      <https://w3id.org/diplograph/id/contact/1> a dg:Meeting ;
          dg:participant <https://w3id.org/diplograph/id/person/vladimir-poutine> ;
          rdfs:label "Rencontre à Genève"@fr .
      """;

  private static Model sample() {
    return RDFParser.fromString(TURTLE, Lang.TURTLE).toModel();
  }

  /** slf4j-api 1.7 finds no SLF4J 2 provider and silently drops every log line. */
  @Test
  void logLinesReachLogback() {
    Logger logger = (Logger) LoggerFactory.getLogger("diplograph.test.conflicts");
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    logger.addAppender(captured);
    try {
      LoggerFactory.getLogger("diplograph.test.conflicts").info("loaded {} models", 3);
    } finally {
      logger.detachAppender(captured);
    }
    assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("loaded 3 models");
  }

  /** jakarta.servlet-api 4 makes Fuseki's Jetty 12 fail with NoClassDefFoundError. */
  @Test
  void fusekiStartsAndAnswersAQuery() throws Exception {
    FusekiServer server = FusekiServer.create().port(0).loopback(true)
        .add("/ds", DatasetGraphFactory.create(sample().getGraph())).build();
    server.start();
    try {
      String ask = URLEncoder.encode("ASK { ?s a ?t }", StandardCharsets.UTF_8);
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
              + "/ds/sparql?query=" + ask)).header("Accept", "application/sparql-results+json").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"boolean\"").contains("true");
    } finally {
      server.stop();
    }
  }

  /** protobuf-java 3.25 cannot run Jena's RDF-protobuf code generated for protobuf 4. */
  @Test
  void rdfProtobufRoundTrips() {
    roundTrip(Lang.RDFPROTO);
  }

  /** jakarta.json 1.1 breaks Titanium, Jena's JSON-LD 1.1 engine. */
  @Test
  void jsonLdRoundTrips() {
    roundTrip(Lang.JSONLD11);
  }

  /**
   * commons-lang3 3.3 lacks the Strings class RIOT uses to guess a file's syntax from its name,
   * as when the ontology is loaded from ontology/diplograph.ttl.
   */
  @Test
  void rdfFilesAreReadByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.ttl");
    java.nio.file.Files.writeString(file, TURTLE);
    assertThat(RDFDataMgr.loadModel(file.toString()).isIsomorphicWith(sample())).isTrue();
  }

  private static void roundTrip(Lang lang) {
    Model original = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, original, lang);
    Model back = ModelFactory.createDefaultModel();
    RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
    assertThat(back.isIsomorphicWith(original)).as("%s round trip", lang.getName()).isTrue();
  }
}
