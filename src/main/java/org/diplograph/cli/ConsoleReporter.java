package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildSummary;
import org.diplograph.pipeline.DocumentReport;

/**
 * Shows a build on the console: one line per document on stdout, problems on stderr, and progress
 * on stderr (a bar in a terminal, a plain line every ten seconds otherwise, nothing with -q).
 */
final class ConsoleReporter implements BuildListener {

  private static final long PLAIN_PROGRESS_EVERY_MILLIS = 10_000;

  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private final PrintWriter out;
  private final PrintWriter err;
  private ProgressBar bar;
  private long total;
  private long done;
  private long startNanos;
  private long lastPlainReport;

  ConsoleReporter(PrintWriter out, PrintWriter err, boolean quiet) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  void loadingModels() {
    if (!quiet) {
      err.println("Loading the CoreNLP French models...");
      err.flush();
    }
  }

  void modelsLoaded(long millis) {
    if (!quiet) {
      err.printf("Models loaded in %.1f s.%n", millis / 1000.0);
      err.flush();
    }
  }

  @Override
  public void started(long documents) {
    total = documents;
    startNanos = System.nanoTime();
    lastPlainReport = System.currentTimeMillis();
    if (!quiet && terminal) {
      bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(documents)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed()
          .setUpdateIntervalMillis(500).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
    }
  }

  @Override
  public void documentDone(DocumentReport r) {
    done++;
    if (bar != null) {
      // Clear the bar's line so that the document line does not run into it; the bar redraws.
      err.print("\r\033[2K");
      err.flush();
    }
    for (String warning : r.warnings()) {
      err.println("warning: " + warning);
    }
    if (r.status() == DocumentReport.Status.FAILED) {
      err.println("failed: " + r.origin() + ": " + r.error());
    } else if (!quiet && r.status() == DocumentReport.Status.UNCHANGED) {
      out.printf("%-32s unchanged%n", r.id());
    } else if (!quiet) {
      out.printf("%-32s stored    %4d sentences %6d tokens %4d contacts %6d ms%n", r.id(),
          r.sentences(), r.words(), r.contacts(), r.nlpMillis());
    }
    if (bar != null) {
      bar.step();
    } else if (!quiet && System.currentTimeMillis() - lastPlainReport >= PLAIN_PROGRESS_EVERY_MILLIS) {
      lastPlainReport = System.currentTimeMillis();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      double rate = done / Math.max(seconds, 1e-9);
      long left = total > done && rate > 0 ? Math.round((total - done) / rate) : 0;
      err.printf("progress: %d of %d documents, %.1f documents/s, about %s left%n", done, total,
          rate, format(Duration.ofSeconds(left)));
    }
    out.flush();
    err.flush();
  }

  @Override
  public void finished(BuildSummary s) {
    if (bar != null) {
      bar.close();
    }
    out.printf("%d %s: %d stored, %d unchanged, %d failed; %d sentences, %d tokens, %d contacts;"
            + " %.1f s%n", s.documents().size(), s.documents().size() == 1 ? "document" : "documents",
        s.count(DocumentReport.Status.STORED), s.count(DocumentReport.Status.UNCHANGED),
        s.count(DocumentReport.Status.FAILED), s.sentences(), s.words(), s.contacts(),
        s.millis() / 1000.0);
    if (s.stoppedEarly()) {
      out.println("Stopped at the first failure (--fail-fast): the rest of the input was not read.");
    }
    out.flush();
  }

  void stored(java.nio.file.Path store, int documents, long quads) {
    if (!quiet) {
      out.printf("Store %s: %d document graphs, %d quads.%n", store, documents, quads);
      out.flush();
    }
  }

  void exported(java.nio.file.Path file, long triples) {
    if (!quiet) {
      out.printf("Wrote %s (%d triples).%n", file, triples);
      out.flush();
    }
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
