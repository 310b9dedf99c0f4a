package org.diplograph.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shaded jar run as a user runs it: {@code java -jar target/diplograph.jar ...}. */
class JarIT {

  static final Path JAR = Path.of("target", "diplograph.jar");

  record Run(int exit, String out, String err) {
  }

  static Run java(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-jar",
        JAR.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "query", "serve", "export", "eval"})
  void everyCommandHasHelp(String command) throws Exception {
    Run r = java(Path.of("."), command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: diplograph " + command);
  }

  @Test
  void versionComesFromTheManifest() throws Exception {
    assertThat(java(Path.of("."), "--version").out()).startsWith("diplograph 0.");
  }

  @Test
  void buildsTheBundledCorpusThenQueriesAndExportsIt(@TempDir Path work) throws Exception {
    String store = work.resolve("store").toString();
    Path dump = work.resolve("dump.ttl");
    Run r = java(Path.of("."), "build", "--store", store, "--export", dump.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (String id : List.of("000_57d11a951a98860c", "001_9e0f405ca55fa043",
        "002_dff06ff9bc25c1fb", "003_7039aa9417116935", "004_cca3893475222b94")) {
      assertThat(r.out()).containsPattern(id + "\\s+stored\\s+\\d+ sentences\\s+\\d+ tokens");
    }
    assertThat(r.out()).contains("5 documents: 5 stored");
    assertThat(dump).exists();
    // CoreNLP's model-loading chatter is off by default
    assertThat(r.err()).doesNotContain("Adding annotator").doesNotContain("INFO");

    Run q = java(work, "query", "--store", store, "--format", "csv", "--sparql",
        "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dg:Document }");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out()).isEqualTo("n\r\n5\r\n");
    // saved queries travel in the jar: found by name from any folder
    Run saved = java(work, "query", "--store", store, "who-met-whom", "--format", "csv");
    assertThat(saved.exit()).as(saved.err()).isZero();
    assertThat(saved.out()).startsWith("a,aLabel,b,bLabel,contacts,heldContacts");

    servesTheStoreUntilStopped(work, store);
  }

  /** serve holds the store's lock while it runs, answers over HTTP, and stops cleanly on SIGTERM. */
  private static void servesTheStoreUntilStopped(Path work, String store) throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = work.resolve("serve.log");
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString(), "serve", "--store", store, "--port", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(log).contains("serving ") && System.nanoTime() < deadline) {
        assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
        Thread.sleep(200);
      }
      var client = java.net.http.HttpClient.newHttpClient();
      var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
              "http://127.0.0.1:" + port + "/diplograph/sparql?query="
                  + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/diplograph/ontology#Document> }",
                      StandardCharsets.UTF_8)))
              .header("Accept", "text/csv").build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo("n\r\n5\r\n");
      // the store is locked while it is served
      Run locked = java(work, "query", "--store", store, "--sparql", "ASK {}");
      assertThat(locked.exit()).isEqualTo(3);
      assertThat(locked.err()).contains("in use by another process");
    } finally {
      serve.destroy(); // SIGTERM, as a service manager stops it
    }
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log)).contains("stopped; the store is closed");
    assertThat(java(work, "query", "--store", store, "--sparql", "ASK {}").exit()).isZero();
  }
}
