package org.diplograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved queries that read the store's summary graph give, on a store with thousands of
 * synthetic contacts (more pairs than who-met-whom lists), what the document graphs themselves
 * say, computed here the slow way from the participants and statuses of every contact.
 */
class SummaryQueriesTest {

  private static final String PREFIXES = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n";

  @TempDir
  static Path work;
  static DiplographStore store;

  @BeforeAll
  static void fill() {
    QueryBenchmark.run(4000, 1, work, message -> { });
    store = DiplographStore.open(work.resolve("store"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void whoMetWhomListsExactlyThePairsWithTheMostContactsWithTheirCounts() throws IOException {
    // every pair of persons in a contact, counted from the contacts' own participants
    Map<List<String>, int[]> pairs = new HashMap<>();
    for (QuerySolution row : select(PREFIXES + """
        SELECT ?c ?a ?b (EXISTS { ?c dg:status dg:Held } AS ?held) WHERE {
          ?c a dg:Contact ; dg:participant ?a , ?b .
          ?a a dg:Person . ?b a dg:Person .
          FILTER (STR(?a) < STR(?b))
        }""")) {
      int[] counts = pairs.computeIfAbsent(List.of(uri(row, "a"), uri(row, "b")), k -> new int[2]);
      counts[0]++;
      counts[1] += row.getLiteral("held").getBoolean() ? 1 : 0;
    }
    assertThat(pairs).as("the store has more pairs than the query lists").hasSizeGreaterThan(1000);

    List<QuerySolution> listed = select(saved("who-met-whom"));
    assertThat(listed).isNotEmpty().hasSizeLessThanOrEqualTo(1000);
    int fewestListed = Integer.MAX_VALUE;
    Set<List<String>> listedPairs = new HashSet<>();
    for (QuerySolution row : listed) {
      List<String> pair = List.of(uri(row, "a"), uri(row, "b"));
      int[] expected = pairs.get(pair);
      assertThat(expected).as(pair.toString()).isNotNull();
      assertThat(row.getLiteral("contacts").getInt()).as(pair.toString()).isEqualTo(expected[0]);
      assertThat(row.getLiteral("heldContacts").getInt()).as(pair.toString()).isEqualTo(expected[1]);
      fewestListed = Math.min(fewestListed, expected[0]);
      listedPairs.add(pair);
    }
    // the cut: every pair with as many contacts as the least busy listed pair is listed
    for (var e : pairs.entrySet()) {
      if (e.getValue()[0] >= fewestListed) {
        assertThat(listedPairs).as("pairs with " + e.getValue()[0] + " contacts").contains(e.getKey());
      }
    }
  }

  @Test
  void plannedNotHeldListsTheLatestOfTheContactsNoDocumentConfirms() throws IOException {
    Map<String, String> open = new HashMap<>();
    for (QuerySolution row : select(PREFIXES + """
        SELECT DISTINCT ?c ?d WHERE {
          ?c dg:status ?s . VALUES ?s { dg:Planned dg:Proposed }
          FILTER NOT EXISTS { ?c dg:status dg:Held }
          FILTER NOT EXISTS { ?c dg:status dg:Cancelled }
          OPTIONAL { ?c dg:date ?date } BIND (COALESCE(STR(?date), "") AS ?d)
        }""")) {
      open.put(uri(row, "c"), row.getLiteral("d").getString());
    }
    assertThat(open).hasSizeGreaterThan(1000);
    List<String> latestFirst = new ArrayList<>(open.keySet());
    latestFirst.sort((x, y) -> (open.get(y) + " " + y).compareTo(open.get(x) + " " + x));

    List<String> listed = select(saved("planned-not-held")).stream().map(r -> uri(r, "contact")).toList();
    assertThat(listed).isEqualTo(latestFirst.subList(0, 1000));
  }

  @Test
  void metTheSameCounterpartFindsThoseTwoHopsAwayWhomThePersonNeverMet() throws IOException {
    String person = select(PREFIXES
        + "SELECT ?p (COUNT(?c) AS ?n) WHERE { ?c dg:participant ?p . ?p a dg:Person } GROUP BY ?p"
        + " ORDER BY ?n ?p LIMIT 1 OFFSET 40").get(0).getResource("p").getURI();
    Map<String, Set<String>> met = new HashMap<>();
    for (QuerySolution row : select(PREFIXES + """
        SELECT DISTINCT ?a ?b WHERE {
          ?c dg:participant ?a , ?b . ?a a dg:Person . ?b a dg:Person . FILTER (?a != ?b)
        }""")) {
      met.computeIfAbsent(uri(row, "a"), k -> new HashSet<>()).add(uri(row, "b"));
    }
    Set<String> expected = new HashSet<>();
    for (String counterpart : met.getOrDefault(person, Set.of())) {
      expected.addAll(met.get(counterpart));
    }
    expected.remove(person);
    expected.removeAll(met.getOrDefault(person, Set.of()));
    assertThat(expected).as("the test needs someone two hops away").isNotEmpty();

    Query query = QueryRunner.prepare(Files.readString(Path.of("queries/met-the-same-counterpart.rq")),
        Map.of("person", "<" + person + ">"), "met-the-same-counterpart.rq");
    Set<String> found = new HashSet<>();
    select(query).forEach(r -> found.add(uri(r, "other")));
    assertThat(found).isEqualTo(expected);
  }

  private static String saved(String name) throws IOException {
    return Files.readString(Path.of("queries", name + ".rq"));
  }

  private static String uri(QuerySolution row, String var) {
    return row.getResource(var).getURI();
  }

  private static List<QuerySolution> select(String text) {
    return select(QueryRunner.parse(text, "test"));
  }

  private static List<QuerySolution> select(Query query) {
    return Txn.calculateRead(store.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
        List<QuerySolution> rows = new ArrayList<>();
        qe.execSelect().forEachRemaining(rows::add);
        return rows;
      }
    });
  }
}
