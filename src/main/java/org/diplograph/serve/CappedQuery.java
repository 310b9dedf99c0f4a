package org.diplograph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.query.ResultLimit;

/**
 * Fuseki's SPARQL query operation with a result-size limit: a query asking for more rows than the
 * limit (or for all of them) runs with the limit as its LIMIT, and the response says so in the
 * {@value #HEADER} header.
 */
final class CappedQuery extends SPARQL_QueryDataset {

  /** Response header naming the limit a query was capped to. */
  static final String HEADER = "Diplograph-Result-Limit";

  private final long limit;

  CappedQuery(long limit) {
    this.limit = limit;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    Query q = decided.getRight();
    if (!ResultLimit.caps(q, limit)) {
      return decided;
    }
    action.setResponseHeader(HEADER, Long.toString(limit));
    return Pair.create(decided.getLeft(), ResultLimit.cap(q, limit));
  }
}
