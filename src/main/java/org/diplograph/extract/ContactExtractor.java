package org.diplograph.extract;

import java.util.List;
import org.diplograph.model.Contact;
import org.diplograph.nlp.AnnotatedDocument;

/**
 * The extraction stage: the diplomatic contacts an annotated document reports.
 *
 * <p>A pure function of its input: implementations hold no mutable state, so one instance serves
 * every worker thread (and could serve a distributed job unchanged).
 */
@FunctionalInterface
public interface ContactExtractor {

  List<Contact> extract(AnnotatedDocument document);

  /** Finds nothing: for a build that only annotates and stores documents. */
  ContactExtractor NONE = document -> List.of();
}
