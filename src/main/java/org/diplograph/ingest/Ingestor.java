package org.diplograph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      case JSONL -> readJsonLines(file.path(), sink);
      case TEXT, HTML -> sink.accept(readSingle(file));
    }
  }

  private IngestResult readSingle(InputFile file) {
    String origin = file.path().toString();
    try {
      long size = Files.size(file.path());
      if (size > maxDocBytes) {
        return new IngestResult.Failed(origin, tooLarge(size));
      }
      String text = TextDecoder.decode(Files.readAllBytes(file.path())).text();
      List<String> warnings = new ArrayList<>();
      ArticleMetadata page = ArticleMetadata.NONE;
      if (file.format() == InputFile.Format.HTML) {
        page = HtmlText.extract(text);
        text = page.text();
        if (text.isBlank()) {
          return new IngestResult.Failed(origin, "no article text in the HTML page");
        }
      }
      ArticleMetadata sidecar = readSidecar(file.sidecar(), warnings);
      String id = firstNonBlank(sidecar.id(), file.baseName());
      PartialDate published = date(firstNonBlank(sidecar.published(), page.published()),
          sidecar.published() != null ? file.sidecar().toString() : origin, warnings);
      return document(id, origin, text, published,
          firstNonBlank(sidecar.url(), page.url()), sidecar.source(),
          firstNonBlank(sidecar.title(), page.title()), warnings);
    } catch (InputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    } catch (IOException e) {
      return new IngestResult.Failed(origin, "cannot read: " + describe(e));
    }
  }

  private void readJsonLines(Path path, Consumer<IngestResult> sink) {
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (!line.isBlank()) {
          sink.accept(readJsonLine(path, lineNo, line));
        }
      }
      if (lineNo == 0) {
        sink.accept(new IngestResult.Failed(path.toString(), "empty file"));
      }
    } catch (CharacterCodingException e) {
      sink.accept(new IngestResult.Failed(path + ":" + (lineNo + 1),
          "not valid UTF-8 (JSON Lines must be UTF-8); the rest of the file was not read"));
    } catch (IOException e) {
      sink.accept(new IngestResult.Failed(path + ":" + (lineNo + 1), "cannot read: " + describe(e)));
    }
  }

  private IngestResult readJsonLine(Path path, int lineNo, String line) {
    String origin = path + ":" + lineNo;
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
      id = new InputFile(path, InputFile.Format.JSONL).baseName() + "-" + lineNo;
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

  /** Reads a sidecar if there is one; a broken one is a warning, and its metadata is not used. */
  private static ArticleMetadata readSidecar(Path sidecar, List<String> warnings) {
    if (!Files.isRegularFile(sidecar)) {
      return ArticleMetadata.NONE;
    }
    try {
      ArticleMetadata meta = JSON.readValue(sidecar.toFile(), ArticleMetadata.class);
      return meta == null ? ArticleMetadata.NONE : meta;
    } catch (JsonProcessingException e) {
      warnings.add(sidecar + ": sidecar is not valid JSON (" + e.getOriginalMessage()
          + "); the document is stored without its metadata");
    } catch (IOException e) {
      warnings.add(sidecar + ": cannot read sidecar (" + describe(e)
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
