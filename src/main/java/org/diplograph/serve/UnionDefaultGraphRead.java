package org.diplograph.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Fuseki's read-only Graph Store Protocol with the default graph that queries see: {@code ?default}
 * is the union of all graphs (the store itself keeps nothing in its real default graph), as in
 * every SPARQL query on the endpoint.
 */
final class UnionDefaultGraphRead extends GSP_R {

  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    DatasetGraph dsg = super.decideDataset(action);
    return new DatasetGraphWrapper(dsg) {
      @Override
      public Graph getDefaultGraph() {
        return dsg.getUnionGraph();
      }
    };
  }
}
