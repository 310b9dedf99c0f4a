package org.diplograph.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A file diplograph reads articles from, and its format (from the extension). */
public record InputFile(Path path, Format format) {

  /** The input formats. */
  public enum Format { TEXT, HTML, JSONL }

  /** The format of a file name, if it is one diplograph reads. */
  public static Optional<Format> formatOf(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(Format.TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(Format.HTML);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(Format.JSONL);
    }
    return Optional.empty();
  }

  /** The file name without its extension: the default document id. */
  public String baseName() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code NAME.json} beside {@code NAME.txt} or {@code NAME.html}. */
  public Path sidecar() {
    return path.resolveSibling(baseName() + ".json");
  }
}
