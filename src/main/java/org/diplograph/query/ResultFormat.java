package org.diplograph.query;

/** How {@code query} prints SELECT and ASK results. */
public enum ResultFormat {
  /** An aligned text table, for people. */
  TABLE,
  /** RFC 4180 CSV (SPARQL 1.1 Query Results CSV). */
  CSV,
  /** SPARQL 1.1 Query Results TSV. */
  TSV,
  /** W3C SPARQL 1.1 Query Results JSON. */
  JSON
}
