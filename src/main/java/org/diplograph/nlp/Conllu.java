package org.diplograph.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.diplograph.model.CleanText;
import org.diplograph.model.Document;
import org.diplograph.model.PartialDate;

/**
 * Writes annotated documents as CoNLL-U and reads them back, so that extraction can be developed
 * and tested on stored analyses without loading the models.
 *
 * <p>The files are standard CoNLL-U (10 columns, multi-word token ranges for French contractions)
 * with what diplograph needs to restore a document exactly: each document opens with
 * {@code # newdoc id = ID} and {@code # document = {JSON}} (the original text and metadata), and
 * each word's MISC column holds {@code TokenRange=BEGIN:END} (offsets into the original text, as
 * UDPipe writes them) and {@code NER=CLASS}. We do not use CoreNLP's own CoNLL-U reader because it
 * rebuilds the text from the tokens, losing the original offsets that provenance depends on, and
 * reads no named-entity column beside one extra one.
 */
public final class Conllu {

  private static final ObjectMapper JSON = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  /** The document fields stored in the {@code # document} comment. */
  record Header(String id, String origin, String text, String published, String url, String source,
      String title) {
  }

  private Conllu() {
  }

  /** Writes one document. Several documents may follow each other in one file. */
  public static void write(AnnotatedDocument annotated, Writer out) throws IOException {
    Document d = annotated.document();
    Header h = new Header(d.id(), d.origin(), d.text(),
        d.published() == null ? null : d.published().toString(), d.url(), d.source(), d.title());
    out.write("# newdoc id = " + d.id() + "\n");
    out.write("# document = " + JSON.writeValueAsString(h) + "\n");
    for (Sentence s : annotated.sentences()) {
      out.write("# sent_id = " + d.id() + "-" + (s.index() + 1) + "\n");
      out.write("# text = " + s.text().replaceAll("\\s+", " ") + "\n");
      List<Word> words = s.words();
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (w.token() != null && (i == 0 || !sameToken(words.get(i - 1), w))) {
          int j = i;
          while (j + 1 < words.size() && sameToken(words.get(j + 1), w)) {
            j++;
          }
          out.write(w.index() + "-" + words.get(j).index() + "\t" + w.token()
              + "\t_\t_\t_\t_\t_\t_\t_\tTokenRange=" + w.begin() + ":" + w.end() + "\n");
        }
        out.write(w.index() + "\t" + w.form() + "\t_\t" + orBlank(w.upos()) + "\t_\t_\t" + w.head()
            + "\t" + w.deprel() + "\t_\tTokenRange=" + w.begin() + ":" + w.end() + "|NER=" + w.ner()
            + "\n");
      }
      out.write("\n");
    }
  }

  private static boolean sameToken(Word a, Word b) {
    return a.token() != null && a.token().equals(b.token()) && a.begin() == b.begin()
        && a.end() == b.end();
  }

  private static String orBlank(String s) {
    return s == null || s.isEmpty() ? "_" : s;
  }

  /** Reads every document of a file written by {@link #write}, with identity clean texts. */
  public static List<AnnotatedDocument> read(Reader in, String source) throws IOException {
    return read(in, source, CleanText::identity);
  }

  /**
   * Reads every document of a file written by {@link #write}.
   *
   * @param source  the file name, for messages
   * @param cleaner rebuilds each document's clean text from its original text
   * @throws IllegalArgumentException naming {@code source:line} when the file is malformed
   */
  public static List<AnnotatedDocument> read(Reader in, String source,
      Function<String, CleanText> cleaner) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<AnnotatedDocument> docs = new ArrayList<>();
    Document doc = null;
    List<Sentence> sentences = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    String mwtForm = null;
    int mwtLast = 0;
    String line;
    int lineNo = 0;
    while ((line = lines.readLine()) != null) {
      lineNo++;
      String where = source + ":" + lineNo;
      if (line.startsWith("# document = ")) {
        if (doc != null) {
          docs.add(new AnnotatedDocument(doc, sentences));
          sentences = new ArrayList<>();
        }
        doc = document(line.substring("# document = ".length()), where, cleaner);
      } else if (line.startsWith("#")) {
        continue;
      } else if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(sentence(doc, sentences.size(), words, where));
          words = new ArrayList<>();
        }
        mwtForm = null;
        mwtLast = 0;
      } else {
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
          throw new IllegalArgumentException(where + ": expected 10 tab-separated columns, found "
              + f.length);
        }
        if (f[0].contains("-")) {
          mwtForm = f[1];
          mwtLast = Integer.parseInt(f[0].substring(f[0].indexOf('-') + 1));
          continue;
        }
        try {
          int index = Integer.parseInt(f[0]);
          int[] range = tokenRange(f[9], where);
          String ner = misc(f[9], "NER");
          String token = mwtForm != null && index <= mwtLast ? mwtForm : null;
          if (index >= mwtLast) {
            mwtForm = null;
          }
          words.add(new Word(index, f[1], range[0], range[1], "_".equals(f[3]) ? null : f[3],
              ner == null ? "O" : ner, Integer.parseInt(f[6]), f[7], token));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + ": bad number: " + e.getMessage(), e);
        }
      }
    }
    if (!words.isEmpty()) {
      sentences.add(sentence(doc, sentences.size(), words, source + ":" + lineNo));
    }
    if (doc != null) {
      docs.add(new AnnotatedDocument(doc, sentences));
    }
    return docs;
  }

  private static Document document(String json, String where, Function<String, CleanText> cleaner) {
    try {
      Header h = JSON.readValue(json, Header.class);
      return new Document(h.id(), h.origin(), h.text(), cleaner.apply(h.text()),
          PartialDate.parseOptional(h.published()).orElse(null), h.url(), h.source(), h.title());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": bad document header: " + e.getOriginalMessage(), e);
    }
  }

  private static Sentence sentence(Document doc, int index, List<Word> words, String where) {
    if (doc == null) {
      throw new IllegalArgumentException(where + ": a sentence before any '# document =' line");
    }
    int begin = words.get(0).begin();
    int end = words.get(words.size() - 1).end();
    if (end > doc.text().length() || begin > end) {
      throw new IllegalArgumentException(where + ": token range " + begin + ":" + end
          + " outside the document text");
    }
    return new Sentence(index, begin, end, doc.text().substring(begin, end), words);
  }

  private static int[] tokenRange(String misc, String where) {
    String range = misc(misc, "TokenRange");
    if (range == null || !range.matches("\\d+:\\d+")) {
      throw new IllegalArgumentException(where + ": MISC has no TokenRange=BEGIN:END");
    }
    int colon = range.indexOf(':');
    return new int[] {Integer.parseInt(range.substring(0, colon)),
        Integer.parseInt(range.substring(colon + 1))};
  }

  private static String misc(String misc, String key) {
    for (String kv : misc.split("\\|")) {
      if (kv.startsWith(key + "=")) {
        return kv.substring(key.length() + 1);
      }
    }
    return null;
  }

  /** Writes documents to a string (for tests and tools). */
  public static String toString(List<AnnotatedDocument> docs) {
    var out = new java.io.StringWriter();
    try {
      for (AnnotatedDocument d : docs) {
        write(d, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
