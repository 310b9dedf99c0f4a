package org.diplograph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Sets log levels from {@code -q} and {@code -v}. By default diplograph's own warnings show and
 * CoreNLP, Jena and Jetty are held to warnings and errors (CoreNLP alone prints a dozen lines while
 * loading models).
 */
final class Logging {

  private Logging() {
  }

  static void configure(CommonOptions options) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    // Every level is set each time, so that commands run one after another in one JVM (tests,
    // scripts embedding diplograph) do not inherit each other's settings.
    if (options.verbose()) {
      level(context, Logger.ROOT_LOGGER_NAME, Level.INFO);
      level(context, "org.diplograph", Level.DEBUG);
      level(context, "edu.stanford.nlp", Level.INFO);
    } else if (options.quiet()) {
      level(context, Logger.ROOT_LOGGER_NAME, Level.ERROR);
      level(context, "org.diplograph", Level.ERROR);
      level(context, "edu.stanford.nlp", Level.ERROR);
    } else {
      level(context, Logger.ROOT_LOGGER_NAME, Level.WARN);
      level(context, "org.diplograph", Level.INFO);
      level(context, "edu.stanford.nlp", Level.WARN);
    }
  }

  private static void level(LoggerContext context, String name, Level level) {
    context.getLogger(name).setLevel(level);
  }
}
