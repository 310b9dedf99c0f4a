package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The diplograph vocabulary (ontology/diplograph.ttl) as Jena constants, and the prefixes. */
public final class Vocab {

  public static final String NS = "https://w3id.org/diplograph/ontology#";
  public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String WD = "http://www.wikidata.org/entity/";

  public static final Resource Contact = cls("Contact");
  public static final Resource Meeting = cls("Meeting");
  public static final Resource Call = cls("Call");
  public static final Resource Summit = cls("Summit");
  public static final Resource Visit = cls("Visit");
  public static final Resource Person = cls("Person");
  public static final Resource Organization = cls("Organization");
  public static final Resource Country = cls("Country");
  public static final Resource Place = cls("Place");
  public static final Resource Topic = cls("Topic");
  public static final Resource Document = cls("Document");
  public static final Resource Mention = cls("Mention");
  public static final Resource Participation = cls("Participation");
  public static final Resource Office = cls("Office");
  public static final Resource TopicScheme = cls("TopicScheme");

  public static final Resource Held = cls("Held");
  public static final Resource Planned = cls("Planned");
  public static final Resource Proposed = cls("Proposed");
  public static final Resource Cancelled = cls("Cancelled");
  public static final Resource PersonPair = cls("PersonPair");

  public static final Property participant = prop("participant");
  public static final Property place = prop("place");
  public static final Property date = prop("date");
  public static final Property endDate = prop("endDate");
  public static final Property topic = prop("topic");
  public static final Property status = prop("status");
  public static final Property partOf = prop("partOf");
  public static final Property evidence = prop("evidence");
  public static final Property document = prop("document");
  public static final Property sentence = prop("sentence");
  public static final Property beginOffset = prop("beginOffset");
  public static final Property endOffset = prop("endOffset");
  public static final Property rule = prop("rule");
  public static final Property confidence = prop("confidence");
  public static final Property role = prop("role");
  public static final Property participation = prop("participation");
  public static final Property actor = prop("actor");
  public static final Property contentHash = prop("contentHash");
  public static final Property country = prop("country");
  public static final Property holds = prop("holds");
  public static final Property officeKind = prop("officeKind");
  public static final Property organization = prop("organization");
  public static final Property start = prop("start");
  public static final Property end = prop("end");
  public static final Property adjective = prop("adjective");
  public static final Property venue = prop("venue");
  public static final Property capital = prop("capital");
  // derived by the store, in the summary graph
  public static final Property settledStatus = prop("settledStatus");
  public static final Property metWith = prop("metWith");
  public static final Property member = prop("member");
  public static final Property contactCount = prop("contactCount");
  public static final Property heldContactCount = prop("heldContactCount");
  public static final Property summaryVersion = prop("summaryVersion");

  private Vocab() {
  }

  private static Resource cls(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property prop(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  /** The prefixes of every file diplograph writes. */
  public static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefix("dg", NS)
        .setNsPrefix("dgid", Iris.ID)
        .setNsPrefix("rdf", RDF.getURI())
        .setNsPrefix("rdfs", RDFS.getURI())
        .setNsPrefix("owl", OWL.getURI())
        .setNsPrefix("xsd", XSD.getURI())
        .setNsPrefix("skos", SKOS.getURI())
        .setNsPrefix("dcterms", DCTerms.getURI())
        .setNsPrefix("prov", PROV)
        .setNsPrefix("sem", SEM)
        .setNsPrefix("wd", WD)
        .lock();
  }
}
