package org.diplograph.store;

import org.apache.jena.graph.Graph;

/**
 * The graph of one document, ready to store.
 *
 * @param documentId the document's id; its graph is {@code https://w3id.org/diplograph/id/graph/ID}
 * @param graph      the triples
 */
public record DocumentGraph(String documentId, Graph graph) {
}
