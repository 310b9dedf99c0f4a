package org.diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates and the Fuseki UI's admin operations, which only the users of the password file may use. */
class SparqlServerCredentialsTest {

  static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:x> <urn:test:y> 1 } }";
  static final String ASK = "ASK { GRAPH <urn:test:g> { <urn:test:x> <urn:test:y> 1 } }";

  @TempDir
  Path dir;
  DiplographStore store;
  Path users;
  SparqlServer server;

  @BeforeEach
  void fixtureStore() throws Exception {
    store = DiplographStore.create(dir.resolve("store"));
    Txn.executeWrite(store.dataset(),
        () -> RDFDataMgr.read(store.dataset(), "src/test/resources/queries/fixture.trig"));
    users = Files.writeString(dir.resolve("users"), "# who may update\nalice:s3cret\n");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    store.close();
  }

  private boolean asked() throws Exception {
    HttpResponse<String> r = Http.query(server.url() + "diplograph/sparql", ASK,
        "application/sparql-results+json");
    return new ObjectMapper().readTree(r.body()).get("boolean").asBoolean();
  }

  @Test
  void updatesNeedCredentialsWhileQueriesStayOpen() throws Exception {
    server = SparqlServer.builder().port(0).update(true).passwordFile(users).build(store).start();
    String update = server.url() + "diplograph/update";
    assertThat(Http.postForm(update, "*/*", null, "update", INSERT).statusCode()).isEqualTo(401);
    assertThat(Http.postForm(update, "*/*", "alice:wrong", "update", INSERT).statusCode()).isEqualTo(401);
    assertThat(asked()).isFalse();

    assertThat(Http.postForm(update, "*/*", "alice:s3cret", "update", INSERT).statusCode())
        .isBetween(200, 204);
    assertThat(asked()).isTrue();

    // Graph Store writes: the same
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.url()
            + "diplograph/data?graph=" + Http.encode("urn:test:h")))
        .header("Content-Type", "application/n-triples")
        .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> <urn:test:c> .\n"));
    assertThat(Http.send(put.build()).statusCode()).isEqualTo(401);
    assertThat(Http.send(put.header("Authorization", Http.basic("alice:s3cret")).build()).statusCode())
        .isBetween(200, 204);
  }

  @Test
  void theUiIsServedAndItsAdminOperationsNeedCredentials() throws Exception {
    server = SparqlServer.builder().port(0).ui(true).passwordFile(users)
        .runArea(dir.resolve("fuseki-run")).build(store).start();
    assertThat(Http.get(server.url() + "index.html", "text/html").statusCode()).isEqualTo(200);
    assertThat(Http.get(server.url(), "text/html").body()).contains("/index.html");

    HttpRequest delete = HttpRequest.newBuilder(URI.create(server.url() + "$/datasets/diplograph"))
        .DELETE().build();
    assertThat(Http.send(delete).statusCode()).isEqualTo(401);
    // still there
    assertThat(Http.query(server.url() + "diplograph/sparql", "ASK {}", "application/sparql-results+json")
        .statusCode()).isEqualTo(200);

    HttpResponse<String> list = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "$/datasets"))
        .header("Authorization", Http.basic("alice:s3cret")).header("Accept", "application/json")
        .GET().build());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("/diplograph");
  }
}
