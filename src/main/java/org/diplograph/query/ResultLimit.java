package org.diplograph.query;

import org.apache.jena.query.Query;

/**
 * A cap on the rows (or triples) one query may return, so that one careless query cannot make a
 * server write gigabytes: a query without LIMIT, or with a larger one, gets the cap as its LIMIT.
 */
public final class ResultLimit {

  private ResultLimit() {
  }

  /**
   * The query with at most {@code max} results: the query itself when its own LIMIT is no larger,
   * else a copy with LIMIT {@code max}. ASK queries are returned as they are.
   */
  public static Query cap(Query query, long max) {
    if (max < 1) {
      throw new IllegalArgumentException("a result limit must be at least 1, not " + max);
    }
    if (query.isAskType() || query.hasLimit() && query.getLimit() <= max) {
      return query;
    }
    Query capped = query.cloneQuery();
    capped.setLimit(max);
    return capped;
  }

  /** Whether {@link #cap} changes this query. */
  public static boolean caps(Query query, long max) {
    return !query.isAskType() && !(query.hasLimit() && query.getLimit() <= max);
  }
}
