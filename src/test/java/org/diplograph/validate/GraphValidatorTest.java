package org.diplograph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.rdf.ReferenceGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes on graphs as data: each file of {@code src/test/resources/shapes/} opens with
 * {@code # expect: conforms} or {@code # expect: SHAPE...}, the named shapes it must violate.
 */
class GraphValidatorTest {

  static final Path CASES = Path.of("src/test/resources/shapes");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shapesAcceptWhatDiplographWritesAndRejectWhatItMustNot(String file) throws IOException {
    Path path = CASES.resolve(file);
    String expect = Files.readAllLines(path).get(0).replaceFirst("^# expect:\\s*", "").strip();
    Graph graph = RDFDataMgr.loadGraph(path.toString());
    GraphValidator.Result result = GraphValidator.standard().validate(graph);
    if (expect.equals("conforms")) {
      assertThat(result.violations()).as(file).isEmpty();
      assertThat(result.conforms()).isTrue();
      return;
    }
    assertThat(result.conforms()).as(file).isFalse();
    Set<String> shapes = result.violations().stream()
        .map(v -> v.replaceFirst("^shape (\\S+):.*$", "$1"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(shapes).as(result.summary())
        .isEqualTo(new TreeSet<>(Arrays.asList(expect.split("\\s+"))));
    assertThat(result.violations()).allSatisfy(v -> assertThat(v).matches(
        "shape \\S+: <[^>]+> \\S+: .{10,}"));
  }

  /**
   * A build validates the bundled ontology and gazetteer only when a store does not hold them yet;
   * an edit to the gazetteer that breaks the shapes is caught here, before it ships.
   */
  @Test
  void theBundledOntologyAndGazetteerConform() {
    GraphValidator.Result result = GraphValidator.standard().validate(ReferenceGraph.load().graph());
    assertThat(result.violations()).isEmpty();
    assertThat(result.conforms()).isTrue();
  }
}
