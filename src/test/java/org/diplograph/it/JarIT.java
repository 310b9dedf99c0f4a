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
    return javaWithHeap("3g", workDir, args);
  }

  static Run javaWithHeap(String heap, Path workDir, String... args) throws IOException, InterruptedException {
    return javaWithOptions(List.of("-Xmx" + heap), workDir, args);
  }

  static Run javaWithOptions(List<String> jvm, Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
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
  @ValueSource(strings = {"build", "query", "serve", "export", "eval", "bench", "load"})
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

    neitherQueryNorExportLoadsCoreNlp(work, store);
    exportsTheExplorePageAsOneFile(work, store);
    servesTheStoreUntilStopped(work, store);
  }

  /** The page to mail: everything inlined (the browser test opens such a file). */
  private static void exportsTheExplorePageAsOneFile(Path work, String store) throws Exception {
    Path page = work.resolve("graph.html");
    Run e = java(work, "export", "--store", store, "--format", "html", "--out", page.toString());
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(e.err()).containsPattern("Wrote .*graph.html \\(\\d+ contacts\\)");
    String html = java.nio.file.Files.readString(page);
    assertThat(html).contains("<script type=\"application/json\" id=\"explore-data\">")
        .contains("cytoscape").contains("Moscou").doesNotContain("src=\"").doesNotContain("href=\"explore.css\"");
  }

  /** Reading the graph starts in a second or two: CoreNLP's classes are never loaded. */
  private static void neitherQueryNorExportLoadsCoreNlp(Path work, String store) throws Exception {
    List<String> verbose = List.of("-Xmx1g", "-verbose:class");
    Run q = javaWithOptions(verbose, work, "query", "--store", store, "who-met-whom", "--format", "csv");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out()).contains("[class,load] org.apache.jena.tdb2").contains("aLabel,b,bLabel")
        .doesNotContain("edu.stanford.nlp");
    Run e = javaWithOptions(verbose, work, "export", "--store", store, "--format", "ttl", "--out",
        work.resolve("again.ttl").toString());
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(e.out()).contains("[class,load] org.apache.jena.riot").doesNotContain("edu.stanford.nlp");
  }

  @Test
  void benchComparesCoreNlpAloneWithTheWholeBuild(@TempDir Path work) throws Exception {
    Run r = java(Path.of("."), "bench", "--threads", "2", "--work", work.resolve("bench").toString(),
        "data/corpus/000_57d11a951a98860c.txt", "data/corpus/004_cca3893475222b94.txt");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("2 documents, \\d+ tokens, 2 threads")
        .containsPattern("model loading\\s+\\d+\\.\\d s")
        .containsPattern("\\(a\\) CoreNLP alone\\s+\\d+\\.\\d s")
        .containsPattern("\\(b\\) whole build\\s+\\d+\\.\\d s")
        .containsPattern("stages, summed over threads: ingest [\\d.]+ s nlp [\\d.]+ s extract")
        .containsPattern("ratio \\(b\\)/\\(a\\)\\s+\\d+\\.\\d\\d");
    // the build's store and export are left in --work for inspection
    assertThat(work.resolve("bench")).isNotEmptyDirectory();

    Run q = java(Path.of("."), "bench", "--synthetic", "600", "--runs", "1");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out()).containsPattern("600 synthetic contacts in \\d+ documents")
        .containsPattern("who-met-whom\\s+\\d+\\.\\d\\s+[1-9]\\d*");
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
      // the store is locked while it is served: a query or a build elsewhere is told so
      Run locked = java(work, "query", "--store", store, "--sparql", "ASK {}");
      assertThat(locked.exit()).isEqualTo(3);
      assertThat(locked.err()).contains("in use by another process");
      Run building = java(Path.of("."), "build", "--store", store, "--no-export");
      assertThat(building.exit()).isEqualTo(3);
      assertThat(building.err().strip()).startsWith("diplograph build: the store " + store
          + " is in use by another process").doesNotContain("\n\tat ");
    } finally {
      serve.destroy(); // SIGTERM, as a service manager stops it
    }
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(log)).contains("stopped; the store is closed");
    assertThat(java(work, "query", "--store", store, "--sparql", "ASK {}").exit()).isZero();
  }

  /**
   * One build over a folder of scraped files, some broken, within a 2 GB heap: every problem is
   * reported once with its path and reason, everything else is stored.
   */
  @Test
  void aFolderOfBadFilesNeverStopsTheBuild(@TempDir Path work) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Emmanuel Macron a reçu Olaf Scholz mardi à Paris.");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x00});
    // invalid UTF-8 (0xC3 0x28) and undefined in windows-1252 (0x81)
    Files.write(in.resolve("garbled.txt"), new byte[] {'L', 'e', ' ', (byte) 0xC3, 0x28, (byte) 0x81, '.'});
    Files.writeString(in.resolve("big.txt"), "Le président a reçu son homologue. ".repeat(2000));
    Files.writeString(in.resolve("lines.jsonl"),
        "{\"id\": \"l1\", \"text\": \"Olaf Scholz a rencontré Joe Biden à Berlin.\"}\n"
            + "{\"id\": \"l2\", \"text\": oops}\n"
            + "{\"id\": \"l3\", \"text\": \"Joe Biden a appelé Emmanuel Macron lundi.\"}\n");
    Files.writeString(in.resolve("page.html"), "<html><head><title>Visite</title>"
        + "<script>var tracker = 'Macron a rencontré Poutine';</script></head><body>"
        + "<nav>Accueil | Monde | Rencontre PSG</nav><article><p>Xi Jinping a reçu Olaf Scholz"
        + " vendredi à Pékin.</p></article><footer>Mentions légales</footer></body></html>");
    Files.writeString(in.resolve("broken-sidecar.txt"), "Joe Biden a rencontré Vladimir Poutine à Genève.");
    Files.writeString(in.resolve("broken-sidecar.json"), "{ \"id\": ");
    Files.writeString(in.resolve("bad-date.txt"), "Vladimir Poutine a reçu Recep Tayyip Erdogan à Sotchi.");
    Files.writeString(in.resolve("bad-date.json"), "{ \"published\": \"31/02/2021\" }");
    StringBuilder longLine = new StringBuilder();
    while (longLine.length() < 50_000) {
      longLine.append("le président a parlé de la coopération avec son homologue et des relations ");
    }
    Files.writeString(in.resolve("long.txt"), longLine.substring(0, 50_000) + "\n");

    Path report = work.resolve("report.json");
    Run r = javaWithHeap("2g", work, "build", "--store", work.resolve("store").toString(),
        "--no-export", "--max-doc-bytes", "60000", "--report", report.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    for (String[] failure : new String[][] {{"empty.txt", "empty file"},
        {"binary.txt", "binary file, not text"},
        {"garbled.txt", "not valid UTF-8, and not windows-1252 text either"},
        {"big.txt", "--max-doc-bytes"}, {"lines.jsonl:2", ""}}) {
      assertThat(r.err()).containsPattern("failed: " + java.util.regex.Pattern.quote(
          in.resolve(failure[0]) + ": ") + ".*" + java.util.regex.Pattern.quote(failure[1]));
      assertThat(r.err().split(java.util.regex.Pattern.quote("failed: " + in.resolve(failure[0]) + ":"), -1))
          .as("reported once: " + failure[0]).hasSize(2);
    }
    assertThat(r.err()).contains("broken-sidecar.json").contains("31/02/2021");
    assertThat(r.out()).contains("12 documents: 7 stored, 0 unchanged, 5 failed");
    for (String stored : List.of("good", "l1", "l3", "page", "broken-sidecar", "bad-date", "long")) {
      assertThat(r.out()).containsPattern("(?m)^" + stored + "\\s+stored");
    }
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json.at("/summary/failed").asInt()).isEqualTo(5);

    Run page = java(work, "query", "--store", work.resolve("store").toString(), "--format", "csv",
        "--sparql", "SELECT ?name WHERE { ?c a dg:Meeting ; dg:participant/rdfs:label ?name ;"
            + " dg:evidence/dg:document/dcterms:identifier \"page\" } ORDER BY ?name");
    // the article's meeting, not the script's or the navigation's
    assertThat(page.out()).isEqualTo("name\r\nOlaf Scholz\r\nXi Jinping\r\n");
  }

  /**
   * A build killed with SIGKILL part-way leaves a readable store; the same build again completes it,
   * and the result equals a clean build's, quad for quad.
   */
  @Test
  void aBuildKilledPartWayResumesToTheSameStore(@TempDir Path work) throws Exception {
    Path in = Files.createDirectories(work.resolve("in"));
    String[] people = {"Emmanuel Macron", "Olaf Scholz", "Joe Biden", "Vladimir Poutine", "Xi Jinping",
        "Recep Tayyip Erdogan"};
    for (int i = 0; i < 40; i++) {
      Files.writeString(in.resolve(String.format("doc%02d.txt", i)), people[i % 6] + " a rencontré "
          + people[(i + 1) % 6] + " le " + (i % 28 + 1) + " mai 2021 à Genève. Les deux dirigeants ont"
          + " évoqué la situation en Ukraine et la coopération économique entre leurs pays.");
    }
    String store = work.resolve("store").toString();
    Path log = work.resolve("build.log");
    Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-jar", JAR.toAbsolutePath().toString(), "build", "--store", store, "--no-export",
        "--threads", "1", "--batch-size", "2", in.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (storedLines(log) < 6 && build.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(build.isAlive()).as("still running when killed: " + Files.readString(log)).isTrue();
    build.destroyForcibly(); // SIGKILL
    assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int storedBeforeKill = storedLines(log);

    Run count = java(work, "query", "--store", store, "--format", "csv", "--sparql",
        "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dg:Document }");
    assertThat(count.exit()).as(count.err()).isZero();
    int committed = Integer.parseInt(count.out().split("\r\n")[1]);
    assertThat(committed).isBetween(storedBeforeKill, 39);

    Run resumed = java(work, "build", "--store", store, "--no-export", "--threads", "1",
        "--batch-size", "2", in.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("40 documents: " + (40 - committed) + " stored, " + committed
        + " unchanged, 0 failed");

    String clean = work.resolve("clean").toString();
    assertThat(java(work, "build", "--store", clean, "--no-export", in.toString()).exit()).isZero();
    Path a = work.resolve("resumed.nq");
    Path b = work.resolve("clean.nq");
    assertThat(java(work, "export", "--store", store, "--format", "nq", "--out", a.toString()).exit()).isZero();
    assertThat(java(work, "export", "--store", clean, "--format", "nq", "--out", b.toString()).exit()).isZero();
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
  }

  private static int storedLines(Path log) throws IOException {
    return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.matches("doc\\d+\\s+stored.*")).count();
  }
}
