package org.diplograph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.diplograph.model.Document;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.rules.ClasspathFiles;

/**
 * Content hashes that tell whether a stored document graph is still what a build would write: a
 * hash of the document (text and metadata) and of everything that turns it into triples (the
 * rule files, the shapes, the ontology and gazetteer, the diplograph version).
 */
public final class Fingerprint {

  private final String pipeline;

  private Fingerprint(String pipeline) {
    this.pipeline = pipeline;
  }

  /** The fingerprint of this diplograph: its version, rules, shapes and reference data. */
  public static Fingerprint of(ReferenceGraph reference) {
    MessageDigest md = sha256();
    String version = Fingerprint.class.getPackage().getImplementationVersion();
    update(md, version == null ? "development" : version);
    update(md, reference.hash());
    for (String file : ClasspathFiles.list("rules", "")) {
      update(md, file);
      md.update(ClasspathFiles.read(file));
    }
    md.update(ClasspathFiles.read("ontology/shapes.ttl"));
    return new Fingerprint(HexFormat.of().formatHex(md.digest()));
  }

  /** The content hash of a document under this fingerprint. */
  public String of(Document d) {
    MessageDigest md = sha256();
    update(md, pipeline);
    update(md, d.id());
    update(md, d.text());
    update(md, d.published() == null ? "" : d.published().toString());
    update(md, d.url());
    update(md, d.source());
    update(md, d.title());
    return HexFormat.of().formatHex(md.digest());
  }

  private static void update(MessageDigest md, String s) {
    byte[] b = (s == null ? "\u0000" : s).getBytes(StandardCharsets.UTF_8);
    md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    md.update((byte) ':');
    md.update(b);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
