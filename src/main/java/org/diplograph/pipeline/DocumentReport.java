package org.diplograph.pipeline;

import java.util.List;

/**
 * What the build did with one document.
 *
 * @param id        the document id ({@code null} when it failed before it had one)
 * @param origin    its file, or {@code file:line}
 * @param status    stored, unchanged (skipped), or failed
 * @param sentences sentences found
 * @param words     syntactic words found
 * @param contacts  contacts extracted
 * @param nlpMillis time spent in the NLP stage
 * @param warnings  problems that did not stop it (e.g. a sidecar that does not parse)
 * @param error     why it failed, or {@code null}
 */
public record DocumentReport(String id, String origin, Status status, int sentences, int words,
    int contacts, long nlpMillis, List<String> warnings, String error) {

  /** The outcome of one document. */
  public enum Status {
    /** Processed and stored (replacing what the store had for it). */
    STORED,
    /** Already in the store with the same content hash: not processed again. */
    UNCHANGED,
    /** Not stored; {@code error} says why. */
    FAILED
  }

  public DocumentReport {
    warnings = List.copyOf(warnings);
  }

  static DocumentReport failed(String id, String origin, String error) {
    return new DocumentReport(id, origin, Status.FAILED, 0, 0, 0, 0, List.of(), error);
  }
}
