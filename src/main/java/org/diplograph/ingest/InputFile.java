package org.diplograph.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A file diplograph reads articles from, and its format (from the extension). */
public record InputFile(FileSource source, Format format) {

  /** The input formats. */
  public enum Format { TEXT, HTML, JSONL }

  /** A file on the local disk. */
  public InputFile(Path path, Format format) {
    this(FileSource.local(path), format);
  }

  /** The format of a file name, if it is one diplograph reads. */
  public static Optional<Format> formatOf(Path path) {
    return formatOf(path.getFileName().toString());
  }

  /** The format of a file name ({@code NAME.txt}, {@code .html}, {@code .htm}, {@code .jsonl}). */
  public static Optional<Format> formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
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
    String name = source.name();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The name of the sidecar: {@code NAME.json} beside {@code NAME.txt} or {@code NAME.html}. */
  public String sidecarName() {
    return baseName() + ".json";
  }
}
