package org.diplograph.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a build spends its time: the time of each stage summed over all documents and threads
 * (so with N workers the stages can add up to N times the wall time). Thread-safe.
 */
public final class StageTimes {

  /** The stages of a build, in data-flow order. */
  public enum Stage {
    /** Reading, decoding and cleaning files (the reader thread). */
    INGEST,
    /** CoreNLP. */
    NLP,
    /** Contact extraction. */
    EXTRACT,
    /** Mapping contacts to the document's RDF graph. */
    MAP,
    /** SHACL validation of the graph. */
    VALIDATE,
    /** TDB2 transactions (the writer thread). */
    STORE
  }

  private final EnumMap<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  /** The time of each stage so far, in milliseconds. */
  public Map<Stage, Long> millis() {
    EnumMap<Stage, Long> out = new EnumMap<>(Stage.class);
    nanos.forEach((s, n) -> out.put(s, n.sum() / 1_000_000));
    return Collections.unmodifiableMap(out);
  }
}
