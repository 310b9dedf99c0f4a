package org.diplograph.nlp;

import org.diplograph.model.Document;

/**
 * The NLP stage: turns a document's clean text into sentences of words with parts of speech,
 * named entities and dependencies, with offsets into the original text.
 *
 * <p>Implementations are thread-safe: one instance serves every worker thread of a process.
 */
public interface Annotator {

  AnnotatedDocument annotate(Document document);
}
