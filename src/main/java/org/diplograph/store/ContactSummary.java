package org.diplograph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Vocab;

/**
 * The summary graph: facts about the union of all document graphs that saved queries need and
 * could otherwise only get by joining most of the store (at 100,000 contacts, pairing every
 * contact's participants with each other is 400,000 rows before any counting).
 *
 * <ul>
 *   <li>{@code ?contact dg:settledStatus ?s}: held when any document says the contact was held;
 *       else cancelled when one says so; else planned; else proposed;
 *   <li>{@code ?a dg:metWith ?b}, both ways, for two persons who took part in a contact together;
 *   <li>a {@code dg:PersonPair} node per such two persons, with both as {@code dg:member}, the
 *       number of their contacts ({@code dg:contactCount}) and of those held
 *       ({@code dg:heldContactCount}).
 * </ul>
 *
 * <p>The store keeps it exact: every write that replaces or removes document graphs calls
 * {@link #update} in the same transaction, which reads the contacts those graphs mention as they
 * were before and as they are after, and changes only the counts and statuses that differ. A
 * store without the summary (written by an earlier version) gets it whole, by {@link #rebuild},
 * on its first write. Package-private: only the store writes it.
 */
final class ContactSummary {

  static final Node GRAPH = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
  /** Raised when what the summary holds changes meaning, so that older summaries are rebuilt. */
  static final String VERSION = "1";

  private static final Node TYPE = RDF.type.asNode();
  private static final Node CONTACT = Vocab.Contact.asNode();
  private static final Node PERSON = Vocab.Person.asNode();
  private static final Node PARTICIPANT = Vocab.participant.asNode();
  private static final Node STATUS = Vocab.status.asNode();
  private static final Node SETTLED = Vocab.settledStatus.asNode();
  private static final Node MET_WITH = Vocab.metWith.asNode();
  private static final Node MEMBER = Vocab.member.asNode();
  private static final Node PERSON_PAIR = Vocab.PersonPair.asNode();
  private static final Node CONTACT_COUNT = Vocab.contactCount.asNode();
  private static final Node HELD_COUNT = Vocab.heldContactCount.asNode();
  private static final Node SUMMARY_VERSION = Vocab.summaryVersion.asNode();
  /** Highest precedence first: one held report settles a contact, whatever else was announced. */
  private static final List<Node> STATUS_PRECEDENCE = List.of(Vocab.Held.asNode(),
      Vocab.Cancelled.asNode(), Vocab.Planned.asNode(), Vocab.Proposed.asNode());

  /** What the union says of one contact; {@code settled} is null when it is in no graph. */
  record ContactState(Set<Node> persons, Node settled) {

    boolean held() {
      return STATUS_PRECEDENCE.get(0).equals(settled);
    }
  }

  private ContactSummary() {
  }

  /** Whether the store holds a summary of the current version. */
  static boolean isCurrent(DatasetGraph dsg) {
    return dsg.contains(GRAPH, GRAPH, SUMMARY_VERSION, NodeFactory.createLiteralString(VERSION));
  }

  /** The contacts a graph describes. */
  static Set<Node> contactsIn(DatasetGraph dsg, Node graph) {
    Set<Node> contacts = new HashSet<>();
    dsg.find(graph, Node.ANY, TYPE, CONTACT).forEachRemaining(q -> contacts.add(q.getSubject()));
    return contacts;
  }

  /** The state of each contact in the union of all graphs, as of now in this transaction. */
  static Map<Node, ContactState> states(DatasetGraph dsg, Set<Node> contacts) {
    Map<Node, Boolean> isPerson = new HashMap<>();
    Map<Node, ContactState> states = new HashMap<>();
    for (Node contact : contacts) {
      Set<Node> persons = new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
      var participants = dsg.find(Node.ANY, contact, PARTICIPANT, Node.ANY);
      try {
        participants.forEachRemaining(q -> {
          Node actor = q.getObject();
          if (isPerson.computeIfAbsent(actor, a -> dsg.contains(Node.ANY, a, TYPE, PERSON))) {
            persons.add(actor);
          }
        });
      } finally {
        Iter.close(participants);
      }
      Node settled = null;
      for (Node status : STATUS_PRECEDENCE) {
        if (dsg.contains(Node.ANY, contact, STATUS, status)) {
          settled = status;
          break;
        }
      }
      states.put(contact, new ContactState(persons, settled));
    }
    return states;
  }

