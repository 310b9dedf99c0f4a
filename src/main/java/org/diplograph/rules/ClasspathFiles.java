package org.diplograph.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists and reads the data files that travel on the class path (rules, ontology, gazetteer),
 * whether they sit in a folder (development, tests) or in the jar.
 */
public final class ClasspathFiles {

  private ClasspathFiles() {
  }

  /**
   * The resource names in a class-path folder whose names end with {@code suffix}, sorted, e.g.
   * {@code list("gazetteer", ".ttl")} gives {@code gazetteer/countries.ttl, ...}.
   */
  public static List<String> list(String folder, String suffix) {
    // every class-path entry that has the folder: in tests, test resources may have one too
    TreeSet<String> all = new TreeSet<>();
    try {
      Enumeration<URL> urls = ClasspathFiles.class.getClassLoader().getResources(folder);
      while (urls.hasMoreElements()) {
        URI uri = urls.nextElement().toURI();
        if ("jar".equals(uri.getScheme())) {
          FileSystem fs;
          try {
            fs = FileSystems.newFileSystem(uri, Map.of());
          } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
          }
          all.addAll(names(fs.getPath(folder), folder, suffix));
        } else {
          all.addAll(names(Path.of(uri), folder, suffix));
        }
      }
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot list " + folder + " on the class path", e));
    }
    return List.copyOf(all);
  }

  private static List<String> names(Path dir, String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
          .map(n -> folder + "/" + n).toList();
    }
  }

  /** The bytes of a class-path resource. */
  public static byte[] read(String name) {
    try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(name + " is not on the class path"));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
