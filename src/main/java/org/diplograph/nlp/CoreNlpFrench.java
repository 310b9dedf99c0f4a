package org.diplograph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.diplograph.model.CleanText;
import org.diplograph.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's French pipeline: tokenize (with sentence splitting), mwt, pos, ner, depparse,
 * as the {@code models-french} jar configures them.
 *
 * <p>Loading the models takes seconds and about a gigabyte of heap, so a process loads them once:
 * use {@link #shared()}. {@link #annotate} is safe to call from many threads at once (CoreNLP's
 * annotators are stateless between calls; the build's workers share one instance).
 *
 * <p>One setting differs from CoreNLP's French defaults: a newline always ends a sentence (the
 * clean text comes one paragraph or headline a line, and a headline has no final stop).
 */
public final class CoreNlpFrench implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpFrench.class);
  private static final String FRENCH_PROPERTIES = "StanfordCoreNLP-french.properties";

  private final StanfordCoreNLP pipeline;
  private final long loadMillis;

  private CoreNlpFrench() {
    long start = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties());
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    LOG.debug("CoreNLP French pipeline loaded in {} ms", loadMillis);
  }

  /** The process-wide pipeline, loaded on first use. */
  public static CoreNlpFrench shared() {
    return Holder.INSTANCE;
  }

  /** Whether {@link #shared()} has been loaded (for tests and reports; never loads it). */
  public static boolean isLoaded() {
    return loaded;
  }

  /** Set once the shared pipeline exists; kept outside {@link Holder} so reading it loads nothing. */
  private static volatile boolean loaded;

  private static final class Holder {
    static final CoreNlpFrench INSTANCE = load();

    private static CoreNlpFrench load() {
      CoreNlpFrench p = new CoreNlpFrench();
      loaded = true;
      return p;
    }
  }

  /** How long loading the models took. */
  public long loadMillis() {
    return loadMillis;
  }

  static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = CoreNlpFrench.class.getClassLoader().getResourceAsStream(FRENCH_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(FRENCH_PROPERTIES + " is not on the class path:"
            + " the stanford-corenlp models-french jar is missing");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    CleanText body = document.body();
    Annotation annotation = new Annotation(body.text());
    pipeline.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      Sentence sentence = convert(sentences.size(), s, document.text(), body);
      if (!sentence.words().isEmpty()) {
        sentences.add(sentence);
      }
    }
    return new AnnotatedDocument(document, sentences);
  }

  private static Sentence convert(int index, CoreMap s, String original, CleanText body) {
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Word> words = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      int head = 0;
      String rel = "root";
      IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(t.index());
      if (node != null) {
        List<SemanticGraphEdge> in = graph.incomingEdgeList(node);
        if (!in.isEmpty()) {
          head = in.get(0).getGovernor().index();
          rel = in.get(0).getRelation().toString();
        }
      } else {
        rel = "dep";
      }
      String token = t.isMWT() ? t.get(CoreAnnotations.MWTTokenTextAnnotation.class) : null;
      words.add(new Word(t.index(), t.word(), body.toOriginal(t.beginPosition()),
          body.toOriginalEnd(t.endPosition()), t.tag(), entityClass(t.ner()), head, rel, token));
    }
    if (words.isEmpty()) {
      return new Sentence(index, 0, 0, "", words);
    }
    int begin = words.get(0).begin();
    int end = words.get(words.size() - 1).end();
    return new Sentence(index, begin, end, original.substring(begin, end), words);
  }

  /** CoreNLP's French NER writes IOB tags ("I-PER"); we keep the class. */
  private static String entityClass(String ner) {
    if (ner == null || ner.isEmpty() || ner.equals("O")) {
      return "O";
    }
    return ner.length() > 2 && ner.charAt(1) == '-' ? ner.substring(2) : ner;
  }
}
