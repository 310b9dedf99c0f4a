package org.diplograph.store;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.rdf.Iris;

/**
 * The graph of one document, ready to store.
 *
 * @param documentId the document's id; its graph is {@code https://w3id.org/diplograph/id/graph/ID}
 * @param graph      the triples
 */
public record DocumentGraph(String documentId, Graph graph) {

  /**
   * The quads a store keeps of this graph: its triples in the document's named graph, except
   * those the reference graph says already (the type and label of a gazetteer person): the union
   * is the same, and a busy person's label is one quad, not one per document. The build's store
   * and the Spark job's shards both use this, so they hold the same quads.
   *
   * @param inReference whether the reference graph holds a triple
   */
  public void storedQuads(Predicate<Triple> inReference, Consumer<Quad> sink) {
    Node name = NodeFactory.createURI(Iris.graph(documentId));
    var it = graph.find();
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        if (!inReference.test(t)) {
          sink.accept(new Quad(name, t));
        }
      }
    } finally {
      it.close();
    }
  }
}
