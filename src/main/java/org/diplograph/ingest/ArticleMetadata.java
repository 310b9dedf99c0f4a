package org.diplograph.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The metadata fields of a sidecar {@code NAME.json} or of a JSONL record, as written: every field
 * may be missing. {@code text} is only used in JSONL records.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleMetadata(String id, String text, String published, String url, String source,
    String title) {

  public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null);
}
