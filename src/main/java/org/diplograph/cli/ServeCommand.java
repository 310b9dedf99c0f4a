package org.diplograph.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.diplograph.serve.SparqlServer;
import org.diplograph.store.DiplographStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diplograph serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Serves the store as a SPARQL endpoint (embedded Fuseki), by default at"
            + " http://127.0.0.1:3030/diplograph/sparql, read-only, with a landing page at / and"
            + " the saved queries at /queries/NAME. Stop it with Ctrl-C.",
        "Example: diplograph serve --port 3030"})
final class ServeCommand extends DiplographCommand {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
      description = "The port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only;"
          + " 0.0.0.0 listens on every interface (anyone who can reach the machine can query).")
  String host;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Stop a query that runs longer than this. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
      description = "The most rows (or triples) one query returns; a query asking for more is"
          + " cut to this LIMIT. Default: ${DEFAULT-VALUE}.")
  long maxResults;

  @Option(names = "--update",
      description = "Also accept SPARQL Update (/diplograph/update) and Graph Store writes"
          + " (/diplograph/data), from the users of --auth only.")
  boolean update;

  @Option(names = "--auth", paramLabel = "FILE",
      description = "The users who may update or administer: one user:password line each.")
  Path auth;

  @Option(names = "--auth-scheme", paramLabel = "SCHEME", defaultValue = "basic",
      description = "How credentials are asked for: basic or digest. Default: ${DEFAULT-VALUE}.")
  String authScheme;

  @Option(names = "--ui",
      description = "Also serve Fuseki's web UI at /index.html. It comes with Fuseki's admin"
          + " operations, which ask for the credentials of --auth (required with --ui).")
  boolean ui;

  @Override
  protected int run() throws Exception {
    if (timeoutSeconds < 1) {
      throw new UserError(ExitCodes.USAGE, "--timeout must be at least 1 second, not " + timeoutSeconds);
    }
    SparqlServer.Builder settings;
    try {
      settings = SparqlServer.builder().host(host).port(port)
          .timeout(Duration.ofSeconds(timeoutSeconds)).resultLimit(maxResults)
          .update(update).passwordFile(auth).authScheme(authScheme).ui(ui).check();
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
    DiplographStore store = DiplographStore.open(common.store());
    SparqlServer server = settings.build(store);
    try {
      server.start();
    } catch (RuntimeException e) {
      store.close();
      if (hasCause(e, BindException.class)) {
        throw new UserError(ExitCodes.INPUT_FAILED, "cannot listen on " + host + ":" + port
            + ": the port is in use (choose another with --port)", e);
      }
      throw e;
    }
    if (!server.loopbackOnly()) {
      err().println("warning: listening on " + host + ", beyond this machine: anyone who can reach"
          + " it can query the graph" + (update ? " (updates still need credentials)" : ""));
    }
    out().println("serving " + store.directory() + " at " + server.url()
        + "  (SPARQL: " + server.url() + SparqlServer.DATASET.substring(1) + "/sparql"
        + (update ? ", updates with credentials" : ", read-only") + ")");
    out().println("press Ctrl-C to stop");
    out().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop();
      store.close();
      err().println("stopped; the store is closed");
      err().flush();
      stopped.countDown();
    }, "diplograph-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    server.join();
    stopped.await();
    return ExitCodes.OK;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
