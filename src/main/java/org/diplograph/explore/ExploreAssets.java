package org.diplograph.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The files of the explore page, read from the class path: the page, its script and style, the
 * SPARQL queries it sends, and cytoscape.js from its WebJar. {@code serve} hands them out under
 * {@code /explore/}; {@code export --format html} inlines them into one file.
 */
public final class ExploreAssets {

  /** A file of the page: its bytes and media type. */
  public record Asset(byte[] bytes, String mediaType) {

    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static final String BASE = "explore/";
  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "explore.js", "text/javascript; charset=utf-8",
      "explore.css", "text/css; charset=utf-8",
      "queries/persons.rq", "application/sparql-query; charset=utf-8",
      "queries/contacts.rq", "application/sparql-query; charset=utf-8",
      "queries/evidence.rq", "application/sparql-query; charset=utf-8",
      "lib/cytoscape.min.js", "text/javascript; charset=utf-8");

  private ExploreAssets() {
  }

  /** The file at {@code path} (relative to the page, e.g. {@code explore.js}), if it is one. */
  public static Optional<Asset> get(String path) {
    String type = MEDIA_TYPES.get(path);
    if (type == null) {
      return Optional.empty();
    }
    String resource = path.equals("lib/cytoscape.min.js") ? cytoscapeResource() : BASE + path;
    return Optional.of(new Asset(read(resource), type));
  }

  /** A file that must exist (it is part of the jar). */
  static Asset require(String path) {
    return get(path).orElseThrow(() -> new IllegalArgumentException("no explore asset " + path));
  }

  /** Where the WebJar keeps cytoscape.js: its version is read from the WebJar itself. */
  private static String cytoscapeResource() {
    Properties pom = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/dist/cytoscape.min.js";
  }

  private static byte[] read(String resource) {
    try (InputStream in = resource(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ExploreAssets.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      // the jar was built without the file: a packaging bug, not a user error
      throw new IllegalStateException("the class path has no " + name);
    }
    return in;
  }
}
