package org.diplograph.rdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Replaces blank nodes by IRIs derived from what they say, so that the same input always gives
 * the same IRIs: dumps then diff cleanly and a reloaded reference graph equals the stored one.
 *
 * <p>A blank node's IRI is a hash of its outgoing triples (with nested blank nodes described the
 * same way) and of the subjects and properties that point to it. The gazetteer's offices are
 * blank nodes one level deep, which this handles exactly.
 */
public final class Skolemizer {

  private static final String BASE = Iris.ID + "node/";
  private static final int MAX_DEPTH = 4;

  private Skolemizer() {
  }

  /** A copy of {@code graph} with every blank node replaced by a content-derived IRI. */
  public static Graph skolemize(Graph graph) {
    Map<Node, Node> iris = new HashMap<>();
    Graph out = GraphFactory.createDefaultGraph();
    out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    ExtendedIterator<Triple> it = graph.find();
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        out.add(Triple.create(replace(graph, t.getSubject(), iris), t.getPredicate(),
            replace(graph, t.getObject(), iris)));
      }
    } finally {
      it.close();
    }
    return out;
  }

  private static Node replace(Graph g, Node n, Map<Node, Node> iris) {
    if (!n.isBlank()) {
      return n;
    }
    return iris.computeIfAbsent(n, b -> NodeFactory.createURI(
        BASE + DocumentGraphs.sha256(describe(g, b, 0) + "<-" + incoming(g, b)).substring(0, 20)));
  }

  private static String describe(Graph g, Node b, int depth) {
    List<String> parts = new ArrayList<>();
    ExtendedIterator<Triple> it = g.find(b, Node.ANY, Node.ANY);
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        Node o = t.getObject();
        String obj = o.isBlank() ? (depth < MAX_DEPTH ? "[" + describe(g, o, depth + 1) + "]" : "[]")
            : o.toString();
        parts.add(t.getPredicate() + " " + obj);
      }
    } finally {
      it.close();
    }
    Collections.sort(parts);
    return String.join(" ; ", parts);
  }

  private static String incoming(Graph g, Node b) {
    List<String> parts = new ArrayList<>();
    ExtendedIterator<Triple> it = g.find(Node.ANY, Node.ANY, b);
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        parts.add((t.getSubject().isBlank() ? "[]" : t.getSubject().toString()) + " " + t.getPredicate());
      }
    } finally {
      it.close();
    }
    Collections.sort(parts);
    return String.join(" ; ", parts);
  }
}
