package org.diplograph.pipeline;

import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.store.DiplographStore;
import org.diplograph.validate.GraphValidator;

/** The reference graph's part of a build: checked against the shapes, then stored. */
public final class ReferenceSetup {

  private ReferenceSetup() {
  }

  /**
   * Validates the reference graph and stores it, unless the store holds this version already
   * (then nothing is checked again: it was checked when it was stored).
   *
   * @throws IllegalStateException when the graph does not conform (nothing is stored)
   */
  public static void install(DiplographStore store, ReferenceGraph reference, GraphValidator validator) {
    if (store.hasReference(reference)) {
      return;
    }
    GraphValidator.Result check = validator.validate(reference.graph());
    if (!check.conforms()) {
      throw new IllegalStateException("the bundled ontology and gazetteer do not conform to the"
          + " shapes:\n" + check.summary());
    }
    store.updateReference(reference);
  }
}
