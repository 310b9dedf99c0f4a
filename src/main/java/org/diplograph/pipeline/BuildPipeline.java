package org.diplograph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.ingest.BoilerplateCleaner;
import org.diplograph.ingest.IngestResult;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.InputFile;
import org.diplograph.ingest.InputFiles;
import org.diplograph.model.Document;
import org.diplograph.nlp.AnnotatedDocument;
import org.diplograph.nlp.Annotator;

/**
 * The build: files are read on the calling thread, annotated by N worker threads that share one
 * {@link Annotator}, and handed one at a time to a single writer thread.
 *
 * <p>At most {@code 2 × threads} documents are in flight at once, so memory stays flat however
 * large the corpus. A document that fails at any stage is reported and the others go on.
 */
public final class BuildPipeline {

  private final Annotator annotator;
  private final int threads;
  private final long maxDocBytes;

  /**
   * @param annotator   the NLP stage, shared by all workers
   * @param threads     worker threads, at least 1
   * @param maxDocBytes documents larger than this are reported and not processed
   */
  public BuildPipeline(Annotator annotator, int threads, long maxDocBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (maxDocBytes < 1) {
      throw new IllegalArgumentException("the document size limit must be positive, not " + maxDocBytes);
    }
    this.annotator = annotator;
    this.threads = threads;
    this.maxDocBytes = maxDocBytes;
  }

  /** One document through the worker stage: the annotation, or why there is none. */
  private record Outcome(Document document, List<String> warnings, AnnotatedDocument annotated,
      long nlpMillis, DocumentReport failure) {
  }

  private static final Outcome END = new Outcome(null, List.of(), null, 0, null);

  /** Reads, annotates and reports every document under {@code inputs}. */
  public BuildSummary run(List<Path> inputs, BuildListener listener) {
    long start = System.nanoTime();
    InputFiles.Found found = InputFiles.under(inputs);
    listener.started(found.problems().size() + estimateDocuments(found.files()));

    List<DocumentReport> reports = new ArrayList<>();
    BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
    Semaphore inFlight = new Semaphore(2 * threads);
    Thread writer = new Thread(() -> drain(done, inFlight, reports, listener), "diplograph-writer");
    writer.start();

    AtomicInteger workerNo = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "diplograph-nlp-" + workerNo.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      for (IngestResult.Failed problem : found.problems()) {
        inFlight.acquireUninterruptibly();
        done.add(failed(null, problem.origin(), problem.reason()));
      }
      Ingestor ingestor = new Ingestor(maxDocBytes, BoilerplateCleaner.standard());
      ingestor.read(found.files(), result -> {
        inFlight.acquireUninterruptibly();
        if (result instanceof IngestResult.Read read) {
          workers.execute(() -> done.add(process(read)));
        } else if (result instanceof IngestResult.Failed f) {
          done.add(failed(null, f.origin(), f.reason()));
        }
      });
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
      done.add(END);
      joinQuietly(writer);
    }
    BuildSummary summary = new BuildSummary(reports, (System.nanoTime() - start) / 1_000_000);
    listener.finished(summary);
    return summary;
  }

  private Outcome process(IngestResult.Read read) {
    Document doc = read.document();
    long t0 = System.nanoTime();
    try {
      AnnotatedDocument annotated = annotator.annotate(doc);
      return new Outcome(doc, read.warnings(), annotated, (System.nanoTime() - t0) / 1_000_000, null);
    } catch (RuntimeException e) {
      return failed(doc.id(), doc.origin(), "NLP failed: " + e);
    } catch (OutOfMemoryError e) {
      // The annotation is dropped with this frame, so the heap recovers; the others go on.
      return failed(doc.id(), doc.origin(), "NLP ran out of memory on this document");
    }
  }

  private static void drain(BlockingQueue<Outcome> done, Semaphore inFlight,
      List<DocumentReport> reports, BuildListener listener) {
    while (true) {
      Outcome o;
      try {
        o = done.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (o == END) {
        return;
      }
      DocumentReport report = o.failure() != null ? o.failure() : stored(o);
      reports.add(report);
      listener.documentDone(report);
      inFlight.release();
    }
  }

  private static DocumentReport stored(Outcome o) {
    return new DocumentReport(o.document().id(), o.document().origin(),
        DocumentReport.Status.ANNOTATED, o.annotated().sentences().size(), o.annotated().wordCount(),
        o.nlpMillis(), o.warnings(), null);
  }

  private static Outcome failed(String id, String origin, String reason) {
    return new Outcome(null, List.of(), null, 0, DocumentReport.failed(id, origin, reason));
  }

  /** Text and HTML files hold one document; JSONL files one a non-blank line. */
  static long estimateDocuments(List<InputFile> files) {
    long n = 0;
    for (InputFile f : files) {
      n += f.format() == InputFile.Format.JSONL ? countLines(f.path()) : 1;
    }
    return n;
  }

  private static long countLines(Path path) {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (buf[i] > ' ') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return lines + (content ? 1 : 0);
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: documents are still being annotated
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
