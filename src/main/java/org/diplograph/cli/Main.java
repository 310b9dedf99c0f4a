package org.diplograph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.diplograph.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code diplograph COMMAND}: the entry point of the jar. */
@Command(name = "diplograph", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a knowledge graph of diplomatic contacts (meetings, calls, summits,"
        + " visits) from French news articles, and queries it with SPARQL.",
    subcommands = {BuildCommand.class, QueryCommand.class, ServeCommand.class,
        ExportCommand.class, EvalCommand.class, BenchCommand.class, LoadCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Everything worked.",
        "1:Some input failed; the rest was processed.",
        "2:Usage error (unknown option, bad value).",
        "3:The store is unavailable (missing, or locked by another process).",
        "4:The command's stage is not built in this version.",
        "70:Internal error (a bug: please report the stack trace)."})
public final class Main implements Runnable {

  @Spec
  CommandSpec spec;

  /** Without a command: the usage, and a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    // Always UTF-8, whatever the platform's default charset (Java 17 still follows the locale,
    // and a CI machine without LANG would print French accents as '?').
    CommandLine cmd = commandLine()
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cmd.execute(args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setExecutionExceptionHandler(new ErrorReporter());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  /**
   * A user error prints one line (and its stack trace only with {@code --verbose}); anything else
   * is a bug, printed with its stack trace.
   */
  static final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("-v"))
          || parsed.hasMatchedOption("-v");
      int code = ex instanceof UserError user ? user.exitCode()
          : ex instanceof StoreUnavailableException ? ExitCodes.STORE_UNAVAILABLE : -1;
      if (code >= 0) {
        err.println("diplograph " + cmd.getCommandName() + ": " + ex.getMessage());
        if (verbose) {
          ex.printStackTrace(err);
        }
        err.flush();
        return code;
      }
      err.println("diplograph " + cmd.getCommandName() + ": internal error: " + ex);
      ex.printStackTrace(err);
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"diplograph " + (v == null ? "(development build)" : v)};
    }
  }
}
