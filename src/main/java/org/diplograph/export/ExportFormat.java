package org.diplograph.export;

import java.util.Locale;

/** The dump formats. */
public enum ExportFormat {
  /** Turtle: the union of all graphs, sorted, with prefixes. */
  TTL,
  /** TriG: every named graph, sorted. */
  TRIG,
  /** N-Quads: every named graph, one quad a line, sorted. */
  NQ,
  /** JSON-LD 1.1: every named graph. */
  JSONLD,
  /** The explore page as one self-contained HTML file (libraries and data inlined). */
  HTML;

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
