package org.diplograph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.explore.StandalonePage;
import org.diplograph.rdf.Vocab;

/**
 * Writes the store as a dump file. Turtle, TriG and N-Quads come out in a fixed order (sorted by
 * graph, subject, predicate with rdf:type first, object), so that two dumps of the same store, or
 * of stores built from the same input, are byte-identical and diff cleanly.
 */
public final class Exporter {

  private static final Node TYPE = RDF.type.asNode();
  private static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
  private static final Comparator<Node> PREDICATES = (a, b) ->
      a.equals(b) ? 0 : a.equals(TYPE) ? -1 : b.equals(TYPE) ? 1 : NODES.compare(a, b);
  private static final Comparator<Triple> TRIPLES = Comparator
      .comparing(Triple::getSubject, NODES)
      .thenComparing(Triple::getPredicate, PREDICATES)
      .thenComparing(Triple::getObject, NODES);
  private static final Comparator<Quad> QUADS = Comparator
      .comparing(Quad::getGraph, NODES)
      .thenComparing(Quad::asTriple, TRIPLES);

  private Exporter() {
  }

  /**
   * Writes {@code dataset} to {@code out}; returns the number of triples (Turtle) or quads written.
   */
  public static long write(Dataset dataset, ExportFormat format, OutputStream out) {
    return Txn.calculateRead(dataset, () -> switch (format) {
      case TTL -> writeTurtle(dataset.asDatasetGraph(), out);
      case TRIG -> writeQuads(dataset.asDatasetGraph(), RDFFormat.TRIG_BLOCKS, out);
      case NQ -> writeQuads(dataset.asDatasetGraph(), RDFFormat.NQUADS, out);
      case JSONLD -> writeJsonLd(dataset.asDatasetGraph(), out);
      case HTML -> StandalonePage.write(dataset, out);
    });
  }

  private static long writeTurtle(DatasetGraph dsg, OutputStream out) {
    List<Triple> triples = new ArrayList<>();
    dsg.getUnionGraph().find().forEachRemaining(triples::add);
    triples.sort(TRIPLES);
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
    stream.start();
    Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
    triples.forEach(stream::triple);
    stream.finish();
    return triples.size();
  }

  private static long writeQuads(DatasetGraph dsg, RDFFormat format, OutputStream out) {
    List<Quad> quads = new ArrayList<>();
    Iter.forEach(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> {
      if (!q.isDefaultGraph()) {
        quads.add(q);
      }
    });
    quads.sort(QUADS);
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
    stream.start();
    Vocab.prefixes().getNsPrefixMap().forEach(stream::prefix);
    quads.forEach(stream::quad);
    stream.finish();
    return quads.size();
  }

  private static long writeJsonLd(DatasetGraph dsg, OutputStream out) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    copy.prefixes().putAll(Vocab.prefixes());
    long n = 0;
    var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    try {
      while (it.hasNext()) {
        Quad q = it.next();
        if (!q.isDefaultGraph()) {
          copy.add(q);
          n++;
        }
      }
    } finally {
      Iter.close(it);
    }
    RDFDataMgr.write(out, copy, RDFFormat.JSONLD11_PRETTY);
    return n;
  }
}
