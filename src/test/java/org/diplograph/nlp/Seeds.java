package org.diplograph.nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplograph.ingest.IngestResult;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.InputFile;
import org.diplograph.model.Document;

/** The bundled seed articles, read and annotated once per JVM for every test that needs them. */
public final class Seeds {

  private static final Map<String, AnnotatedDocument> ANNOTATED = new ConcurrentHashMap<>();

  private Seeds() {
  }

  /** A seed as the ingest stage reads it from {@code data/corpus}. */
  public static Document document(String id) {
    Path txt = Path.of("data", "corpus", id + ".txt");
    IngestResult[] result = new IngestResult[1];
    new Ingestor().read(new InputFile(txt, InputFile.Format.TEXT), r -> result[0] = r);
    if (result[0] instanceof IngestResult.Read read) {
      return read.document();
    }
    throw new IllegalStateException("cannot read seed " + txt + ": " + result[0]);
  }

  /** A seed annotated by the shared pipeline (loaded on first use, once per JVM). */
  public static AnnotatedDocument annotated(String id) {
    return ANNOTATED.computeIfAbsent(id, k -> CoreNlpFrench.shared().annotate(document(k)));
  }

  public static final List<String> IDS = List.of("000_57d11a951a98860c", "001_9e0f405ca55fa043",
      "002_dff06ff9bc25c1fb", "003_7039aa9417116935", "004_cca3893475222b94");
}
