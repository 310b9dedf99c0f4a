package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiplographStoreTest {

  static final Node BARNIER = NodeFactory.createURI(Iris.ID + "person/michel-barnier");
  static final Node STRANGER = NodeFactory.createURI(Iris.ID + "person/jean-inconnu");
  static final Node CONTACT = NodeFactory.createURI(Iris.ID + "contact/k1");

  /**
   * A document's graph does not repeat what the reference graph says (the type and label of a
   * gazetteer person): the union that queries see is the same, with one copy of each such triple.
   */
  @Test
  void documentGraphsLeaveOutWhatTheReferenceGraphSays(@TempDir Path dir) {
    Graph doc = GraphFactory.createDefaultGraph();
    Node label = NodeFactory.createLiteralLang("Michel Barnier", "fr");
    Node strangerLabel = NodeFactory.createLiteralLang("Jean Inconnu", "fr");
    doc.add(Triple.create(CONTACT, RDF.type.asNode(), Vocab.Meeting.asNode()));
    doc.add(Triple.create(CONTACT, Vocab.participant.asNode(), BARNIER));
    doc.add(Triple.create(CONTACT, Vocab.participant.asNode(), STRANGER));
    doc.add(Triple.create(BARNIER, RDF.type.asNode(), Vocab.Person.asNode()));
    doc.add(Triple.create(BARNIER, RDFS.label.asNode(), label));
    doc.add(Triple.create(STRANGER, RDF.type.asNode(), Vocab.Person.asNode()));
    doc.add(Triple.create(STRANGER, RDFS.label.asNode(), strangerLabel));

    ReferenceGraph reference = ReferenceGraph.load();
    assertThat(reference.graph().contains(BARNIER, RDFS.label.asNode(), label)).isTrue();
    try (DiplographStore store = DiplographStore.create(dir)) {
      store.updateReference(reference);
      store.replaceDocuments(List.of(new DocumentGraph("d1", doc), new DocumentGraph("d2", doc)));
      Txn.executeRead(store.dataset(), () -> {
        var dsg = store.dataset().asDatasetGraph();
        Node g1 = NodeFactory.createURI(Iris.graph("d1"));
        assertThat(dsg.contains(g1, BARNIER, RDFS.label.asNode(), label)).isFalse();
        assertThat(dsg.contains(g1, BARNIER, RDF.type.asNode(), Vocab.Person.asNode())).isFalse();
        assertThat(dsg.contains(g1, STRANGER, RDFS.label.asNode(), strangerLabel)).isTrue();
        assertThat(dsg.getGraph(g1).size()).isEqualTo(5);
        // the union holds everything the document said, once
        Graph union = dsg.getUnionGraph();
        doc.find().forEachRemaining(t -> assertThat(union.contains(t)).as(t.toString()).isTrue());
        // (the stored reference graph also holds its content hash, the summary graph its version;
        // the contact is not typed dg:Contact here, so the summary has nothing else)
        assertThat(union.size()).isEqualTo(reference.graph().size() + 1 + 5 + 1);
      });
    }
  }
}
