package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;

/**
 * The IRIs diplograph mints. Everything lives under {@code https://w3id.org/diplograph/id/}: one
 * named graph per document ({@code graph/DOC}), the document ({@code document/DOC}), its mentions,
 * contacts, and canonical actors, places and topics ({@code person/vladimir-poutine}).
 */
public final class Iris {

  public static final String ID = "https://w3id.org/diplograph/id/";
  /** The named graph that holds the ontology, the gazetteer and the topic scheme. */
  public static final String REFERENCE_GRAPH = ID + "reference";
  /** The named graph of facts the store derives from the document graphs (see the store). */
  public static final String SUMMARY_GRAPH = ID + "summary";
  private static final String GRAPH = ID + "graph/";

  private Iris() {
  }

  /** The named graph of a document. */
  public static String graph(String docId) {
    return GRAPH + encode(docId);
  }

  /** The document id of a document graph's IRI, or {@code null} for any other graph. */
  public static String documentIdOfGraph(String graphIri) {
    return graphIri.startsWith(GRAPH) ? decode(graphIri.substring(GRAPH.length())) : null;
  }

  public static String document(String docId) {
    return ID + "document/" + encode(docId);
  }

  /** A canonical entity: {@code person/...}, {@code place/...}, {@code topic/...}. */
  public static String entity(String localId) {
    return ID + localId;
  }

  /** The local id of an entity IRI, or {@code null} when it is not one of ours. */
  public static String localId(String iri) {
    return iri.startsWith(ID) ? iri.substring(ID.length()) : null;
  }

  public static String contact(String key) {
    return ID + "contact/" + key;
  }

  /** A mention of one contact in one document. */
  public static String mention(String docId, String contactKey, int begin, int end) {
    return ID + "mention/" + encode(docId) + "/" + contactKey + "/" + begin + "-" + end;
  }

  /**
   * Two persons who took part in at least one contact together, named by a hash of their IRIs
   * in either order.
   */
  public static String pair(String personIri, String otherPersonIri) {
    String first = personIri.compareTo(otherPersonIri) <= 0 ? personIri : otherPersonIri;
    String second = first == personIri ? otherPersonIri : personIri;
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest((first + " " + second).getBytes(StandardCharsets.UTF_8));
      return ID + "pair/" + java.util.HexFormat.of().formatHex(digest, 0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** One actor's participation in one contact. */
  public static String participation(String contactKey, String actorLocalId) {
    return ID + "contact/" + contactKey + "/participant/" + actorLocalId;
  }

  /**
   * Percent-encodes everything but unreserved characters, so any document id (spaces, slashes,
   * accents) makes one valid IRI path segment.
   */
  public static String encode(String segment) {
    StringBuilder sb = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  static String decode(String encoded) {
    return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
