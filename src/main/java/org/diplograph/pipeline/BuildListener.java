package org.diplograph.pipeline;

/**
 * Follows a build as it goes: the command line shows progress and per-document lines with it.
 * Calls come from the build's writer thread one at a time, never concurrently.
 */
public interface BuildListener {

  /** The build found this many documents to read (JSONL files count their lines). */
  default void started(long documents) {
  }

  /** One document is done: stored, unchanged, or failed. */
  default void documentDone(DocumentReport report) {
  }

  /** The build is over. */
  default void finished(BuildSummary summary) {
  }

  BuildListener NONE = new BuildListener() {
  };
}
