package org.diplograph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as CoreNLP's pattern languages see it: CoreLabels (word, lemma, tag = universal POS,
 * ner, offsets into the original text) and the dependency tree as a SemanticGraph. Semgrex rules
 * match on the graph, TokensRegex rules on the tokens. Built from our {@link Sentence}, so it works
 * the same on a fresh analysis and on one read back from CoNLL-U.
 *
 * @param sentence the sentence it views
 * @param tokens   one CoreLabel per word, {@code tokens.get(i).index() == i + 1}
 * @param graph    the basic dependencies
 */
public record SentenceGraph(Sentence sentence, List<CoreLabel> tokens, SemanticGraph graph) {

  /** Views a sentence, with lemmas from {@code lemmas}. */
  public static SentenceGraph of(Sentence sentence, Lemmas lemmas) {
    List<CoreLabel> tokens = new ArrayList<>(sentence.words().size());
    for (Word w : sentence.words()) {
      CoreLabel t = new CoreLabel();
      t.setWord(w.form());
      t.setValue(w.form());
      t.setOriginalText(w.form());
      // the table holds verb forms: "rencontre" the noun is not "rencontrer"
      // a participle the tagger calls an adjective ("se sont entretenus") is still the verb
      boolean verbal = "VERB".equals(w.upos()) || "AUX".equals(w.upos())
          || "ADJ".equals(w.upos()) && lemmas.tenses(w.form()).contains("PPART");
      t.setLemma(verbal ? lemmas.lemma(w.form()) : w.form().toLowerCase(java.util.Locale.ROOT));
      t.setTag(w.upos());
      t.set(CoreAnnotations.CoarseTagAnnotation.class, w.upos());
      t.setNER(w.ner());
      t.setIndex(w.index());
      t.setSentIndex(sentence.index());
      t.setBeginPosition(w.begin());
      t.setEndPosition(w.end());
      tokens.add(t);
    }
    SemanticGraph graph = new SemanticGraph();
    List<IndexedWord> nodes = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      IndexedWord node = new IndexedWord(t);
      nodes.add(node);
      graph.addVertex(node);
    }
    for (Word w : sentence.words()) {
      IndexedWord dep = nodes.get(w.index() - 1);
      if (w.head() == 0) {
        graph.addRoot(dep);
      } else if (w.head() >= 1 && w.head() <= nodes.size()) {
        GrammaticalRelation rel = GrammaticalRelation.valueOf(Language.UniversalEnglish, w.deprel());
        graph.addEdge(nodes.get(w.head() - 1), dep, rel, 1.0, false);
      }
    }
    return new SentenceGraph(sentence, tokens, graph);
  }

  /** The graph node of the word with this 1-based index. */
  public IndexedWord node(int index) {
    return graph.getNodeByIndexSafe(index);
  }
}
