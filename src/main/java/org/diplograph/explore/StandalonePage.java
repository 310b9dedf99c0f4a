package org.diplograph.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ResultFormat;

/**
 * The explore page as one HTML file that opens from disk with no server: its script, style and
 * cytoscape.js inlined, and the answers to its queries (persons, contacts, and the evidence of
 * every contact) inlined as SPARQL JSON results, which the page reads instead of asking an
 * endpoint.
 */
public final class StandalonePage {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private StandalonePage() {
  }

  /** Writes the page for {@code dataset}; returns the number of contacts in it. */
  public static long write(Dataset dataset, OutputStream out) {
    ObjectNode data = JSON.createObjectNode();
    long contacts = 0;
    for (Map.Entry<String, String> q : Map.of(
        "persons", "queries/persons.rq",
        "contacts", "queries/contacts.rq",
        // the page's placeholder for the contacts of one edge, left empty here: all of them
        "evidence", "queries/evidence.rq").entrySet()) {
      String text = ExploreAssets.require(q.getValue()).text().replace("VALUES ?contact { }", "");
      ByteArrayOutputStream results = new ByteArrayOutputStream();
      long rows = QueryRunner.run(dataset, QueryRunner.parse(text, q.getValue()), ResultFormat.JSON,
          results, TIMEOUT);
      if (q.getKey().equals("contacts")) {
        contacts = rows;
      }
      try {
        data.set(q.getKey(), JSON.readTree(results.toByteArray()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String html = page(data);
    try {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contacts;
  }

  private static String page(JsonNode data) {
    String html = ExploreAssets.require("index.html").text();
    html = replaceOnce(html, "<link rel=\"stylesheet\" href=\"explore.css\">",
        "<style>\n" + ExploreAssets.require("explore.css").text() + "</style>");
    html = replaceOnce(html, "<script src=\"lib/cytoscape.min.js\"></script>",
        script(ExploreAssets.require("lib/cytoscape.min.js").text()));
    html = replaceOnce(html, "<script src=\"explore.js\"></script>",
        "<script type=\"application/json\" id=\"explore-data\">" + inlineSafe(data.toString()) + "</script>\n"
            + script(ExploreAssets.require("explore.js").text()));
    return html;
  }

  private static String script(String js) {
    return "<script>\n" + inlineSafe(js) + "\n</script>";
  }

  /**
   * Text that cannot end the script element it is inlined in: "&lt;/" becomes "&lt;\/", which
   * JSON and JavaScript strings read back the same.
   */
  private static String inlineSafe(String text) {
    return text.replace("</", "<\\/");
  }

  private static String replaceOnce(String html, String tag, String replacement) {
    int at = html.indexOf(tag);
    if (at < 0 || html.indexOf(tag, at + 1) >= 0) {
      throw new IllegalStateException("the explore page must hold " + tag + " exactly once");
    }
    return html.substring(0, at) + replacement + html.substring(at + tag.length());
  }
}
