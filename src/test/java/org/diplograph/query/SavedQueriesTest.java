package org.diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.diplograph.store.DiplographStore;
import org.diplograph.validate.GraphValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query in {@code queries/} runs on a fixture store and gives the expected answer.
 *
 * <p>Test cases are data: for {@code queries/NAME.rq}, {@code src/test/resources/queries/NAME.tsv}
 * holds the expected results (SPARQL TSV) and the optional {@code NAME.params} the parameters
 * ({@code name=value} lines); {@code NAME@VARIANT.params} and {@code .tsv} add a case. Results are compared as result sets (by RDF term; in order when the
 * query has ORDER BY). A saved query without expected results fails. To write the expected files
 * after changing a query or the fixture, run with {@code -Dqueries.regenerate=true} and review
 * the diff.
 */
class SavedQueriesTest {

  static final Path QUERIES = Path.of("queries");
  static final Path CASES = Path.of("src/test/resources/queries");

  @TempDir
  static Path storeDir;
  static DiplographStore store;

  @BeforeAll
  static void loadFixture() {
    store = DiplographStore.create(storeDir);
    Txn.executeWrite(store.dataset(),
        () -> RDFDataMgr.read(store.dataset(), CASES.resolve("fixture.trig").toString()));
    // written around the store's own methods, so its summary graph is derived here
    store.rebuildSummary();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static Stream<String> savedQueries() throws IOException {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  @Test
  void thereAreAtLeastTenSavedQueriesEachWithAHeaderSayingItsQuestionParametersAndExample()
      throws IOException {
    List<String> names = savedQueries().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    for (String name : names) {
      String text = Files.readString(QUERIES.resolve(name + ".rq"));
      assertThat(text).as(name).startsWith("# ").contains("# Parameters:").contains("# Example:");
    }
  }

  @Test
  void theFixtureIsShapedAsDiplographWritesGraphs() {
    Txn.executeRead(store.dataset(), () -> store.dataset().listModelNames().forEachRemaining(g -> {
      var result = GraphValidator.standard().validate(store.dataset().getNamedModel(g).getGraph());
      assertThat(result.violations()).as(g.getURI()).isEmpty();
    }));
  }

  /**
   * Every saved query, plus one case per {@code NAME@VARIANT.params} file: the same query with
   * other parameters, expected in {@code NAME@VARIANT.tsv}.
   */
  static Stream<String> cases() throws IOException {
    List<String> variants;
    try (Stream<Path> files = Files.list(CASES)) {
      variants = files.map(p -> p.getFileName().toString())
          .filter(n -> n.contains("@") && n.endsWith(".params"))
          .map(n -> n.substring(0, n.length() - ".params".length())).toList();
    }
    return Stream.concat(savedQueries(), variants.stream()).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void savedQueryGivesTheExpectedAnswer(String name) throws IOException {
    String queryName = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    String text = Files.readString(QUERIES.resolve(queryName + ".rq"));
    Map<String, String> params = params(CASES.resolve(name + ".params"));
    Query query = QueryRunner.prepare(text, params, queryName + ".rq");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QueryRunner.run(store.dataset(), query, ResultFormat.TSV, out, Duration.ofSeconds(30));
    Path expectedFile = CASES.resolve(name + ".tsv");
    if (Boolean.getBoolean("queries.regenerate")) {
      Files.write(expectedFile, out.toByteArray());
    }
    assertThat(expectedFile).as("expected results of " + name).exists();
    ResultSetRewindable actual = read(out.toByteArray());
    ResultSetRewindable expected = read(Files.readAllBytes(expectedFile));
    assertThat(actual.size()).as("rows of " + name).isEqualTo(expected.size());
    boolean same = query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
        : ResultSetCompare.equalsByTerm(expected, actual);
    if (!same) {
      expected.reset();
      actual.reset();
      assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).as(name)
          .isEqualTo(Files.readString(expectedFile));
    }
    assertThat(same).as(name).isTrue();
  }

  private static ResultSetRewindable read(byte[] tsv) {
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(tsv), ResultSetLang.RS_TSV);
    return ResultSetFactory.makeRewindable(rs);
  }

  private static Map<String, String> params(Path file) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int eq = line.indexOf('=');
          params.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
    }
    return params;
  }
}
