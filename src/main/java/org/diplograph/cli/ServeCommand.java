package org.diplograph.cli;

import picocli.CommandLine.Command;

/** {@code diplograph serve}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store as a SPARQL endpoint (Fuseki), by default at"
        + " http://127.0.0.1:3030/diplograph.")
final class ServeCommand extends DiplographCommand {

  @Override
  protected int run() {
    throw notBuiltYet("serve", "the SPARQL endpoint");
  }
}
