package org.diplograph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a build.
 *
 * @param documents    every document's report, in the order they finished
 * @param millis       wall time of the whole build
 * @param stoppedEarly whether the build stopped at a failure (--fail-fast) with input left unread
 * @param stageMillis  the time of each stage, summed over documents and threads
 */
public record BuildSummary(List<DocumentReport> documents, long millis, boolean stoppedEarly,
    Map<StageTimes.Stage, Long> stageMillis) {

  public BuildSummary {
    documents = List.copyOf(documents);
    stageMillis = Map.copyOf(stageMillis);
  }

  public long count(DocumentReport.Status status) {
    return documents.stream().filter(d -> d.status() == status).count();
  }

  public boolean anyFailed() {
    return count(DocumentReport.Status.FAILED) > 0;
  }

  public long sentences() {
    return documents.stream().mapToLong(DocumentReport::sentences).sum();
  }

  public long contacts() {
    return documents.stream().mapToLong(DocumentReport::contacts).sum();
  }

  public long words() {
    return documents.stream().mapToLong(DocumentReport::words).sum();
  }
}