  /**
   * Changes the summary from what {@code before} says of some contacts to what {@code after}
   * says (both from {@link #states}, on the same contacts, around a change of document graphs).
   */
  static void update(DatasetGraph dsg, Map<Node, ContactState> before, Map<Node, ContactState> after) {
    Map<List<Node>, int[]> deltas = new HashMap<>();
    before.values().forEach(s -> addPairs(deltas, s, -1));
    after.values().forEach(s -> addPairs(deltas, s, +1));
    deltas.forEach((pair, delta) -> {
      if (delta[0] != 0 || delta[1] != 0) {
        applyPairDelta(dsg, pair.get(0), pair.get(1), delta[0], delta[1]);
      }
    });
    after.forEach((contact, state) -> {
      dsg.deleteAny(GRAPH, contact, SETTLED, Node.ANY);
      if (state.settled() != null) {
        dsg.add(GRAPH, contact, SETTLED, state.settled());
      }
    });
  }

  /** Replaces the summary with one computed from all document graphs. */
  static void rebuild(DatasetGraph dsg) {
    dsg.removeGraph(GRAPH);
    Set<Node> contacts = new LinkedHashSet<>();
    dsg.find(Node.ANY, Node.ANY, TYPE, CONTACT).forEachRemaining(q -> {
      if (!q.getGraph().equals(GRAPH)) {
        contacts.add(q.getSubject());
      }
    });
    update(dsg, Map.of(), states(dsg, contacts));
    dsg.add(GRAPH, GRAPH, SUMMARY_VERSION, NodeFactory.createLiteralString(VERSION));
  }

  private static void addPairs(Map<List<Node>, int[]> deltas, ContactState state, int sign) {
    List<Node> persons = new ArrayList<>(state.persons());
    for (int i = 0; i < persons.size(); i++) {
      for (int j = i + 1; j < persons.size(); j++) {
        int[] delta = deltas.computeIfAbsent(List.of(persons.get(i), persons.get(j)), k -> new int[2]);
        delta[0] += sign;
        delta[1] += state.held() ? sign : 0;
      }
    }
  }

  private static void applyPairDelta(DatasetGraph dsg, Node a, Node b, int contactDelta, int heldDelta) {
    Node pair = NodeFactory.createURI(Iris.pair(a.getURI(), b.getURI()));
    int contacts = count(dsg, pair, CONTACT_COUNT) + contactDelta;
    int held = count(dsg, pair, HELD_COUNT) + heldDelta;
    if (contacts < 0 || held < 0 || held > contacts) {
      // the summary disagrees with the graphs it summarises: a bug, never a user error
      throw new IllegalStateException("summary of " + a + " and " + b + " would count "
          + contacts + " contacts, " + held + " held");
    }
    dsg.deleteAny(GRAPH, pair, Node.ANY, Node.ANY);
    if (contacts == 0) {
      dsg.delete(GRAPH, a, MET_WITH, b);
      dsg.delete(GRAPH, b, MET_WITH, a);
      return;
    }
    dsg.add(GRAPH, pair, TYPE, PERSON_PAIR);
    dsg.add(GRAPH, pair, MEMBER, a);
    dsg.add(GRAPH, pair, MEMBER, b);
    dsg.add(GRAPH, pair, CONTACT_COUNT, integer(contacts));
    dsg.add(GRAPH, pair, HELD_COUNT, integer(held));
    dsg.add(GRAPH, a, MET_WITH, b);
    dsg.add(GRAPH, b, MET_WITH, a);
  }

  private static int count(DatasetGraph dsg, Node pair, Node property) {
    var it = dsg.find(GRAPH, pair, property, Node.ANY);
    try {
      return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).intValue() : 0;
    } finally {
      Iter.close(it);
    }
  }

  private static Node integer(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
  }
}
