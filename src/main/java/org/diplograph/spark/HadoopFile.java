package org.diplograph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.diplograph.ingest.FileSource;

/** An input file on any Hadoop file system (HDFS, S3A, the local disk), as ingest reads it. */
record HadoopFile(FileSystem fs, Path path) implements FileSource {

  @Override
  public String origin() {
    return path.toString();
  }

  @Override
  public String name() {
    return path.getName();
  }

  @Override
  public long size() throws IOException {
    return fs.getFileStatus(path).getLen();
  }

  @Override
  public InputStream open() throws IOException {
    return fs.open(path);
  }

  @Override
  public Optional<FileSource> sibling(String name) throws IOException {
    Path sibling = new Path(path.getParent(), name);
    try {
      return fs.getFileStatus(sibling).isFile() ? Optional.of(new HadoopFile(fs, sibling)) : Optional.empty();
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
