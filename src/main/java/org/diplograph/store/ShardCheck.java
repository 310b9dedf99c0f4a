package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.Iris;

/** Reads a shard before it is loaded: every quad must be in a document's graph. */
final class ShardCheck {

  private ShardCheck() {
  }

  /**
   * Whether quads in this graph are skipped: the reference graph and the summary graph (as in a
   * dump by {@code export --format nq}) are made by the store itself.
   */
  static boolean isMadeByLoad(Node graph) {
    return graph.equals(ContactSummary.GRAPH) || graph.isURI() && graph.getURI().equals(Iris.REFERENCE_GRAPH);
  }

  /** The document graphs of an N-Quads shard. */
  static Set<Node> graphsOf(Path shard) {
    if (!Files.isRegularFile(shard)) {
      throw new ShardException(shard + ": no such file");
    }
    Set<Node> graphs = new HashSet<>();
    try {
      // errors become one message naming the shard, not also a log line
      RDFParser.source(shard).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
          .parse(new StreamRDFBase() {
        @Override
        public void quad(Quad quad) {
          Node g = quad.getGraph();
          if (!isMadeByLoad(g) && graphs.add(g) && (!g.isURI() || Iris.documentIdOfGraph(g.getURI()) == null)) {
            throw new ShardException(shard + ": a quad in " + (quad.isDefaultGraph() ? "the default graph"
                : "graph " + g) + ", not in a document's graph (" + quad + ")");
          }
        }

        @Override
        public void triple(Triple triple) {
          throw new ShardException(shard + ": a triple without a graph (" + triple + ")");
        }
      });
    } catch (RiotException e) {
      throw new ShardException(shard + ": " + e.getMessage(), e);
    }
    return graphs;
  }
}
