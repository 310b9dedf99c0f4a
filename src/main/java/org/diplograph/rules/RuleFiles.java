package org.diplograph.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads line-oriented rule files: one rule per line, {@code #} comments, blank lines ignored.
 *
 * <p>Rules are data: the trigger lexicon, date patterns, status cues and boilerplate patterns are
 * all files in this format, so that a rule can be read, changed and reported by {@code file:line}
 * without touching code. A comment directly above a rule is kept with it (by convention it holds
 * an example sentence the rule is for).
 */
public final class RuleFiles {

  private RuleFiles() {
  }

  /** Reads a rule file from the class path, e.g. {@code rules/boilerplate.rules}. */
  public static List<RuleLine> readResource(String name) {
    InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new RuleFileException(name + ": rule file not found on the class path");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(name, r);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read rule file", e);
    }
  }

  /** Reads a rule file from disk. */
  public static List<RuleLine> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read rule file", e);
    }
  }

  /** Parses rule lines from any reader; {@code source} names it in messages. */
  public static List<RuleLine> parse(String source, Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<RuleLine> rules = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    String raw;
    int lineNo = 0;
    while ((raw = in.readLine()) != null) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty()) {
        comment.setLength(0);
      } else if (line.startsWith("#")) {
        if (comment.length() > 0) {
          comment.append('\n');
        }
        comment.append(line.substring(1).strip());
      } else {
        rules.add(new RuleLine(source, lineNo, line, comment.toString()));
      }
    }
    return rules;
  }
}
