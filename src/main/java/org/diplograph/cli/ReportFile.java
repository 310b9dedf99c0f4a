package org.diplograph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.diplograph.pipeline.BuildSummary;
import org.diplograph.pipeline.DocumentReport;

/**
 * {@code build --report FILE}: the build as JSON, for scripts that process large corpora: a
 * summary, then every document with its status, counts, warnings and error.
 */
final class ReportFile {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFile() {
  }

  /** Writes the report whole or not at all (a temporary file moved into place). */
  static void write(Path file, BuildSummary s, Path store) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("store", store.toString());
    ObjectNode summary = root.putObject("summary");
    summary.put("documents", s.documents().size());
    summary.put("stored", s.count(DocumentReport.Status.STORED));
    summary.put("unchanged", s.count(DocumentReport.Status.UNCHANGED));
    summary.put("failed", s.count(DocumentReport.Status.FAILED));
    summary.put("sentences", s.sentences());
    summary.put("words", s.words());
    summary.put("contacts", s.contacts());
    summary.put("millis", s.millis());
    summary.put("stoppedEarly", s.stoppedEarly());
    ArrayNode docs = root.putArray("documents");
    for (DocumentReport d : s.documents()) {
      ObjectNode o = docs.addObject();
      o.put("id", d.id());
      o.put("origin", d.origin());
      o.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
      o.put("sentences", d.sentences());
      o.put("words", d.words());
      o.put("contacts", d.contacts());
      o.put("nlpMillis", d.nlpMillis());
      ArrayNode warnings = o.putArray("warnings");
      d.warnings().forEach(warnings::add);
      o.put("error", d.error());
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".report", ".json");
    try {
      JSON.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
