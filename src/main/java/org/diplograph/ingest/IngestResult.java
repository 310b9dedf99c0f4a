package org.diplograph.ingest;

import java.util.List;
import org.diplograph.model.Document;

/** What reading one article gave: a document (perhaps with warnings), or a failure. */
public sealed interface IngestResult permits IngestResult.Read, IngestResult.Failed {

  /** Where the article came from: a path, or {@code path:line} for a JSONL record. */
  String origin();

  /**
   * A document read, and what was wrong with its metadata (it is stored without the bad parts).
   */
  record Read(Document document, List<String> warnings) implements IngestResult {
    public Read {
      warnings = List.copyOf(warnings);
    }

    @Override
    public String origin() {
      return document.origin();
    }
  }

  /** An article that could not be read, with the reason. */
  record Failed(String origin, String reason) implements IngestResult {
  }
}
