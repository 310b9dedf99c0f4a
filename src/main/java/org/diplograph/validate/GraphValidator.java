package org.diplograph.validate;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rdf.Vocab;
import org.diplograph.rules.ClasspathFiles;

/**
 * Validates graphs against {@code ontology/shapes.ttl} with jena-shacl. The shapes are parsed
 * once; {@link #validate} is thread-safe, so every worker validates its own documents.
 */
public final class GraphValidator {

  /** The shapes file on the class path. */
  public static final String SHAPES = "ontology/shapes.ttl";

  private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefixes(Vocab.prefixes())
      .setNsPrefix("dgsh", "https://w3id.org/diplograph/shapes#")
      .lock();

  private final Shapes shapes;

  private GraphValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  /** The validator with the bundled shapes. */
  public static GraphValidator standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final GraphValidator STANDARD = load();

    private static GraphValidator load() {
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(new ByteArrayInputStream(ClasspathFiles.read(SHAPES))).lang(Lang.TURTLE)
          .parse(g);
      return new GraphValidator(Shapes.parse(g));
    }
  }

  /** What validation found. */
  public record Result(boolean conforms, List<String> violations) {

    public Result {
      violations = List.copyOf(violations);
    }

    /** The violations, one a line. */
    public String summary() {
      return String.join("\n", violations);
    }
  }

  public Result validate(Graph graph) {
    ValidationReport report = ShaclValidator.get().validate(shapes, graph);
    if (report.conforms()) {
      return new Result(true, List.of());
    }
    List<String> violations = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      violations.add("shape " + shapeName(e) + ": " + brief(e.focusNode())
          + (e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES))) + ": "
          + e.message());
    }
    return new Result(false, violations);
  }

  /**
   * The named shape a violation comes from: the shape itself, or for an anonymous property shape
   * the node shape that holds it.
   */
  private String shapeName(ReportEntry e) {
    Node source = e.source();
    if (source != null && source.isBlank()) {
      var parents = shapes.getGraph().find(Node.ANY, SH_PROPERTY, source);
      try {
        if (parents.hasNext()) {
          source = parents.next().getSubject();
        }
      } finally {
        parents.close();
      }
    }
    if (source != null && source.isURI()) {
      return PREFIXES.shortForm(source.getURI());
    }
    return e.constraint() == null ? "?" : e.constraint().toString();
  }

  private static final Node SH_PROPERTY =
      org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

  private static String brief(Node n) {
    return n.isURI() ? "<" + PREFIXES.shortForm(n.getURI()) + ">" : n.toString();
  }
}
