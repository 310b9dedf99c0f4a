package org.diplograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the input files under the paths a user names: files as given, folders recursively, in a
 * stable (sorted) order so that two runs over the same tree do the same work in the same order.
 */
public final class InputFiles {

  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

  /** The files found, and the named paths that could not be used. */
  public record Found(List<InputFile> files, List<IngestResult.Failed> problems) {
  }

  private InputFiles() {
  }

  public static Found under(List<Path> roots) {
    List<InputFile> files = new ArrayList<>();
    List<IngestResult.Failed> problems = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        collectFolder(root, files, problems);
      } else if (Files.isRegularFile(root)) {
        InputFile.formatOf(root).ifPresentOrElse(
            f -> files.add(new InputFile(root, f)),
            () -> problems.add(new IngestResult.Failed(root.toString(),
                "not a .txt, .html or .jsonl file")));
      } else {
        problems.add(new IngestResult.Failed(root.toString(), "no such file or folder"));
      }
    }
    return new Found(files, problems);
  }

  private static void collectFolder(Path root, List<InputFile> files,
      List<IngestResult.Failed> problems) {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.filter(Files::isRegularFile).filter(p -> !isHidden(p)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new IngestResult.Failed(root.toString(), "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path p : all) {
      var format = InputFile.formatOf(p);
      if (format.isPresent()) {
        files.add(new InputFile(p, format.get()));
      } else if (isJson(p) && !hasArticleBeside(p)) {
        LOG.warn("{}: ignored: a .json file is read only as the sidecar of a .txt or .html file"
            + " of the same name", p);
      }
    }
  }

  private static boolean isHidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  private static boolean isJson(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static boolean hasArticleBeside(Path json) {
    String name = json.getFileName().toString();
    String base = name.substring(0, name.length() - ".json".length());
    for (String ext : List.of(".txt", ".html", ".htm", ".TXT", ".HTML", ".HTM")) {
      if (Files.exists(json.resolveSibling(base + ext))) {
        return true;
      }
    }
    return false;
  }
}
