package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.diplograph.model.Actor;
import org.diplograph.model.Contact;
import org.diplograph.model.ContactStatus;
import org.diplograph.model.Document;
import org.diplograph.model.Mention;
import org.diplograph.model.Participant;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Topic;

/**
 * Maps one document and the contacts it reports to the triples of its named graph.
 *
 * <p>The graph is self-contained: it types and labels every actor, place and topic it uses, so
 * each graph can be validated alone and a query over any subset of graphs finds the labels.
 * Contact IRIs are content-derived: when the date is day-precise, the same type, participants and
 * date give the same IRI in every document, so the union graph holds one contact with each
 * document's evidence; otherwise the contact is scoped to its document.
 */
public final class DocumentGraphs {

  private DocumentGraphs() {
  }

  /** The graph of {@code doc} with its contacts; {@code contentHash} marks what produced it. */
  public static Model build(Document doc, String contentHash, List<Contact> contacts) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocab.prefixes());
    Resource document = m.createResource(Iris.document(doc.id()), Vocab.Document)
        .addProperty(DCTerms.identifier, Literals.string(doc.id()))
        .addProperty(Vocab.contentHash, Literals.string(contentHash));
    if (doc.published() != null) {
      document.addProperty(DCTerms.issued, Literals.date(doc.published()));
    }
    if (doc.url() != null) {
      if (isAbsoluteIri(doc.url())) {
        document.addProperty(DCTerms.source, m.createResource(doc.url()));
      } else {
        document.addProperty(DCTerms.source, m.createTypedLiteral(doc.url(), XSDDatatype.XSDanyURI));
      }
    }
    if (doc.title() != null) {
      document.addProperty(DCTerms.title, Literals.fr(doc.title()));
    }
    if (doc.source() != null) {
      document.addProperty(DCTerms.publisher, Literals.string(doc.source()));
    }
    Map<Contact, String> keys = new IdentityHashMap<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Contact c : contacts) {
      // two contacts of one document that the key does not tell apart (a G7 and a NATO summit
      // in one sentence) must not share an IRI
      String key = contactKey(c, doc.id());
      String unique = key;
      for (int n = 2; !used.add(unique); n++) {
        unique = key + "-" + n;
      }
      keys.put(c, unique);
    }
    for (Contact c : contacts) {
      addContact(m, document, doc.id(), c, keys);
    }
    return m;
  }

  private static void addContact(Model m, Resource document, String docId, Contact c,
      Map<Contact, String> keys) {
    String key = keys.get(c);
    Resource contact = m.createResource(Iris.contact(key), Vocab.Contact)
        .addProperty(RDF.type, typeClass(c))
        .addProperty(Vocab.status, status(c.status()))
        .addProperty(Vocab.confidence, Literals.confidence(c.confidence()));
    for (Participant p : c.participants()) {
      Resource actor = actor(m, p.actor());
      contact.addProperty(Vocab.participant, actor);
      Resource participation = m.createResource(Iris.participation(key, p.actor().id()),
          Vocab.Participation).addProperty(Vocab.actor, actor);
      if (p.role() != null && !p.role().isBlank()) {
        participation.addProperty(Vocab.role, Literals.string(p.role()));
      }
      contact.addProperty(Vocab.participation, participation);
    }
    if (c.place() != null) {
      contact.addProperty(Vocab.place, m.createResource(Iris.entity(c.place().id()), Vocab.Place)
          .addProperty(RDFS.label, Literals.fr(c.place().label())));
    }
    if (c.date() != null) {
      contact.addProperty(Vocab.date, Literals.date(c.date()));
    }
    if (c.endDate() != null) {
      contact.addProperty(Vocab.endDate, Literals.date(c.endDate()));
    }
    for (Topic t : c.topics()) {
      Resource topic = m.createResource(Iris.entity(t.id()), Vocab.Topic)
          .addProperty(SKOS.prefLabel, Literals.fr(t.label()));
      if (t.broader() != null) {
        // a concept the text named, under the scheme's: queries for the scheme concept find it
        topic.addProperty(SKOS.broader, m.createResource(Iris.entity(t.broader())));
      }
      contact.addProperty(Vocab.topic, topic);
    }
    if (c.partOf() != null) {
      String summitKey = keys.get(c.partOf());
      if (summitKey == null) {
        throw new IllegalArgumentException("contact is part of a summit not among the document's contacts");
      }
      contact.addProperty(Vocab.partOf, m.createResource(Iris.contact(summitKey)));
    }
    for (Mention mention : c.evidence()) {
      Resource r = m.createResource(Iris.mention(docId, key, mention.begin(), mention.end()),
              Vocab.Mention)
          .addProperty(Vocab.document, document)
          .addProperty(Vocab.sentence, Literals.string(mention.sentence()))
          .addProperty(Vocab.beginOffset, Literals.integer(mention.begin()))
          .addProperty(Vocab.endOffset, Literals.integer(mention.end()))
          .addProperty(Vocab.rule, Literals.string(mention.rule()));
      if (mention.status() != null) {
        r.addProperty(Vocab.status, status(mention.status()));
      }
      contact.addProperty(Vocab.evidence, r);
    }
  }

  private static Resource actor(Model m, Actor a) {
    Resource type = switch (a.kind()) {
      case PERSON -> Vocab.Person;
      case ORGANIZATION -> Vocab.Organization;
      case COUNTRY -> Vocab.Country;
    };
    return m.createResource(Iris.entity(a.id()), type).addProperty(RDFS.label, Literals.fr(a.label()));
  }

  static Resource typeClass(Contact c) {
    return switch (c.type()) {
      case MEETING -> Vocab.Meeting;
      case CALL -> Vocab.Call;
      case SUMMIT -> Vocab.Summit;
      case VISIT -> Vocab.Visit;
    };
  }

  /** The status resource of a status. */
  public static Resource status(ContactStatus s) {
    return switch (s) {
      case HELD -> Vocab.Held;
      case PLANNED -> Vocab.Planned;
      case PROPOSED -> Vocab.Proposed;
      case CANCELLED -> Vocab.Cancelled;
    };
  }

  /**
   * The content-derived key of a contact. With a day-precise date it is the same in every
   * document (type, participants, date); otherwise the document and the first mention are part of
   * it, since "a call between Poutine and Trump" in two articles without dates may be two calls.
   */
  public static String contactKey(Contact c, String docId) {
    String participants = String.join(",", c.participants().stream()
        .map(p -> p.actor().id()).sorted().toList());
    PartialDate d = c.date();
    String basis;
    if (d != null && d.precision() == PartialDate.Precision.DAY) {
      basis = c.type().code() + "|" + participants + "|" + d;
    } else {
      basis = docId + "|" + c.type().code() + "|" + participants + "|" + (d == null ? "" : d)
          + "|" + c.evidence().get(0).begin();
    }
    return sha256(basis).substring(0, 20);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static boolean isAbsoluteIri(String s) {
    try {
      return org.apache.jena.irix.IRIx.create(s).isAbsolute();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
