package org.diplograph.cli;

import picocli.CommandLine.Command;

/** {@code diplograph eval}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores contact extraction against gold annotations (JSON Lines).")
final class EvalCommand extends DiplographCommand {

  @Override
  protected int run() {
    throw notBuiltYet("eval", "contact extraction");
  }
}
