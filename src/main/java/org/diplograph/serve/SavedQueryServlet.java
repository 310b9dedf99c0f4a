package org.diplograph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultLimit;
import org.diplograph.query.SavedQuery;
import org.diplograph.rdf.Vocab;
import org.jsoup.nodes.Entities;

/**
 * The saved queries of {@code queries/}, run by name: {@code GET /queries/NAME?param=VALUE}
 * binds the query's documented parameters (as {@code diplograph query --param} does, through
 * Jena's ParameterizedSparqlString) and answers in the format the Accept header asks for (or
 * {@code ?format=json|xml|csv|tsv|ttl|nt|jsonld}). {@code /queries/NAME.rq} is the query's text
 * and {@code /queries/} lists them. Same timeout and result limit as the endpoint.
 */
final class SavedQueryServlet extends HttpServlet {

  private static final MediaType RESULTS_JSON = MediaType.create("application/sparql-results+json");
  private static final MediaType RESULTS_XML = MediaType.create("application/sparql-results+xml");
  private static final MediaType CSV = MediaType.create("text/csv");
  private static final MediaType TSV = MediaType.create("text/tab-separated-values");
  private static final MediaType JSON = MediaType.create("application/json");
  private static final MediaType TURTLE = MediaType.create("text/turtle");
  private static final MediaType NTRIPLES = MediaType.create("application/n-triples");
  private static final MediaType JSONLD = MediaType.create("application/ld+json");

  private static final AcceptList RESULT_TYPES = AcceptList.create(RESULTS_JSON, RESULTS_XML, CSV,
      TSV, JSON);
  private static final AcceptList GRAPH_TYPES = AcceptList.create(TURTLE, NTRIPLES, JSONLD);
  private static final Map<String, MediaType> FORMATS = Map.of("json", RESULTS_JSON, "xml",
      RESULTS_XML, "csv", CSV, "tsv", TSV, "ttl", TURTLE, "turtle", TURTLE, "nt", NTRIPLES,
      "jsonld", JSONLD);
  /** Request parameters that are not query parameters. */
  private static final Set<String> OWN_PARAMETERS = Set.of("format");

  private final transient Dataset dataset;
  private final Duration timeout;
  private final long resultLimit;

  SavedQueryServlet(Dataset dataset, Duration timeout, long resultLimit) {
    this.dataset = dataset;
    this.timeout = timeout;
    this.resultLimit = resultLimit;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
    if (path.equals("/")) {
      list(resp);
      return;
    }
    String name = path.substring(1);
    boolean text = name.endsWith(".rq");
    Optional<SavedQuery> saved = SavedQuery.bundled(text ? name.substring(0, name.length() - 3) : name);
    if (saved.isEmpty()) {
      error(resp, HttpServletResponse.SC_NOT_FOUND, "no saved query named " + name
          + " (see /queries/ for the list)");
      return;
    }
    if (text) {
      resp.setContentType("application/sparql-query; charset=utf-8");
      resp.getOutputStream().write(saved.get().text().getBytes(StandardCharsets.UTF_8));
      return;
    }
    run(saved.get(), req, resp);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    doGet(req, resp);
  }

  private void run(SavedQuery saved, HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    List<String> declared = saved.parameters().stream()
        .map(p -> p.split("\\s+")[0].replace("?", "")).toList();
    Map<String, String> bindings = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
      if (OWN_PARAMETERS.contains(e.getKey())) {
        continue;
      }
      if (!declared.contains(e.getKey())) {
        error(resp, HttpServletResponse.SC_BAD_REQUEST, saved.name() + " has no parameter \""
            + e.getKey() + "\"" + (declared.isEmpty() ? "" : " (it takes " + String.join(", ", declared) + ")"));
        return;
      }
      bindings.put(e.getKey(), e.getValue()[0]);
    }
    Query prepared;
    try {
      prepared = QueryRunner.prepare(saved.text(), bindings, saved.name());
    } catch (QueryException e) {
      error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    Query query = ResultLimit.cap(prepared, resultLimit);
    boolean graph = query.isConstructType() || query.isDescribeType();
    MediaType type = chosen(req, graph);
    if (type == null) {
      error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "no acceptable format: this query gives "
          + (graph ? "Turtle, N-Triples or JSON-LD" : "SPARQL results as JSON, XML, CSV or TSV"));
      return;
    }
    if (query != prepared) {
      resp.setHeader(CappedQuery.HEADER, Long.toString(resultLimit));
    }
    try {
      Txn.executeRead(dataset, () -> {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
          write(qe, query, type, resp);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (QueryCancelledException e) {
      if (!resp.isCommitted()) {
        resp.reset();
        error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, saved.name()
            + " ran longer than " + timeout.toSeconds() + " s and was stopped");
      }
    }
  }

  private static MediaType chosen(HttpServletRequest req, boolean graph) {
    String format = req.getParameter("format");
    if (format != null) {
      MediaType t = FORMATS.get(format.toLowerCase(java.util.Locale.ROOT));
      boolean graphType = t == TURTLE || t == NTRIPLES || t == JSONLD;
      return t != null && graphType == graph ? t : null;
    }
    return graph ? ConNeg.chooseContentType(req, GRAPH_TYPES, TURTLE)
        : ConNeg.chooseContentType(req, RESULT_TYPES, RESULTS_JSON);
  }

  private static void write(QueryExecution qe, Query query, MediaType type, HttpServletResponse resp)
      throws IOException {
    String ct = type.getContentTypeStr();
    resp.setContentType(ct + "; charset=utf-8");
    OutputStream out = resp.getOutputStream();
    if (query.isSelectType() || query.isAskType()) {
      Lang lang = ct.equals(RESULTS_XML.getContentTypeStr()) ? ResultSetLang.RS_XML
          : ct.equals(CSV.getContentTypeStr()) ? ResultSetLang.RS_CSV
          : ct.equals(TSV.getContentTypeStr()) ? ResultSetLang.RS_TSV : ResultSetLang.RS_JSON;
      if (query.isSelectType()) {
        ResultSetFormatter.output(out, qe.execSelect(), lang);
      } else {
        ResultSetFormatter.output(out, qe.execAsk(), lang);
      }
      return;
    }
    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
    m.setNsPrefixes(Vocab.prefixes());
    RDFFormat format = ct.equals(NTRIPLES.getContentTypeStr()) ? RDFFormat.NTRIPLES
        : ct.equals(JSONLD.getContentTypeStr()) ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY;
    RDFDataMgr.write(out, m, format);
  }

  private static void list(HttpServletResponse resp) throws IOException {
    StringBuilder html = new StringBuilder(LandingPage.head("diplograph saved queries"));
    html.append("<h1>Saved queries</h1>\n<ul>\n");
    for (SavedQuery q : SavedQuery.bundled()) {
      html.append(LandingPage.savedQueryItem(q));
    }
    html.append("</ul>\n</body></html>\n");
    resp.setContentType("text/html; charset=utf-8");
    resp.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void error(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static String escape(String s) {
    return Entities.escape(s);
  }
}
