package org.diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.SavedQuery;
import org.diplograph.store.DiplographStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load check: 8 clients send the saved queries for a while, each in turn to the SPARQL
 * endpoint (bound client-side, POST) and by name to {@code /queries/NAME}; no request may fail.
 * It runs 3 seconds in the suite; {@code -Dload.seconds=20} for the figures in the README:
 * {@code mvn -B -q test -Dtest=ServeLoadTest -Dload.seconds=20}.
 */
class ServeLoadTest {

  static final int CLIENTS = 8;

  @TempDir
  Path dir;

  @Test
  void eightClientsSendingTheSavedQueriesGetNoErrors() throws Exception {
    int seconds = Integer.getInteger("load.seconds", 3);
    try (DiplographStore store = SeedStore.build(dir.resolve("store"))) {
      SparqlServer server = SparqlServer.builder().port(0).build(store).start();
      try {
        List<String[]> requests = requests(server.url());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int offset = c;
          clients.add(pool.submit(() -> {
            for (int i = offset; System.nanoTime() < end; i++) {
              String[] r = requests.get(i % requests.size());
              long start = System.nanoTime();
              try {
                HttpResponse<String> resp = r[1] == null
                    ? Http.get(r[0], "application/sparql-results+json")
                    : Http.postForm(r[0], "application/sparql-results+json", null, "query", r[1]);
                latencies.add(System.nanoTime() - start);
                if (resp.statusCode() != 200) {
                  errors.incrementAndGet();
                  problems.add(resp.statusCode() + " " + r[0]);
                }
              } catch (Exception e) {
                errors.incrementAndGet();
                problems.add(e + " " + r[0]);
              }
            }
            return null;
          }));
        }
        for (Future<?> f : clients) {
          f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double rps = sorted.size() / (double) seconds;
        System.out.printf(Locale.ROOT, "load check: %d clients, %d s, %d saved queries: %d requests,"
            + " %d errors, %.1f requests/s, p50 %.1f ms, p99 %.1f ms%n", CLIENTS, seconds,
            requests.size() / 2, sorted.size(), errors.get(), rps, percentile(sorted, 50),
            percentile(sorted, 99));
        assertThat(errors.get()).as(String.valueOf(problems.stream().limit(5).toList())).isZero();
        assertThat(sorted).isNotEmpty();
      } finally {
        server.stop();
      }
    }
  }

  /** Each saved query twice: its text bound and POSTed to the endpoint, and by name (URL, null). */
  private static List<String[]> requests(String base) throws Exception {
    HttpResponse<String> any = Http.query(base + "diplograph/sparql",
        "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT ?c WHERE { ?c a dg:Meeting } LIMIT 1",
        "application/sparql-results+json");
    String contact = new ObjectMapper().readTree(any.body()).at("/results/bindings/0/c/value").asText();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("person", "dgid:person/vladimir-poutine");
    values.put("from", "2013-01-01");
    values.put("to", "2021-12-31");
    values.put("countryA", "dgid:country/russie");
    values.put("countryB", "dgid:country/etats-unis");
    values.put("contact", "<" + contact + ">");
    List<String[]> out = new ArrayList<>();
    for (SavedQuery q : SavedQuery.bundled()) {
      Map<String, String> bindings = new LinkedHashMap<>();
      StringBuilder url = new StringBuilder(base + "queries/" + q.name());
      for (String p : q.parameters()) {
        String name = p.split("\\s+")[0].substring(1);
        bindings.put(name, values.get(name));
        url.append(bindings.size() == 1 ? "?" : "&").append(name).append('=')
            .append(Http.encode(values.get(name)));
      }
      String text = QueryRunner.prepare(q.text(), bindings, q.name()).serialize();
      out.add(new String[] {base + "diplograph/sparql", text});
      out.add(new String[] {url.toString(), null});
    }
    return out;
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1e6;
  }
}
