package org.diplograph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Vocab;

/**
 * Runs SPARQL queries on a dataset: parameters bound with {@link ParameterizedSparqlString}
 * (never by editing the text), a time limit, and results printed in the format asked for.
 */
public final class QueryRunner {

  private QueryRunner() {
  }

  /**
   * Parses {@code text} and binds {@code params} (variable name without {@code ?} to a value as
   * {@link ParameterValues} reads it).
   *
   * @param source names the query in messages (a file name, or "--sparql")
   * @throws QueryException for a syntax error (with line and column) or an unknown variable
   */
  public static Query prepare(String text, Map<String, String> params, String source) {
    // Check the syntax of the text as written first, so that errors point at the user's lines.
    Query unbound = parse(text, source);
    if (params.isEmpty()) {
      return unbound;
    }
    ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
    pss.setNsPrefixes(Vocab.prefixes());
    for (Map.Entry<String, String> p : params.entrySet()) {
      String name = p.getKey().startsWith("?") || p.getKey().startsWith("$")
          ? p.getKey().substring(1) : p.getKey();
      if (!Pattern.compile("[?$]" + Pattern.quote(name) + "(?![\\w\\u00B7\\u0300-\\u036F])")
          .matcher(text).find()) {
        throw new QueryException(QueryException.Kind.PARAMETER,
            source + ": the query has no variable ?" + name + " to bind");
      }
      pss.setParam(name, ParameterValues.parse(p.getValue()));
    }
    try {
      return pss.asQuery();
    } catch (QueryParseException e) {
      throw new QueryException(QueryException.Kind.PARAMETER, source + ": binding the parameters"
          + " broke the query (a bound variable may not appear in SELECT; use it in the pattern"
          + " only): " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * Parses a query without parameters; the prefixes diplograph writes (dg:, dgid:, rdfs:, skos:,
   * dcterms:, ...) may be used without declaring them.
   */
  public static Query parse(String text, String source) {
    Query query = new Query();
    query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Vocab.prefixes()));
    try {
      return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      throw syntaxError(source, e);
    }
  }

  private static final Pattern POSITION = Pattern.compile("(?:at )?[Ll]ine (\\d+), column (\\d+)\\.?\\s*");

  /** "FILE:LINE:COLUMN: what", with the position the parser's message gives. */
  private static QueryException syntaxError(String source, QueryParseException e) {
    String message = firstLine(e.getMessage());
    int line = e.getLine();
    int column = e.getColumn();
    var m = POSITION.matcher(message);
    if (m.find()) {
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
      message = (message.substring(0, m.start()) + message.substring(m.end())).strip();
    }
    return new QueryException(QueryException.Kind.SYNTAX, source + ":" + line + ":" + column
        + ": " + message, e);
  }

  /**
   * Runs {@code query} on {@code dataset} and prints its result to {@code out}: SELECT and ASK in
   * {@code format}, CONSTRUCT and DESCRIBE as Turtle.
   *
   * @return the number of rows (SELECT), triples (CONSTRUCT/DESCRIBE), or 1/0 (ASK)
   * @throws QueryException when the query runs longer than {@code timeout}
   */
  public static long run(Dataset dataset, Query query, ResultFormat format, OutputStream out,
      Duration timeout) {
    try {
      return Txn.calculateRead(dataset, () -> {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
          if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            return select(rs, query, format, out);
          }
          if (query.isAskType()) {
            boolean yes = qe.execAsk();
            ask(yes, format, out);
            return yes ? 1L : 0L;
          }
          Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
          m.setNsPrefixes(Vocab.prefixes());
          m.setNsPrefixes(query.getPrefixMapping());
          RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
          return m.size();
        }
      });
    } catch (QueryCancelledException e) {
      throw new QueryException(QueryException.Kind.TIMEOUT, "the query ran longer than "
          + timeout.toSeconds() + " s and was stopped (--timeout)", e);
    }
  }

  private static long select(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
    return switch (format) {
      case TABLE -> {
        var rewindable = rs.rewindable();
        ResultSetFormatter.out(out, rewindable, query.getPrologue());
        yield rewindable.size();
      }
      case CSV -> counted(rs, r -> ResultSetFormatter.outputAsCSV(out, r));
      case TSV -> counted(rs, r -> ResultSetFormatter.outputAsTSV(out, r));
      case JSON -> counted(rs, r -> ResultSetFormatter.outputAsJSON(out, r));
    };
  }

  private static long counted(ResultSet rs, java.util.function.Consumer<ResultSet> writer) {
    var rewindable = rs.rewindable();
    writer.accept(rewindable);
    return rewindable.size();
  }

  private static void ask(boolean yes, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, yes);
      case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
      case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
      case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line;
  }
}
