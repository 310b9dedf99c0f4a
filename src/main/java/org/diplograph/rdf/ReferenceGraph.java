package org.diplograph.rdf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rules.ClasspathFiles;

/**
 * The reference graph: the ontology, the gazetteer (persons, countries, places, organizations,
 * offices) and the topic scheme, as one graph with blank nodes replaced by stable IRIs.
 *
 * @param graph the triples
 * @param hash  SHA-256 of the files it was read from: the store reloads it only when it changes
 * @param files the class-path resources it was read from
 */
public record ReferenceGraph(Graph graph, String hash, List<String> files) {

  /** The ontology file on the class path. */
  public static final String ONTOLOGY = "ontology/diplograph.ttl";
  /** The class-path folder of the gazetteer's Turtle files. */
  public static final String GAZETTEER = "gazetteer";

  /** Reads the bundled ontology and gazetteer; a file that does not parse fails with its name. */
  public static ReferenceGraph load() {
    List<String> files = new ArrayList<>();
    files.add(ONTOLOGY);
    files.addAll(ClasspathFiles.list(GAZETTEER, ".ttl"));
    Graph g = GraphFactory.createDefaultGraph();
    MessageDigest digest = sha256();
    for (String file : files) {
      byte[] bytes = ClasspathFiles.read(file);
      digest.update(file.getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      try {
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base(Iris.ID)
            .parse(g);
      } catch (RiotException e) {
        throw new IllegalStateException(file + ": does not parse: " + e.getMessage(), e);
      }
    }
    Graph skolemized = Skolemizer.skolemize(g);
    skolemized.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
    return new ReferenceGraph(skolemized, HexFormat.of().formatHex(digest.digest()), List.copyOf(files));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
