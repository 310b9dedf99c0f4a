package org.diplograph.cli;

import picocli.CommandLine.Command;

/** {@code diplograph query}. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Runs a SPARQL query (a saved .rq file or --sparql TEXT) on the store.")
final class QueryCommand extends DiplographCommand {

  @Override
  protected int run() {
    throw notBuiltYet("query", "the store");
  }
}
