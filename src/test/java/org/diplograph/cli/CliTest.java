package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user meets it: help, exit codes, messages. */
class CliTest {

  /** One run of the command line, its exit code and what it printed. */
  record Run(int exit, String out, String err) {
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine().setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "query", "serve", "export", "eval"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: diplograph " + command)
        .contains("--store=DIR", "--threads=N", "--quiet", "--verbose");
  }

  @Test
  void withoutACommandItShowsUsageAndFailsAsAUsageError() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("a command is required").contains("Commands:");
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    Run r = run("build", "--threads", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("--threads must be at least 1, not 0");
    assertThat(run("build", "--no-such-option").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void loadNamesABadShardInOneLineAndLoadsNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path bad = dir.resolve("bad.nq");
    java.nio.file.Files.writeString(bad, "<a> <b> .\n");
    String store = dir.resolve("store").toString();
    Run r = run("load", "--store", store, bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(r.err().strip()).startsWith("diplograph load: " + bad + ": [line: 1, col: 9 ]")
        .endsWith("(nothing was loaded)").doesNotContain("\n");
    Run missing = run("load", "--store", store, dir.resolve("none.nq").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(missing.err()).contains("none.nq: no such file or folder");
  }

  @Test
  void serveRefusesUpdatesWithoutCredentialsInOneLine() {
    Run r = run("serve", "--update");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().strip()).startsWith("diplograph serve: updates need credentials")
        .doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void evalScoresStoredAnnotationsAgainstGold() throws Exception {
    Run r = run("eval", "--gold", "data/gold/seeds.gold.jsonl", "--annotations",
        "src/test/resources/extract/seeds.conllu", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(json.at("/contacts/f1").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.at("/documents")).hasSize(5);
    Run text = run("eval", "--gold", "data/gold/seeds.gold.jsonl", "--annotations",
        "src/test/resources/extract/seeds.conllu");
    assertThat(text.out()).containsPattern("contacts\\s+precision \\d\\.\\d{3}\\s+recall \\d\\.\\d{3}\\s+F1");
    assertThat(run("eval", "--gold", "no-such-gold.jsonl").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void buildReportsEachDocumentAndFailsWithCodeOneWhenAnInputFailed(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("good.txt"), "Emmanuel Macron a reçu Olaf Scholz mardi à Paris.");
    Files.writeString(dir.resolve("empty.txt"), "");
    Path store = dir.resolve("store");
    Path dump = dir.resolve("out/dump.ttl");
    Run r = run("build", "--threads", "2", "--store", store.toString(), "--export", dump.toString(),
        dir.resolve("good.txt").toString(), dir.resolve("empty.txt").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(r.out()).containsPattern("good\\s+stored\\s+1 sentences\\s+\\d+ tokens\\s+\\d+ contacts\\s+\\d+ ms");
    assertThat(r.out()).contains("2 documents: 1 stored, 0 unchanged, 1 failed");
    assertThat(r.out()).contains("Store " + store + ": 1 document graphs");
    assertThat(r.err()).contains("failed: " + dir.resolve("empty.txt") + ": empty file");
    assertThat(dump).exists();

    Run again = run("build", "-q", "--store", store.toString(), "--no-export",
        dir.resolve("good.txt").toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out().strip()).isEqualTo(again.out().strip().lines().findFirst().orElse(""))
        .startsWith("1 document: 0 stored, 1 unchanged, 0 failed");
    assertThat(again.err()).isEmpty();
  }

  @Test
  void failFastStopsReadingAtTheFirstFailure(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Emmanuel Macron a reçu Olaf Scholz mardi à Paris.");
    Files.writeString(in.resolve("b-empty.txt"), "");
    Files.writeString(in.resolve("c-good.txt"), "Olaf Scholz a rencontré Joe Biden jeudi à Berlin.");
    Path store = dir.resolve("store");
    Run r = run("build", "--fail-fast", "--threads", "1", "--store", store.toString(), "--no-export",
        in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(r.out()).contains("2 documents: 1 stored, 0 unchanged, 1 failed")
        .contains("Stopped at the first failure (--fail-fast)").doesNotContain("c-good");
    assertThat(r.err()).contains("failed: " + in.resolve("b-empty.txt") + ": empty file");
    Run without = run("build", "--threads", "1", "--store", store.toString(), "--no-export", in.toString());
    assertThat(without.out()).contains("3 documents: 1 stored, 1 unchanged, 1 failed")
        .doesNotContain("Stopped at the first failure");
  }

  @Test
  void theReportFileListsEveryDocumentWithItsStatusCountsAndErrors(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Emmanuel Macron a reçu Olaf Scholz mardi à Paris.");
    Files.writeString(in.resolve("good.json"), "{ not json");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("lines.jsonl"),
        "{\"id\": \"l1\", \"text\": \"Olaf Scholz a rencontré Joe Biden à Berlin.\"}\n"
            + "{\"id\": \"l2\", \"text\": \n");
    Path report = dir.resolve("reports/build.json");
    Run r = run("build", "-q", "--store", dir.resolve("store").toString(), "--no-export",
        "--report", report.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_FAILED);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json.at("/summary/documents").asInt()).isEqualTo(4);
    assertThat(json.at("/summary/stored").asInt()).isEqualTo(2);
    assertThat(json.at("/summary/failed").asInt()).isEqualTo(2);
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byOrigin = new java.util.HashMap<>();
    json.get("documents").forEach(d -> byOrigin.put(d.get("origin").asText(), d));
    var good = byOrigin.get(in.resolve("good.txt").toString());
    assertThat(good.get("status").asText()).isEqualTo("stored");
    assertThat(good.get("sentences").asInt()).isEqualTo(1);
    assertThat(good.get("contacts").asInt()).isEqualTo(1);
    assertThat(good.get("warnings").get(0).asText()).contains("good.json");
    assertThat(byOrigin.get(in.resolve("empty.txt").toString()).get("error").asText()).isEqualTo("empty file");
    assertThat(byOrigin.get(in.resolve("lines.jsonl") + ":2").get("status").asText()).isEqualTo("failed");
  }
}
