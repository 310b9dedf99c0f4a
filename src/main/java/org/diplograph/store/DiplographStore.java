package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.rdf.Vocab;

/**
 * The TDB2 store: one named graph per document, a reference graph with the ontology and
 * gazetteer, a summary graph derived from the document graphs (see {@link ContactSummary}), and
 * the union of all graphs as the default graph that queries see.
 *
 * <p>Life cycle: {@link #create} or {@link #open} connects to the folder and takes TDB2's process
 * lock (a second process gets a {@link StoreUnavailableException}); every read and write runs in
 * a TDB2 transaction, so a killed process leaves the store as of its last commit; {@link #close}
 * releases the folder. Instances are thread-safe (TDB2 allows concurrent readers and one writer).
 */
public final class DiplographStore implements AutoCloseable {

  private static final Node REFERENCE = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
  private static final Node CONTENT_HASH = Vocab.contentHash.asNode();

  private final Path dir;
  private final Dataset dataset;
  /** See {@link #referenceSubjects}; written only inside write transactions. */
  private volatile Set<Node> referenceSubjects;

  private DiplographStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /** Opens the store at {@code dir}, creating it when the folder does not hold one yet. */
  public static DiplographStore create(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreUnavailableException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    return connect(dir);
  }

  /** Opens an existing store; fails when {@code dir} holds none (nothing is created). */
  public static DiplographStore open(Path dir) {
    if (!isStore(dir)) {
      throw new StoreUnavailableException("no diplograph store at " + dir
          + " (run 'diplograph build' first, or give --store DIR)");
    }
    return connect(dir);
  }

