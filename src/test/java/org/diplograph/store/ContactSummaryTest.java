package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary graph says what the document graphs say together, after any sequence of writes:
 * what the store updates write by write equals what a rebuild from scratch derives.
 */
class ContactSummaryTest {

  static final Node PUTIN = person("vladimir-poutine");
  static final Node KERRY = person("john-kerry");
  static final Node LAVROV = person("serguei-lavrov");
  static final Node RUSSIA = NodeFactory.createURI(Iris.ID + "country/russie");
  static final Node MOSCOW_MEETING = NodeFactory.createURI(Iris.contact("moscow"));

  @Test
  void aContactHeldInOneDocumentAndAnnouncedInAnotherIsHeldAndCountedOnce(@TempDir Path dir) {
    try (DiplographStore store = DiplographStore.create(dir)) {
      Graph announced = GraphFactory.createDefaultGraph();
      contact(announced, MOSCOW_MEETING, Vocab.Planned.asNode(), PUTIN, KERRY, RUSSIA);
      Graph held = GraphFactory.createDefaultGraph();
      contact(held, MOSCOW_MEETING, Vocab.Held.asNode(), PUTIN, KERRY, LAVROV);

      store.replaceDocuments(List.of(new DocumentGraph("announce", announced)));
      assertThat(settled(store, MOSCOW_MEETING)).isEqualTo(Vocab.Planned.asNode());
      assertThat(counts(store, PUTIN, KERRY)).containsExactly(1, 0);
      assertThat(metWith(store, PUTIN)).containsExactly(KERRY);

      store.replaceDocuments(List.of(new DocumentGraph("report", held)));
      assertThat(settled(store, MOSCOW_MEETING)).isEqualTo(Vocab.Held.asNode());
      assertThat(counts(store, PUTIN, KERRY)).containsExactly(1, 1);
      assertThat(counts(store, KERRY, LAVROV)).containsExactly(1, 1);
      assertThat(metWith(store, PUTIN)).containsExactlyInAnyOrder(KERRY, LAVROV);
      // a country takes part but is not a person: no pair with it
      assertThat(metWith(store, RUSSIA)).isEmpty();

      store.removeDocument("report");
      assertThat(settled(store, MOSCOW_MEETING)).isEqualTo(Vocab.Planned.asNode());
      assertThat(counts(store, PUTIN, KERRY)).containsExactly(1, 0);
      assertThat(counts(store, PUTIN, LAVROV)).isEmpty();
      assertThat(metWith(store, LAVROV)).isEmpty();

      store.removeDocument("announce");
      assertThat(settled(store, MOSCOW_MEETING)).isNull();
      assertThat(summary(store)).hasSize(1); // its version, nothing else
    }
  }

  @Test
  void afterRandomWritesTheSummaryIsWhatARebuildDerives(@TempDir Path dir) {
    Random random = new Random(7);
    List<Node> actors = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      actors.add(person("p" + i));
    }
    actors.add(RUSSIA);
    List<Node> statuses = List.of(Vocab.Held.asNode(), Vocab.Planned.asNode(),
        Vocab.Proposed.asNode(), Vocab.Cancelled.asNode());
    try (DiplographStore store = DiplographStore.create(dir)) {
      for (int step = 0; step < 40; step++) {
        String docId = "d" + random.nextInt(8);
        if (random.nextInt(5) == 0) {
          store.removeDocument(docId);
        } else {
          List<DocumentGraph> batch = new ArrayList<>();
          for (int b = 1 + random.nextInt(2); b > 0; b--) {
            Graph g = GraphFactory.createDefaultGraph();
            for (int c = random.nextInt(4); c > 0; c--) {
              // few contact keys, so that documents share contacts
              Node contact = NodeFactory.createURI(Iris.contact("k" + random.nextInt(6)));
              List<Node> who = new ArrayList<>(actors);
              java.util.Collections.shuffle(who, random);
              Node status = statuses.get(random.nextInt(statuses.size()));
              contact(g, contact, status, who.subList(0, 1 + random.nextInt(3)).toArray(Node[]::new));
            }
            batch.add(new DocumentGraph(b == 1 ? docId : "d" + random.nextInt(8), g));
          }
          store.replaceDocuments(batch);
        }
        Set<Quad> incremental = summary(store);
        store.rebuildSummary();
        assertThat(incremental).as("summary after step " + step).isEqualTo(summary(store));
      }
      assertThat(summary(store).size()).as("the random writes left some pairs").isGreaterThan(5);
    }
  }

  private static Node person(String slug) {
    return NodeFactory.createURI(Iris.ID + "person/" + slug);
  }

  /** A contact as diplograph writes it: typed, with its status and participants. */
  private static void contact(Graph g, Node contact, Node status, Node... participants) {
    g.add(Triple.create(contact, RDF.type.asNode(), Vocab.Contact.asNode()));
    g.add(Triple.create(contact, RDF.type.asNode(), Vocab.Meeting.asNode()));
    g.add(Triple.create(contact, Vocab.status.asNode(), status));
    for (Node p : participants) {
      g.add(Triple.create(contact, Vocab.participant.asNode(), p));
      Node type = p.getURI().contains("/person/") ? Vocab.Person.asNode() : Vocab.Country.asNode();
      g.add(Triple.create(p, RDF.type.asNode(), type));
    }
  }

  private static Set<Quad> summary(DiplographStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      Set<Quad> quads = new HashSet<>();
      store.dataset().asDatasetGraph().find(ContactSummary.GRAPH, Node.ANY, Node.ANY, Node.ANY)
          .forEachRemaining(quads::add);
      return quads;
    });
  }

  private static Node settled(DiplographStore store, Node contact) {
    return Txn.calculateRead(store.dataset(), () -> {
      var it = store.dataset().asDatasetGraph().find(ContactSummary.GRAPH, contact,
          Vocab.settledStatus.asNode(), Node.ANY);
      return it.hasNext() ? it.next().getObject() : null;
    });
  }

  private static List<Node> metWith(DiplographStore store, Node person) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<Node> others = new ArrayList<>();
      store.dataset().asDatasetGraph().find(ContactSummary.GRAPH, person, Vocab.metWith.asNode(),
          Node.ANY).forEachRemaining(q -> others.add(q.getObject()));
      return others;
    });
  }

  /** The pair's contact count and held count, or nothing when the store has no such pair. */
  private static List<Integer> counts(DiplographStore store, Node a, Node b) {
    Node pair = NodeFactory.createURI(Iris.pair(a.getURI(), b.getURI()));
    return Txn.calculateRead(store.dataset(), () -> {
      var dsg = store.dataset().asDatasetGraph();
      List<Integer> counts = new ArrayList<>();
      for (Node property : List.of(Vocab.contactCount.asNode(), Vocab.heldContactCount.asNode())) {
        dsg.find(ContactSummary.GRAPH, pair, property, Node.ANY)
            .forEachRemaining(q -> counts.add(((Number) q.getObject().getLiteralValue()).intValue()));
      }
      return counts;
    });
  }
}
