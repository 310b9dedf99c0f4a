package org.diplograph.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file of rule test cases ({@code src/test/resources/cases/*.tsv}): one case per line, columns
 * separated by tabs, the publication date and the text first, then the expected result.
 */
public final class CaseFile {

  public static final Path FOLDER = Path.of("src", "test", "resources", "cases");

  /**
   * One case.
   *
   * @param where     {@code file:line}, to name the case in reports
   * @param published the publication date, or {@code null} ("-" in the file)
   * @param text      the sentence or short document
   * @param expected  the remaining columns
   */
  public record Case(String where, String published, String text, List<String> expected) {

    public String expected(int column) {
      return expected.get(column);
    }

    @Override
    public String toString() {
      return where + " " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
  }

  private CaseFile() {
  }

  /** The cases of one file, in order. */
  public static List<Case> read(String fileName, int expectedColumns) {
    Path file = FOLDER.resolve(fileName);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = fileName + ":" + (i + 1);
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 + expectedColumns) {
        throw new IllegalStateException(where + ": expected " + (2 + expectedColumns)
            + " tab-separated columns, found " + cols.length);
      }
      cases.add(new Case(where, cols[0].equals("-") ? null : cols[0], cols[1],
          List.of(Arrays.copyOfRange(cols, 2, cols.length))));
    }
    return cases;
  }

  /** Every case of every file in the folder (for checking their stored annotations). */
  public static List<Case> all() {
    List<Case> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] cols = line.split("\t", -1);
            all.add(new Case(f.getFileName().toString(), cols[0].equals("-") ? null : cols[0],
                cols[1], List.of()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
