package org.diplograph.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.diplograph.extract.ContactExtractor;
import org.diplograph.ingest.IngestResult;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.InputFiles;
import org.diplograph.model.Contact;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;
import org.diplograph.nlp.Conllu;
import org.diplograph.resolve.Gazetteer;

/**
 * Runs the extractor over articles (or stored annotations) and scores it against gold: the
 * engine of {@code diplograph eval}. Articles are annotated by N threads sharing one pipeline.
 */
public final class Evaluator {

  private final ContactExtractor extractor;
  private final Gazetteer gazetteer;

  public Evaluator(ContactExtractor extractor, Gazetteer gazetteer) {
    this.extractor = extractor;
    this.gazetteer = gazetteer;
  }

  /** The contacts found in the articles under {@code paths}, by document id. */
  public Map<String, List<Contact>> fromArticles(List<Path> paths, Annotator annotator, int threads,
      Consumer<String> problems) throws InterruptedException {
    InputFiles.Found found = InputFiles.under(paths);
    found.problems().forEach(p -> problems.accept(p.origin() + ": " + p.reason()));
    List<IngestResult.Read> docs = new ArrayList<>();
    new Ingestor().read(found.files(), r -> {
      if (r instanceof IngestResult.Read read) {
        docs.add(read);
      } else if (r instanceof IngestResult.Failed f) {
        problems.accept(f.origin() + ": " + f.reason());
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (IngestResult.Read r : docs) {
        futures.add(pool.submit(() -> annotator.annotate(r.document())));
      }
      Map<String, List<Contact>> out = new LinkedHashMap<>();
      for (Future<AnnotatedDocument> f : futures) {
        AnnotatedDocument a = f.get();
        out.put(a.document().id(), extractor.extract(a));
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The contacts found in stored annotations (CoNLL-U written by diplograph), by document id. */
  public Map<String, List<Contact>> fromAnnotations(List<Path> conllu) throws IOException {
    Map<String, List<Contact>> out = new LinkedHashMap<>();
    for (Path p : conllu) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (AnnotatedDocument a : Conllu.read(r, p.toString())) {
          out.put(a.document().id(), extractor.extract(a));
        }
      }
    }
    return out;
  }

  public Scores score(List<GoldDocument> gold, Map<String, List<Contact>> found) {
    Map<String, List<GoldContact>> system = new LinkedHashMap<>();
    found.forEach((id, contacts) -> system.put(id, ContactViews.of(contacts)));
    return new Scorer(name -> gazetteer.topicNamed(name).map(e -> e.id()).orElse(null))
        .score(gold, system);
  }
}
