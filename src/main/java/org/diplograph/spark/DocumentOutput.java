package org.diplograph.spark;

import java.io.Serializable;

/**
 * What the job makes of one document: the N-Quads lines of its graph (empty when it failed) and
 * its report as one line of JSON.
 */
record DocumentOutput(String documentId, String origin, String nquads, String report)
    implements Serializable {

  boolean stored() {
    return !nquads.isEmpty();
  }
}
