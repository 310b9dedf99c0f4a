package org.diplograph.cli;

import picocli.CommandLine.Command;

/** {@code diplograph export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the graph as Turtle, TriG, N-Quads or JSON-LD.")
final class ExportCommand extends DiplographCommand {

  @Override
  protected int run() {
    throw notBuiltYet("export", "the store");
  }
}
