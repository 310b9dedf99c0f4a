package org.diplograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an input file's bytes come from: the local disk for {@code build}, any Hadoop file system
 * (HDFS, S3A, local) for the Spark job. The ingest code reads through this and nothing else, so
 * both read articles the same way.
 */
public interface FileSource {

  /** What reports and the graph call the file: its path or URI. */
  String origin();

  /** The file's name, without its folder. */
  String name();

  long size() throws IOException;

  InputStream open() throws IOException;

  /** The file called {@code name} in the same folder, when there is one. */
  Optional<FileSource> sibling(String name) throws IOException;

  /** A file on the local disk. */
  static FileSource local(Path path) {
    return new Local(path);
  }

  /** A file on the local disk; its origin is the path as given. */
  record Local(Path path) implements FileSource {

    @Override
    public String origin() {
      return path.toString();
    }

    @Override
    public String name() {
      return path.getFileName().toString();
    }

    @Override
    public long size() throws IOException {
      return Files.size(path);
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public Optional<FileSource> sibling(String name) {
      Path sibling = path.resolveSibling(name);
      return Files.isRegularFile(sibling) ? Optional.of(new Local(sibling)) : Optional.empty();
    }
  }
}
