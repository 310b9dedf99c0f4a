package org.diplograph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.model.Document;
import org.diplograph.model.PartialDate;

/**
 * Reads articles from input files: plain text (UTF-8, else windows-1252) with an optional sidecar
 * {@code NAME.json}, HTML pages (main text only), and JSON Lines (one article a line).
 *
 * <p>Every article yields exactly one {@link IngestResult}, in file order: a document, or a failure
 * naming the file (and line) and the reason. A bad article never stops the others. One instance
 * reads one run: it remembers the ids it has given out and refuses a second document with the
 * same id. Not thread-safe; the NLP workers downstream are where the parallelism is.
 */
public final class Ingestor {

  /** The default size limit of one document. */
  public static final long DEFAULT_MAX_DOC_BYTES = 5L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final long maxDocBytes;
  private final BoilerplateCleaner cleaner;
  private final Map<String, String> seenIds = new HashMap<>();

  public Ingestor(long maxDocBytes, BoilerplateCleaner cleaner) {
    if (maxDocBytes <= 0) {
      throw new IllegalArgumentException("the document size limit must be positive: " + maxDocBytes);
    }
    this.maxDocBytes = maxDocBytes;
    this.cleaner = cleaner;
  }

  public Ingestor() {
    this(DEFAULT_MAX_DOC_BYTES, BoilerplateCleaner.standard());
  }

  /** Reads every file, handing each result to {@code sink} as soon as it is read. */
  public void read(List<InputFile> files, Consumer<IngestResult> sink) {
    for (InputFile file : files) {
      read(file, sink);
    }
  }

  /** Reads one file: one result for a text or HTML file, one a line for JSONL. */
  public void read(InputFile file, Consumer<IngestResult> sink) {
    switch (file.format()) {
      case JSONL -> readJsonLines(file, sink);
      case TEXT, HTML -> sink.accept(readSingle(file));
    }
  }

  private IngestResult readSingle(InputFile file) {
    String origin = file.source().origin();
    try {
      long size = file.source().size();
      if (size > maxDocBytes) {
        return new IngestResult.Failed(origin, tooLarge(size));
      }
      byte[] bytes;
      try (InputStream in = file.source().open()) {
        bytes = in.readAllBytes();
      }
      String text = TextDecoder.decode(bytes).text();
      List<String> warnings = new ArrayList<>();
      ArticleMetadata page = ArticleMetadata.NONE;
      if (file.format() == InputFile.Format.HTML) {
        page = HtmlText.extract(text);
        text = page.text();
        if (text.isBlank()) {
          return new IngestResult.Failed(origin, "no article text in the HTML page");
        }
      }
      Optional<FileSource> sidecarFile = file.source().sibling(file.sidecarName());
      ArticleMetadata sidecar = sidecarFile.isPresent() ? readSidecar(sidecarFile.get(), warnings)
          : ArticleMetadata.NONE;
      String id = firstNonBlank(sidecar.id(), file.baseName());
      PartialDate published = date(firstNonBlank(sidecar.published(), page.published()),
          sidecar.published() != null ? sidecarFile.get().origin() : origin, warnings);
      return document(id, origin, text, published,
          firstNonBlank(sidecar.url(), page.url()), sidecar.source(),
          firstNonBlank(sidecar.title(), page.title()), warnings);
    } catch (InputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    } catch (IOException e) {
      return new IngestResult.Failed(origin, "cannot read: " + describe(e));
    }
  }

  private void readJsonLines(InputFile file, Consumer<IngestResult> sink) {
    String path = file.source().origin();
    int lineNo = 0;
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.source().open(), strict))) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          sink.accept(readJsonLine(file, lineNo, line));
        }
      }
      if (lineNo == 0) {
        sink.accept(new IngestResult.Failed(path, "empty file"));
      }
    } catch (CharacterCodingException e) {
      sink.accept(new IngestResult.Failed(path + ":" + (lineNo + 1),
          "not valid UTF-8 (JSON Lines must be UTF-8); the rest of the file was not read"));
    } catch (IOException e) {
      sink.accept(new IngestResult.Failed(path + ":" + (lineNo + 1), "cannot read: " + describe(e)));
    }
  }

  private IngestResult readJsonLine(InputFile file, int lineNo, String line) {
    String origin = file.source().origin() + ":" + lineNo;
    if (line.length() > maxDocBytes) {
      return new IngestResult.Failed(origin, tooLarge(line.length()));
    }
    ArticleMetadata record;
    try {
      record = JSON.readValue(line, ArticleMetadata.class);
    } catch (JsonProcessingException e) {
      return new IngestResult.Failed(origin, "not a JSON object: " + e.getOriginalMessage());
    }
    if (record == null || record.text() == null || record.text().isBlank()) {
      return new IngestResult.Failed(origin, "no \"text\" field, or it is empty");
    }
    List<String> warnings = new ArrayList<>();
    String id = record.id();
    if (id == null || id.isBlank()) {
      id = file.baseName() + "-" + lineNo;
      warnings.add(origin + ": no \"id\" field; the document is called " + id);
    }
    PartialDate published = date(record.published(), origin, warnings);
    return document(id.strip(), origin, record.text(), published, record.url(), record.source(),
        record.title(), warnings);
  }

  private IngestResult document(String id, String origin, String text, PartialDate published,
      String url, String source, String title, List<String> warnings) {
    String earlier = seenIds.putIfAbsent(id, origin);
    if (earlier != null) {
      return new IngestResult.Failed(origin,
          "duplicate document id \"" + id + "\", already read from " + earlier);
    }
    Document doc = new Document(id, origin, text, cleaner.clean(text), published, blankToNull(url),
        blankToNull(source), blankToNull(title));
    return new IngestResult.Read(doc, warnings);
  }

  /** Reads a sidecar; a broken one is a warning, and its metadata is not used. */
  private static ArticleMetadata readSidecar(FileSource sidecar, List<String> warnings) {
    try (InputStream in = sidecar.open()) {
      ArticleMetadata meta = JSON.readValue(in, ArticleMetadata.class);
      return meta == null ? ArticleMetadata.NONE : meta;
    } catch (JsonProcessingException e) {
      warnings.add(sidecar.origin() + ": sidecar is not valid JSON (" + e.getOriginalMessage()
          + "); the document is stored without its metadata");
    } catch (IOException e) {
      warnings.add(sidecar.origin() + ": cannot read sidecar (" + describe(e)
          + "); the document is stored without its metadata");
    }
    return ArticleMetadata.NONE;
  }

  private static PartialDate date(String value, String where, List<String> warnings) {
    try {
      return PartialDate.parseOptional(value).orElse(null);
    } catch (IllegalArgumentException e) {
      warnings.add(where + ": \"published\" is " + e.getMessage()
          + "; the document is stored without a publication date");
      return null;
    }
  }

  private String tooLarge(long size) {
    return "larger (" + size + " bytes) than the limit of " + maxDocBytes
        + " bytes (--max-doc-bytes); not processed";
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : (b != null && !b.isBlank() ? b.strip() : null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
