package org.diplograph.spark;

import java.io.Serializable;

/**
 * What the job makes of one document: the N-Quads lines of its graph (empty when it failed) and
 * its report as one line of JSON (which names the document and its file).
 */
record DocumentOutput(String nquads, String report)
    implements Serializable {

  boolean stored() {
    return !nquads.isEmpty();
  }
}
