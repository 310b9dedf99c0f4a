package org.diplograph.cli;

import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the common options, and logging set up before it runs. */
abstract class DiplographCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  /** Standard output of this command line (results). */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error of this command line (progress and problems). */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public final Integer call() throws Exception {
    Logging.configure(common);
    return run();
  }

  /** Does the command's work; returns the exit code. */
  protected abstract int run() throws Exception;

}
