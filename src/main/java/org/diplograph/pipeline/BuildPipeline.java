package org.diplograph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.diplograph.extract.ContactExtractor;
import org.diplograph.ingest.BoilerplateCleaner;
import org.diplograph.ingest.IngestResult;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.FileSource;
import org.diplograph.pipeline.DocumentProcessor.Outcome;
import org.diplograph.ingest.InputFile;
import org.diplograph.ingest.InputFiles;
import org.diplograph.nlp.Annotator;
import org.diplograph.store.DiplographStore;
import org.diplograph.store.StoreUnavailableException;
import org.diplograph.validate.GraphValidator;

/**
 * The build: files are read on the calling thread; each new or changed document is annotated,
 * its contacts extracted, mapped to its graph and validated by one of N worker threads; one
 * writer thread stores the graphs in batches, one transaction a batch.
 *
 * <p>At most {@code 2 × threads} documents are in flight, so memory stays flat however large the
 * corpus. A document whose content hash is already in the store is reported unchanged and not
 * annotated at all (the NLP models are loaded only if some document needs them). A document that
 * fails at any stage is reported and the others go on; a failure to write the store stops the
 * build with a {@link StoreUnavailableException}.
 */
public final class BuildPipeline {

  /**
   * How a build runs.
   *
   * @param threads     worker threads, at least 1
   * @param maxDocBytes documents larger than this are reported and not processed
   * @param batchSize   documents stored per transaction
   * @param force       process every document even when the store has it unchanged
   * @param failFast    stop reading at the first document that fails (those already in flight,
   *                    at most {@code 2 × threads}, are finished and stored)
   */
  public record Options(int threads, long maxDocBytes, int batchSize, boolean force,
      boolean failFast) {

    /** Options that go on after failures. */
    public Options(int threads, long maxDocBytes, int batchSize, boolean force) {
      this(threads, maxDocBytes, batchSize, force, false);
    }

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      if (maxDocBytes < 1) {
        throw new IllegalArgumentException("the document size limit must be positive, not " + maxDocBytes);
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
      }
    }
  }

  private final Supplier<Annotator> annotator;
  private final ContactExtractor extractor;
  private final DiplographStore store;
  private final Fingerprint fingerprint;
  private final Options options;
  private final StageTimes times = new StageTimes();
  private final DocumentProcessor processor;

  /**
   * @param annotator   gives the NLP stage when the first document needs it (called once)
   * @param extractor   the extraction stage, shared by all workers
   * @param store       where graphs go
   * @param fingerprint what makes a stored graph current
   */
  public BuildPipeline(Supplier<Annotator> annotator, ContactExtractor extractor,
      DiplographStore store, Fingerprint fingerprint, Options options) {
    this.annotator = new Once<>(annotator);
    this.extractor = extractor;
    this.store = store;
    this.fingerprint = fingerprint;
    this.options = options;
    this.processor = new DocumentProcessor(this.annotator, extractor, GraphValidator.standard(), times);
  }

  private static final Outcome END = new Outcome(null, null);

  /** Reads, processes and stores every document under {@code inputs}. */
  public BuildSummary run(List<Path> inputs, BuildListener listener) {
    return run(inputs, listener, () -> { });
  }

  /**
   * As {@link #run(List, BuildListener)}, with {@code alongside} running on a thread of its own
   * meanwhile (e.g. storing the reference graph while the models load); the build returns after
   * both, and fails if {@code alongside} does.
   */
  public BuildSummary run(List<Path> inputs, BuildListener listener, Runnable alongside) {
    AtomicReference<RuntimeException> sideFailure = new AtomicReference<>();
    CountDownLatch sideDone = new CountDownLatch(1);
    Thread side = new Thread(() -> {
      try {
        alongside.run();
      } catch (RuntimeException e) {
        sideFailure.set(e);
      } finally {
        sideDone.countDown();
      }
    }, "diplograph-setup");
    side.start();
    BuildSummary summary;
    try {
      summary = runDocuments(inputs, listener, sideDone);
    } finally {
      joinQuietly(side);
    }
    if (sideFailure.get() != null) {
      throw sideFailure.get();
    }
    return summary;
  }

  private BuildSummary runDocuments(List<Path> inputs, BuildListener listener, CountDownLatch setUp) {
    long start = System.nanoTime();
    InputFiles.Found found = InputFiles.under(inputs);
    listener.started(found.problems().size() + estimateDocuments(found.files()));

    List<DocumentReport> reports = new ArrayList<>();
    BlockingQueue<Outcome> done = new LinkedBlockingQueue<>();
    Semaphore inFlight = new Semaphore(2 * options.threads());
    AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
    AtomicBoolean failed = new AtomicBoolean();
    BuildListener watching = new BuildListener() {
      @Override
      public void started(long documents) {
        listener.started(documents);
      }

      @Override
      public void documentDone(DocumentReport report) {
        if (report.status() == DocumentReport.Status.FAILED) {
          failed.set(true);
        }
        listener.documentDone(report);
      }

      @Override
      public void finished(BuildSummary summary) {
        listener.finished(summary);
      }
    };
    BooleanSupplier stop = () -> storeFailure.get() != null || options.failFast() && failed.get();
    AtomicBoolean leftUnread = new AtomicBoolean();
    Thread writer = new Thread(() -> write(done, inFlight, reports, watching, storeFailure, setUp),
        "diplograph-writer");
    writer.start();

    AtomicInteger workerNo = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "diplograph-worker-" + workerNo.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      for (IngestResult.Failed problem : found.problems()) {
        inFlight.acquireUninterruptibly();
        failed.set(true);
        done.add(failed(null, problem.origin(), List.of(), problem.reason()));
      }
      Ingestor ingestor = new Ingestor(options.maxDocBytes(), BoilerplateCleaner.standard());
      for (InputFile file : found.files()) {
        if (stop.getAsBoolean()) {
          leftUnread.set(true);
          break;
        }
        long[] mark = {System.nanoTime()};
        ingestor.read(file, result -> {
          // the reader's time up to each document it hands on (not the time it waits for room)
          times.add(StageTimes.Stage.INGEST, System.nanoTime() - mark[0]);
          try {
            hand(result, stop, leftUnread, failed, inFlight, done, workers);
          } finally {
            mark[0] = System.nanoTime();
          }
        });
      }
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
      done.add(END);
      joinQuietly(writer);
    }
    if (storeFailure.get() != null) {
      throw storeFailure.get();
    }
    BuildSummary summary = new BuildSummary(reports, (System.nanoTime() - start) / 1_000_000,
        leftUnread.get(), times.millis());
    listener.finished(summary);
    return summary;
  }

  /** Hands one ingested document on: reported failed, unchanged, or to a worker. */
  private void hand(IngestResult result, BooleanSupplier stop, AtomicBoolean leftUnread,
      AtomicBoolean failed, Semaphore inFlight, BlockingQueue<Outcome> done, ExecutorService workers) {
    if (stop.getAsBoolean()) {
      leftUnread.set(true); // e.g. the rest of a JSON Lines file after a failure
      return;
    }
    inFlight.acquireUninterruptibly();
    if (result instanceof IngestResult.Failed f) {
      failed.set(true); // at once, so that --fail-fast reads nothing more
      done.add(failed(null, f.origin(), List.of(), f.reason()));
      return;
    }
    IngestResult.Read read = (IngestResult.Read) result;
    String hash = fingerprint.of(read.document());
    if (!options.force() && isStored(read.document().id(), hash)) {
      done.add(new Outcome(unchanged(read), null));
    } else {
      workers.execute(() -> done.add(process(read, hash)));
    }
  }

  private boolean isStored(String docId, String hash) {
    Optional<String> stored = store.contentHash(docId);
    return stored.isPresent() && stored.get().equals(hash);
  }

  private Outcome process(IngestResult.Read read, String hash) {
    return processor.process(read, hash);
  }

  /** The writer thread: stores graphs in batches and reports each document once it is stored. */
  private void write(BlockingQueue<Outcome> done, Semaphore inFlight, List<DocumentReport> reports,
      BuildListener listener, AtomicReference<RuntimeException> storeFailure, CountDownLatch setUp) {
    List<Outcome> batch = new ArrayList<>();
    long batchStarted = 0;
    boolean end = false;
    while (!end) {
      Outcome o;
      try {
        o = batch.isEmpty() ? done.take() : done.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (o == END) {
        end = true;
      } else if (o != null) {
        // the document has left the workers: its annotation is gone, its graph is small, so the
        // reader may hand on the next one while this one waits for its batch's commit
        inFlight.release();
        if (o.graph() == null) {
          report(o.report(), reports, listener);
        } else {
          if (batch.isEmpty()) {
            batchStarted = System.nanoTime();
          }
          batch.add(o);
        }
      }
      // a commit (and its fsync) per batch: when it is full, at the end, or when its first
      // document has waited five seconds (so that progress shows and a killed build loses little;
      // each commit syncs the files, so not much more often than that)
      if (!batch.isEmpty() && (end || batch.size() >= options.batchSize()
          || System.nanoTime() - batchStarted > MAX_BATCH_WAIT_NANOS)) {
        // what a document's graph holds depends on the reference graph (the store leaves out
        // what that says already): the first commit waits for it, so that every build of the
        // same input gives the same store
        awaitQuietly(setUp);
        flush(batch, reports, listener, storeFailure);
      }
    }
  }

  private static final long MAX_BATCH_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private void flush(List<Outcome> batch, List<DocumentReport> reports, BuildListener listener,
      AtomicReference<RuntimeException> storeFailure) {
    if (storeFailure.get() == null) {
      try {
        long t0 = System.nanoTime();
        store.replaceDocuments(batch.stream().map(Outcome::graph).toList());
        times.add(StageTimes.Stage.STORE, System.nanoTime() - t0);
      } catch (RuntimeException e) {
        storeFailure.set(new StoreUnavailableException("writing to the store "
            + store.directory() + " failed: " + e.getMessage(), e));
      }
    }
    for (Outcome o : batch) {
      DocumentReport r = storeFailure.get() == null ? o.report()
          : DocumentReport.failed(o.report().id(), o.report().origin(), "not stored: "
              + storeFailure.get().getMessage());
      report(r, reports, listener);
    }
    batch.clear();
  }

  private static void report(DocumentReport r, List<DocumentReport> reports, BuildListener listener) {
    reports.add(r);
    listener.documentDone(r);
  }

  private static DocumentReport unchanged(IngestResult.Read read) {
    return new DocumentReport(read.document().id(), read.origin(), DocumentReport.Status.UNCHANGED,
        0, 0, 0, 0, read.warnings(), null);
  }

  private static Outcome failed(String id, String origin, List<String> warnings, String reason) {
    return DocumentProcessor.failed(id, origin, warnings, reason);
  }

  /** Text and HTML files hold one document; JSONL files one a non-blank line. */
  static long estimateDocuments(List<InputFile> files) {
    long n = 0;
    for (InputFile f : files) {
      n += f.format() == InputFile.Format.JSONL ? countLines(f.source()) : 1;
    }
    return n;
  }

  private static long countLines(FileSource file) {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = file.open()) {
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
        // keep waiting: documents are still being processed
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
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

  /** A supplier called at most once, whose value every thread then shares. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    Once(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
