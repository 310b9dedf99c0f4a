package org.diplograph.model;

import java.util.Objects;

/**
 * A span of a document that states a contact: the evidence behind it.
 *
 * @param sentence the text of the sentence, as in the original document
 * @param begin    offset of the span's first character in the original text
 * @param end      offset just after its last character
 * @param rule     the id of the rule that produced it ({@code file:line} or a rule name)
 * @param status   the status this mention gives the contact
 */
public record Mention(String sentence, int begin, int end, String rule, ContactStatus status) {

  public Mention {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(rule, "rule");
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a mention needs 0 <= begin < end, not " + begin + ".." + end);
    }
  }
}
