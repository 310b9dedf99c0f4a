package org.diplograph.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Fingerprint;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;
import org.diplograph.query.SavedQuery;
import org.diplograph.rdf.DocumentGraphs;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.store.DiplographStore;
import org.diplograph.store.DocumentGraph;

/**
 * Query speed at scale: a fresh store filled with N synthetic contacts (and the reference graph),
 * then every saved query run once untimed and then several times with realistic parameter
 * values; the median latency of each is what counts.
 */
public final class QueryBenchmark {

  /** One saved query's latency. */
  public record Timing(String query, double medianMillis, long rows) {
  }

  /**
   * @param contacts  contacts stored
   * @param documents documents they came in
   * @param quads     quads in the store
   * @param fillMillis time to generate and store them
   * @param timings   one per saved query
   */
  public record Result(int contacts, int documents, long quads, long fillMillis, List<Timing> timings) {
  }

  private static final int BATCH = 500;

  private QueryBenchmark() {
  }

  public static Result run(int contacts, int runs, Path work, Consumer<String> progress) {
    int documents = (contacts + SyntheticContacts.CONTACTS_PER_DOCUMENT - 1)
        / SyntheticContacts.CONTACTS_PER_DOCUMENT;
    Gazetteer gazetteer = Gazetteer.standard();
    SyntheticContacts synthetic = new SyntheticContacts(gazetteer, 42);
    ReferenceGraph reference = ReferenceGraph.load();
    Fingerprint fingerprint = Fingerprint.of(reference);
    try (DiplographStore store = DiplographStore.create(work.resolve("store"))) {
      long t0 = System.nanoTime();
      store.updateReference(reference);
      List<DocumentGraph> batch = new ArrayList<>();
      for (int n = 0; n < documents; n++) {
        SyntheticContacts.Item item = synthetic.document(n);
        batch.add(new DocumentGraph(item.document().id(),
            DocumentGraphs.build(item.document(), fingerprint.of(item.document()), item.contacts())
                .getGraph()));
        if (batch.size() == BATCH || n == documents - 1) {
          store.replaceDocuments(batch);
          batch.clear();
          if ((n + 1) % 5000 < BATCH) {
            progress.accept("stored " + (n + 1) + " of " + documents + " documents");
          }
        }
      }
      long fillMillis = (System.nanoTime() - t0) / 1_000_000;
      long quads = store.quadCount();
      progress.accept("store filled in " + fillMillis / 1000 + " s: " + quads + " quads");

      Map<String, String> values = parameterValues(store, gazetteer);
      List<Timing> timings = new ArrayList<>();
      for (SavedQuery q : SavedQuery.bundled()) {
        Map<String, String> bindings = new LinkedHashMap<>();
        for (String p : q.parameters()) {
          if (p.contains("optional:")) {
            continue; // timed without it: the whole store is the slower case
          }
          String name = p.split("\\s+")[0].substring(1);
          bindings.put(name, values.get(name));
        }
        Query query = QueryRunner.prepare(q.text(), bindings, q.name());
        List<Long> nanos = new ArrayList<>();
        // one untimed run first: the first query after filling the store would otherwise pay for
        // the operating system's cache and the JIT on behalf of all the others
        long rows = QueryRunner.run(store.dataset(), query, ResultFormat.CSV,
            OutputStream.nullOutputStream(), Duration.ofMinutes(5));
        for (int r = 0; r < runs; r++) {
          long s = System.nanoTime();
          rows = QueryRunner.run(store.dataset(), query, ResultFormat.CSV, OutputStream.nullOutputStream(),
              Duration.ofMinutes(5));
          nanos.add(System.nanoTime() - s);
        }
        Collections.sort(nanos);
        Timing t = new Timing(q.name(), nanos.get(nanos.size() / 2) / 1e6, rows);
        progress.accept(String.format(java.util.Locale.ROOT, "%s: %.1f ms", t.query(), t.medianMillis()));
        timings.add(t);
      }
      return new Result(documents * SyntheticContacts.CONTACTS_PER_DOCUMENT, documents, quads,
          fillMillis, timings);
    }
  }

  /** Parameter values that select something: the most frequent person, a busy year, a contact. */
  private static Map<String, String> parameterValues(DiplographStore store, Gazetteer gazetteer) {
    String busiest = Txn.calculateRead(store.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
          "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT ?p (COUNT(?c) AS ?n)"
              + " WHERE { ?c dg:participant ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1").build()) {
        return qe.execSelect().next().getResource("p").getURI();
      }
    });
    String contact = Txn.calculateRead(store.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
          "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT ?c WHERE { ?c a dg:Meeting }"
              + " LIMIT 1").build()) {
        return qe.execSelect().next().getResource("c").getURI();
      }
    });
    Map<String, String> values = new LinkedHashMap<>();
    values.put("person", "<" + busiest + ">");
    values.put("from", "2018-01-01");
    values.put("to", "2018-12-31");
    values.put("countryA", "dgid:country/russie");
    values.put("countryB", "dgid:country/etats-unis");
    values.put("contact", "<" + contact + ">");
    return values;
  }
}
