package org.diplograph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command takes. */
public final class CommonOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private Path store = Path.of("store");
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"},
      description = "Print only errors and the final result: no progress, no per-document lines.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Print debugging detail, CoreNLP's own messages, and stack traces of errors.")
  boolean verbose;

  @Option(names = "--store", paramLabel = "DIR",
      description = "The TDB2 store folder. Default: store (build creates it when missing).")
  void setStore(Path store) {
    this.store = store;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "How many worker threads annotate documents in parallel."
          + " Default: the number of processors.")
  void setThreads(int threads) {
    if (threads < 1) {
      throw new ParameterException(command.commandLine(),
          "--threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  public Path store() {
    return store;
  }

  public int threads() {
    return threads;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean verbose() {
    return verbose;
  }
}
