package org.diplograph.nlp;

import java.util.List;
import org.diplograph.model.Document;

/** A document and the NLP stage's analysis of its clean text. Offsets point into the original. */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {

  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }

  /** The number of syntactic words in all sentences. */
  public int wordCount() {
    return sentences.stream().mapToInt(s -> s.words().size()).sum();
  }
}
