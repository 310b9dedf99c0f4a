package org.diplograph.nlp;

/**
 * One syntactic word of a sentence, as the French pipeline analysed it.
 *
 * <p>French contractions are split into words that share the offsets of their token: "du" becomes
 * "de" + "le", both spanning "du", with {@code token} = "du".
 *
 * @param index  1-based position in the sentence (the CoNLL-U ID)
 * @param form   the word as the tokenizer gave it
 * @param begin  offset of its token in the original text (inclusive)
 * @param end    offset of its token in the original text (exclusive)
 * @param upos   universal part of speech (NOUN, PROPN, VERB, ...)
 * @param ner    named-entity class: PER, LOC, ORG, MISC, or O
 * @param head   index of the governing word, 0 for the root
 * @param deprel universal dependency relation to the head (nsubj, obj, obl, flat:name, ...)
 * @param token  the surface token when this word is part of a multi-word token, else {@code null}
 */
public record Word(int index, String form, int begin, int end, String upos, String ner, int head,
    String deprel, String token) {

  /** Whether the named-entity recognizer tagged this word as part of a person's name. */
  public boolean isPerson() {
    return "PER".equals(ner);
  }

  /** Whether this word belongs to a multi-word token. */
  public boolean inMultiWordToken() {
    return token != null;
  }
}
