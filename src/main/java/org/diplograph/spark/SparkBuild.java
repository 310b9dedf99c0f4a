package org.diplograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.diplograph.ingest.BoilerplateCleaner;
import org.diplograph.ingest.Ingestor;
import org.diplograph.ingest.InputFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The build as an Apache Spark job: the input files are spread over the executors, each executor
 * JVM loads one CoreNLP pipeline (see {@link ExecutorStages}) for all its tasks, and every
 * document goes through the very code {@code build} runs (ingest, {@code DocumentProcessor},
 * {@code DocumentGraph.storedQuads}). The output folder gets {@code quads/part-NNNNN.nq}: the quads
 * {@code build} would store, one named graph per document, for {@code diplograph load}; and
 * {@code reports/part-NNNNN.jsonl}: one JSON report a document, as {@code build --report} gives.
 *
 * <p>Run it with {@code spark-submit --class org.diplograph.spark.SparkBuild target/diplograph.jar
 * --out OUT INPUT...}; inputs and output may be on any Hadoop file system.
 */
@Command(name = "diplograph-spark", mixinStandardHelpOptions = true,
    description = "Extracts diplomatic contacts from articles on a Spark cluster; writes N-Quads"
        + " shards for 'diplograph load' and a JSON report per document.")
public final class SparkBuild implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files or folders (any Hadoop file system: hdfs://, s3a://, file:/): .txt and"
          + " .html articles with their .json sidecars, and .jsonl files.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The output folder; it must not exist yet.")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "How many tasks the files are spread over. Default: 4 per core of the cluster.")
  int partitions;

  @Option(names = "--max-doc-bytes", paramLabel = "BYTES", defaultValue = "5242880",
      description = "Documents larger than this are reported and not processed. Default: ${DEFAULT-VALUE}.")
  long maxDocBytes;

  @Option(names = "--compress", description = "Write the shards and reports gzipped (.nq.gz, .jsonl.gz).")
  boolean compress;

  /** What a run made. */
  public record Result(long files, long documents, long stored, long failed) {
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBuild()).execute(args));
  }

  @Override
  public Integer call() {
    SparkConf conf = new SparkConf().setAppName("diplograph");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      long t0 = System.nanoTime();
      Result r = run(sc, inputs, out, partitions, maxDocBytes, compress);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.err.printf(java.util.Locale.ROOT, "%d files, %d documents: %d stored, %d failed, in %.1f s"
              + " (%.2f documents/s, one model load per executor included); shards in %s/quads%n",
          r.files(), r.documents(), r.stored(), r.failed(), seconds, r.documents() / seconds, out);
      return r.failed() == 0 ? 0 : 1;
    }
  }

  /** Runs the job on {@code sc}; {@code partitions} 0 means 4 per core. */
  public static Result run(JavaSparkContext sc, List<String> inputs, String out, int partitions,
      long maxDocBytes, boolean compress) {
    Configuration hadoop = sc.hadoopConfiguration();
    List<String> files = inputFiles(hadoop, inputs);
    int slices = Math.max(1, Math.min(files.size(),
        partitions > 0 ? partitions : 4 * sc.defaultParallelism()));
    // the Hadoop settings (credentials for S3A, say) travel to the executors as plain strings
    Map<String, String> settings = new HashMap<>();
    hadoop.forEach(e -> settings.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> shared = sc.broadcast(settings);

    JavaRDD<DocumentOutput> documents = sc.parallelize(files, slices)
        .mapPartitions(paths -> process(paths, shared.value(), maxDocBytes))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      JavaRDD<String> quads = documents.filter(DocumentOutput::stored).map(DocumentOutput::nquads);
      JavaRDD<String> reports = documents.map(DocumentOutput::report);
      if (compress) {
        quads.saveAsTextFile(out + "/quads", GzipCodec.class);
        reports.saveAsTextFile(out + "/reports", GzipCodec.class);
      } else {
        quads.saveAsTextFile(out + "/quads");
        reports.saveAsTextFile(out + "/reports");
      }
      long total = documents.count();
      long stored = documents.filter(DocumentOutput::stored).count();
      nameParts(hadoop, new Path(out, "quads"), ".nq");
      nameParts(hadoop, new Path(out, "reports"), ".jsonl");
      return new Result(files.size(), total, stored, total - stored);
    } finally {
      documents.unpersist(false);
    }
  }

  /** One task: its files through ingest and the build's stages, on this executor's pipeline. */
  private static Iterator<DocumentOutput> process(Iterator<String> paths, Map<String, String> settings,
      long maxDocBytes) throws IOException {
    Configuration hadoop = new Configuration(false);
    settings.forEach(hadoop::set);
    ExecutorStages stages = ExecutorStages.get();
    // one Ingestor a task: it refuses a second document with an id it has seen in this task
    Ingestor ingestor = new Ingestor(maxDocBytes, BoilerplateCleaner.standard());
    List<DocumentOutput> outputs = new ArrayList<>();
    while (paths.hasNext()) {
      Path path = new Path(paths.next());
      InputFile file = new InputFile(new HadoopFile(path.getFileSystem(hadoop), path),
          InputFile.formatOf(path.getName()).orElseThrow());
      ingestor.read(file, result -> outputs.add(stages.handle(result)));
    }
    return outputs.iterator();
  }

  /** The article files under the inputs, sorted, as {@code build} finds them. */
  static List<String> inputFiles(Configuration hadoop, List<String> inputs) {
    List<String> files = new ArrayList<>();
    try {
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(fs.makeQualified(path).toString());
          continue;
        }
        RemoteIterator<LocatedFileStatus> found = fs.listFiles(path, true);
        while (found.hasNext()) {
          Path p = found.next().getPath();
          if (InputFile.formatOf(p.getName()).isPresent()) {
            files.add(p.toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the inputs " + inputs + ": " + e.getMessage(), e);
    }
    files.sort(null);
    return files;
  }

  /** Spark names its files part-NNNNN; load, and people, find them by their extension. */
  private static void nameParts(Configuration hadoop, Path dir, String extension) {
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      for (FileStatus f : fs.listStatus(dir)) {
        String name = f.getPath().getName();
        if (name.startsWith("part-")) {
          String renamed = name.endsWith(".gz")
              ? name.substring(0, name.length() - 3) + extension + ".gz" : name + extension;
          fs.rename(f.getPath(), new Path(dir, renamed));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the files in " + dir + ": " + e.getMessage(), e);
    }
  }
}
