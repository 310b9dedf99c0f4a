package org.diplograph.nlp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.diplograph.model.CleanText;
import org.diplograph.model.Document;
import org.diplograph.model.PartialDate;

/**
 * The stored annotations of the rule test cases ({@code cases/examples.conllu}), read once per
 * JVM: rule tests run on them without loading CoreNLP.
 */
public final class StoredExamples {

  public static final Path FILE = CaseFile.FOLDER.resolve("examples.conllu");

  private static Map<String, AnnotatedDocument> byId;

  private StoredExamples() {
  }

  /** The document a case stands for, with an id made from its date and text. */
  public static Document document(String published, String text) {
    return new Document(id(published, text), "cases", text, CleanText.identity(text),
        published == null ? null : PartialDate.parse(published), null, null, null);
  }

  public static String id(String published, String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(((published == null ? "-" : published) + "\t" + text).getBytes(StandardCharsets.UTF_8));
      return "case-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored annotation of a case's text; fails, saying how to make it, when there is none. */
  public static AnnotatedDocument annotated(CaseFile.Case c) {
    AnnotatedDocument d = stored().get(id(c.published(), c.text()));
    if (d == null) {
      throw new AssertionError(c.where() + ": no stored annotation for this case; run "
          + "mvn -q test -Dtest=StoredExamplesTest -Dexamples.update=true");
    }
    return d;
  }

  /** Every stored annotation by document id. */
  public static synchronized Map<String, AnnotatedDocument> stored() {
    if (byId == null) {
      Map<String, AnnotatedDocument> map = new LinkedHashMap<>();
      if (Files.exists(FILE)) {
        try (Reader r = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
          for (AnnotatedDocument d : Conllu.read(r, FILE.toString())) {
            map.put(d.document().id(), d);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      byId = map;
    }
    return byId;
  }
}
