package org.diplograph.nlp;

import java.util.List;

/**
 * One sentence: its words with their dependency tree, and where it stands in the original text.
 *
 * @param index 0-based position in the document
 * @param begin offset of its first character in the original text
 * @param end   offset just after its last character in the original text
 * @param text  the original text of the sentence ({@code document.text().substring(begin, end)})
 * @param words the words, in order; {@code words.get(i).index() == i + 1}
 */
public record Sentence(int index, int begin, int end, String text, List<Word> words) {

  public Sentence {
    words = List.copyOf(words);
  }

  /** The word with the given 1-based index. */
  public Word word(int index) {
    return words.get(index - 1);
  }

  /** The words whose head is {@code index}. */
  public List<Word> dependents(int index) {
    return words.stream().filter(w -> w.head() == index).toList();
  }
}
