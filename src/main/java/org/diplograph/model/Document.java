package org.diplograph.model;

import java.util.Objects;

/**
 * One article as ingested: its identity, its original text, the cleaned text handed to NLP, and
 * the metadata its source gave.
 *
 * @param id        the document id: the sidecar's or JSONL record's {@code id}, else the file name
 *                  without extension
 * @param origin    where it came from, for messages: a path, or {@code path:line} for JSONL
 * @param text      the original text; every offset diplograph reports points into it (for HTML,
 *                  the main text extracted from the page)
 * @param body      the text without web boilerplate, mapped back to {@code text}
 * @param published the publication date, as precise as known, or {@code null} when unknown
 * @param url       the article's address, or {@code null}
 * @param source    the outlet, or {@code null}
 * @param title     the headline, or {@code null}
 */
public record Document(String id, String origin, String text, CleanText body, PartialDate published,
    String url, String source, String title) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a document id may not be blank");
    }
  }
}