  /** Whether {@code dir} holds a TDB2 database. */
  public static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }

  private static DiplographStore connect(Path dir) {
    try {
      return new DiplographStore(dir, TDB2Factory.connectDataset(dir.toString()));
    } catch (RuntimeException e) {
      if (isLockProblem(e)) {
        throw new StoreUnavailableException("the store " + dir + " is in use by another process"
            + " (a running build or serve); stop it or use another --store", e);
      }
      throw new StoreUnavailableException("cannot open the store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isLockProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("AlreadyLocked") || msg.contains("lock")) {
        return true;
      }
    }
    return false;
  }

  public Path directory() {
    return dir;
  }

  /** The dataset, with the union of all graphs as its default graph. */
  public Dataset dataset() {
    return dataset;
  }

  /** The content hash stored with a document, if the document is in the store. */
  public Optional<String> contentHash(String docId) {
    Node graph = NodeFactory.createURI(Iris.graph(docId));
    Node doc = NodeFactory.createURI(Iris.document(docId));
    return Txn.calculateRead(dataset, () -> {
      var it = dataset.asDatasetGraph().find(graph, doc, CONTENT_HASH, Node.ANY);
      try {
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
      } finally {
        Iter.close(it);
      }
    });
  }

  /**
   * Stores the graphs in one transaction, each replacing whatever its document had: re-ingesting
   * a document never leaves its old triples behind, and a batch is stored whole or not at all.
   * Triples the reference graph holds already (the type and label of a gazetteer person, place or
   * topic) are left out of the document's graph (see {@link DocumentGraph#storedQuads}); store the
   * reference graph first.
   */
  public void replaceDocuments(List<DocumentGraph> graphs) {
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Set<Node> described = referenceSubjects(dsg);
      Set<Node> contacts = new HashSet<>();
      for (DocumentGraph g : graphs) {
        contacts.addAll(ContactSummary.contactsIn(dsg, NodeFactory.createURI(Iris.graph(g.documentId()))));
        g.graph().find(Node.ANY, RDF.type.asNode(), Vocab.Contact.asNode())
            .forEachRemaining(t -> contacts.add(t.getSubject()));
      }
      var before = summaryBefore(dsg, contacts);
      for (DocumentGraph g : graphs) {
        dsg.removeGraph(NodeFactory.createURI(Iris.graph(g.documentId())));
        g.storedQuads(t -> described.contains(t.getSubject())
            && dsg.contains(REFERENCE, t.getSubject(), t.getPredicate(), t.getObject()), dsg::add);
      }
      summaryAfter(dsg, contacts, before);
    });
  }

  /**
   * The summary's view of these contacts before a change of document graphs; first, when the
   * store has no current summary (an empty store, or one an earlier version wrote), the whole
   * summary, so that the change is applied to an exact one.
   */
  private static Map<Node, ContactSummary.ContactState> summaryBefore(DatasetGraph dsg, Set<Node> contacts) {
    if (!ContactSummary.isCurrent(dsg)) {
      ContactSummary.rebuild(dsg);
    }
    return ContactSummary.states(dsg, contacts);
  }

  private static void summaryAfter(DatasetGraph dsg, Set<Node> contacts,
      Map<Node, ContactSummary.ContactState> before) {
    ContactSummary.update(dsg, before, ContactSummary.states(dsg, contacts));
  }

  /**
   * Recomputes the summary graph (see {@link ContactSummary}) from all document graphs. Writes
   * through this class keep it up to date; call this after writing graphs into the dataset
   * directly (loading a dump, say).
   */
  public void rebuildSummary() {
    Txn.executeWrite(dataset, () -> ContactSummary.rebuild(dataset.asDatasetGraph()));
  }

  /** The subjects of the reference graph, read once (and again after it changes). */
  private Set<Node> referenceSubjects(DatasetGraph dsg) {
    Set<Node> subjects = referenceSubjects;
    if (subjects == null) {
      Set<Node> found = new HashSet<>();
      dsg.find(REFERENCE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> found.add(q.getSubject()));
      subjects = Set.copyOf(found);
      referenceSubjects = subjects;
    }
    return subjects;
  }

  /**
   * Loads N-Quads shards (each quad in a document's named graph, as the Spark job writes them, or
   * a dump by {@code export --format nq}, whose reference and summary graphs are skipped: the store
   * makes its own) with TDB2's parallel bulk loader. A
   * document graph already in the store is replaced: it is removed before the shards are loaded.
   * Then the summary graph is derived again from all document graphs.
   *
   * <p>The shards are read twice: first to check them and find their graphs (nothing is changed
   * when one is bad), then by the loader. Not to be called inside a transaction.
   *
   * @throws ShardException when a shard cannot be read or parsed, or holds a quad outside a
   *     document graph; the store is unchanged
   */
  public BulkLoad bulkLoad(List<Path> shards, MonitorOutput monitor) {
    long t0 = System.nanoTime();
    Set<Node> graphs = new HashSet<>();
    for (Path shard : shards) {
      graphs.addAll(ShardCheck.graphsOf(shard));
    }
    long t1 = System.nanoTime();
    int replaced = Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      int n = 0;
      for (Node g : graphs) {
        if (dsg.containsGraph(g)) {
          dsg.removeGraph(g);
          n++;
        }
      }
      return n;
    });
    DataLoader loader = LoaderFactory.parallelLoader(dataset.asDatasetGraph(), monitor);
    loader.startBulk();
    try {
      StreamRDF into = loader.stream();
      StreamRDF documentsOnly = new StreamRDFWrapper(into) {
        @Override
        public void quad(Quad quad) {
          if (!ShardCheck.isMadeByLoad(quad.getGraph())) {
            into.quad(quad);
          }
        }
      };
      for (Path shard : shards) {
        RDFParser.source(shard).lang(Lang.NQUADS).parse(documentsOnly);
      }
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    long t2 = System.nanoTime();
    rebuildSummary();
    long t3 = System.nanoTime();
    return new BulkLoad(shards.size(), loader.countQuads(), graphs.size(), replaced,
        Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2));
  }

  /**
   * What {@link #bulkLoad} did: quads loaded, document graphs in the shards (of which
   * {@code replaced} were in the store before), and how long checking, loading and deriving the
   * summary took.
   */
  public record BulkLoad(int shards, long quads, int graphs, int replaced, Duration check,
      Duration load, Duration summary) {
  }

  /** Removes a document's graph; true when there was one. */
  public boolean removeDocument(String docId) {
    Node name = NodeFactory.createURI(Iris.graph(docId));
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      boolean present = dsg.containsGraph(name);
      Set<Node> contacts = ContactSummary.contactsIn(dsg, name);
      var before = summaryBefore(dsg, contacts);
      dsg.removeGraph(name);
      summaryAfter(dsg, contacts, before);
      return present;
    });
  }

  /** Whether the store holds exactly this reference graph already. */
  public boolean hasReference(ReferenceGraph reference) {
    Node hash = NodeFactory.createLiteralString(reference.hash());
    return Txn.calculateRead(dataset,
        () -> dataset.asDatasetGraph().contains(REFERENCE, REFERENCE, CONTENT_HASH, hash));
  }

  /**
   * Replaces the reference graph when the stored one was read from other files (or there is
   * none); returns whether it was replaced.
   */
  public boolean updateReference(ReferenceGraph reference) {
    Node hash = NodeFactory.createLiteralString(reference.hash());
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      if (dsg.contains(REFERENCE, REFERENCE, CONTENT_HASH, hash)) {
        return false;
      }
      dsg.removeGraph(REFERENCE);
      referenceSubjects = null;
      addAll(dsg, REFERENCE, reference.graph());
      dsg.add(REFERENCE, REFERENCE, CONTENT_HASH, hash);
      // who is a person may have changed with the gazetteer, and with it the persons' pairs
      ContactSummary.rebuild(dsg);
      return true;
    });
  }

  private static void addAll(DatasetGraph dsg, Node name, Graph graph) {
    var it = graph.find();
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        dsg.add(new Quad(name, t));
      }
    } finally {
      it.close();
    }
  }

  /** The number of quads in all named graphs. */
  public long quadCount() {
    return Txn.calculateRead(dataset,
        () -> Iter.count(dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
  }

  /** The number of distinct triples in the union of all graphs (what the default graph holds). */
  public long unionTripleCount() {
    return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph().size());
  }

  /** The ids of the documents in the store. */
  public List<String> documentIds() {
    return Txn.calculateRead(dataset, () -> {
      java.util.ArrayList<String> ids = new java.util.ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
        String id = n.isURI() ? Iris.documentIdOfGraph(n.getURI()) : null;
        if (id != null) {
          ids.add(id);
        }
      });
      java.util.Collections.sort(ids);
      return ids;
    });
  }

  /** Releases the folder: another process may open it afterwards. */
  @Override
  public void close() {
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
