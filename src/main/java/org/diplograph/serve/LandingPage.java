package org.diplograph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.diplograph.query.SavedQuery;
import org.diplograph.store.DiplographStore;
import org.jsoup.nodes.Entities;

/**
 * The page at {@code /}: what the endpoint is and holds, its URLs, the saved queries with links
 * that run them, and example curl calls written for the address the page was asked at.
 */
final class LandingPage extends HttpServlet {

  private static final String COUNTS = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?c) AS ?contacts)
      WHERE { { ?d a dg:Document } UNION { ?c a dg:Contact } }""";

  private final transient DiplographStore store;
  private final SparqlServer.Settings settings;

  LandingPage(DiplographStore store, SparqlServer.Settings settings) {
    this.store = store;
    this.settings = settings;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String base = req.getScheme() + "://" + req.getHeader("Host");
    String endpoint = base + SparqlServer.DATASET + "/sparql";
    long[] counts = counts();
    StringBuilder h = new StringBuilder(head("diplograph SPARQL endpoint"));
    h.append("<h1>diplograph</h1>\n<p>A knowledge graph of diplomatic contacts read from French news: ")
        .append("meetings, calls, summits and visits, with who took part, where, when, about what, ")
        .append("whether each was held or only planned, and the sentence that says so.</p>\n")
        .append("<p>This endpoint serves ").append(counts[0]).append(" documents and ")
        .append(counts[1]).append(" contacts. The default graph is the union of all graphs; each ")
        .append("document's contacts are also in a named graph of their own.</p>\n");
    h.append("<h2>Endpoints</h2>\n<table>\n")
        .append(row(SparqlServer.DATASET + "/sparql", "SPARQL 1.1 query, GET or POST (also "
            + SparqlServer.DATASET + "/query and " + SparqlServer.DATASET + ")"))
        .append(row(SparqlServer.DATASET + "/get", "Graph Store Protocol, read: ?default or ?graph=IRI"))
        .append(row("/explore/", "explore: a network of who met whom, a timeline and the contacts, with filters"))
        .append(row("/queries/", "the saved queries, run by name"));
    if (settings.update()) {
      h.append(row(SparqlServer.DATASET + "/update", "SPARQL Update, with credentials"))
          .append(row(SparqlServer.DATASET + "/data", "Graph Store Protocol, read and write, with credentials"));
    }
    if (settings.ui()) {
      h.append(row("/index.html", "the Fuseki web UI (its admin operations ask for credentials)"));
    }
    h.append("</table>\n<p>")
        .append(settings.update() ? "Updates are on, for the users of the password file."
            : "The endpoint is read-only: updates are refused.")
        .append(" A query runs at most ").append(settings.timeout().toSeconds())
        .append(" s and returns at most ").append(settings.resultLimit())
        .append(" rows; a query capped to that limit gets a <code>").append(CappedQuery.HEADER)
        .append("</code> response header.</p>\n");
    h.append("<h2>Saved queries</h2>\n<ul>\n");
    for (SavedQuery q : SavedQuery.bundled()) {
      h.append(savedQueryItem(q));
    }
    h.append("</ul>\n");
    String example = "SELECT ?contact ?date WHERE { ?contact a dg:Meeting ; dg:date ?date } LIMIT 10";
    h.append("<h2>Examples</h2>\n<pre>")
        .append(Entities.escape("curl -s " + endpoint + " -H 'Accept: text/csv' \\\n"
            + "  --data-urlencode 'query=PREFIX dg: <https://w3id.org/diplograph/ontology#> "
            + example + "'")).append("\n\n")
        .append(Entities.escape("curl -s '" + base + "/queries/contacts-of-person?person="
            + URLEncoder.encode("dgid:person/vladimir-poutine", StandardCharsets.UTF_8)
            + "' -H 'Accept: application/sparql-results+json'")).append("\n\n")
        .append(Entities.escape("curl -s '" + base + SparqlServer.DATASET + "/get?default'"
            + " -H 'Accept: text/turtle'"))
        .append("</pre>\n</body></html>\n");
    resp.setContentType("text/html; charset=utf-8");
    resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  private long[] counts() {
    return Txn.calculateRead(store.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(COUNTS).build()) {
        var row = qe.execSelect().next();
        return new long[] {row.getLiteral("documents").getLong(), row.getLiteral("contacts").getLong()};
      }
    });
  }

  private static String row(String path, String what) {
    return "<tr><td><a href=\"" + Entities.escape(path) + "\"><code>" + Entities.escape(path)
        + "</code></a></td><td>" + Entities.escape(what) + "</td></tr>\n";
  }

  /** A saved query as a list item: its name linking to its results, its question, its parameters. */
  static String savedQueryItem(SavedQuery q) {
    StringBuilder li = new StringBuilder("<li><a href=\"/queries/").append(Entities.escape(q.name()))
        .append("\"><code>").append(Entities.escape(q.name())).append("</code></a> (<a href=\"/queries/")
        .append(Entities.escape(q.name())).append(".rq\">text</a>): ")
        .append(Entities.escape(q.question()));
    if (!q.parameters().isEmpty()) {
      li.append("<br>parameters: ");
      for (int i = 0; i < q.parameters().size(); i++) {
        li.append(i == 0 ? "" : "; ").append("<code>").append(Entities.escape(q.parameters().get(i)))
            .append("</code>");
      }
    }
    return li.append("</li>\n").toString();
  }

  static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + Entities.escape(title) + "</title>\n<style>body{font-family:sans-serif;max-width:60em;"
        + "margin:2em auto;padding:0 1em;line-height:1.4}code,pre{background:#f4f4f4}"
        + "pre{padding:1em;overflow-x:auto}td{padding:.2em .8em .2em 0;vertical-align:top}</style>"
        + "</head><body>\n";
  }
}
