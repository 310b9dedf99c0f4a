package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntologyTest {

  static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplograph.ttl");

  /** The vocabulary core of the design: these names are fixed. */
  @ParameterizedTest
  @ValueSource(strings = {"Contact", "Meeting", "Call", "Summit", "Visit", "Person", "Organization",
      "Country", "Place", "Topic", "Document", "Mention", "participant", "place", "date", "endDate",
      "topic", "status", "partOf", "evidence", "document", "sentence", "beginOffset", "endOffset",
      "rule", "confidence", "role", "Held", "Planned", "Proposed", "Cancelled"})
  void declaresEveryCoreTermWithLabelsAndCommentsInEnglishAndFrench(String local) {
    Resource term = ONTOLOGY.getResource(Vocab.NS + local);
    assertThat(ONTOLOGY.contains(term, org.apache.jena.vocabulary.RDF.type)).as(local).isTrue();
    for (String lang : List.of("en", "fr")) {
      assertThat(ONTOLOGY.listObjectsOfProperty(term, RDFS.label).toList())
          .as(local + " label @" + lang).anyMatch(n -> lang.equals(n.asLiteral().getLanguage()));
      assertThat(ONTOLOGY.listObjectsOfProperty(term, RDFS.comment).toList())
          .as(local + " comment @" + lang).anyMatch(n -> lang.equals(n.asLiteral().getLanguage()));
    }
  }

  @Test
  void alignsWithSemProvAndSchemaOrg() {
    String sem = Vocab.SEM;
    assertThat(ONTOLOGY.contains(Vocab.Contact, RDFS.subClassOf, ONTOLOGY.getResource(sem + "Event"))).isTrue();
    assertThat(ONTOLOGY.contains(Vocab.participant, RDFS.subPropertyOf, ONTOLOGY.getResource(sem + "hasActor"))).isTrue();
    assertThat(ONTOLOGY.contains(Vocab.place, RDFS.subPropertyOf, ONTOLOGY.getResource(sem + "hasPlace"))).isTrue();
    assertThat(ONTOLOGY.contains(Vocab.evidence, RDFS.subPropertyOf,
        ONTOLOGY.getResource(Vocab.PROV + "wasDerivedFrom"))).isTrue();
    assertThat(ONTOLOGY.listObjectsOfProperty(Vocab.Cancelled,
        ONTOLOGY.getProperty("http://www.w3.org/2004/02/skos/core#exactMatch")).toList())
        .extracting(Object::toString).contains("https://schema.org/EventCancelled");
  }

  @Test
  void carriesVersionAndLicense() {
    Resource ontology = ONTOLOGY.getResource("https://w3id.org/diplograph/ontology");
    assertThat(ONTOLOGY.contains(ontology, OWL.versionInfo)).isTrue();
    assertThat(ONTOLOGY.contains(ontology, org.apache.jena.vocabulary.DCTerms.license)).isTrue();
  }

  @Test
  void isConsistentWithTheDataDiplographWrites() {
    Model data = ModelFactory.createDefaultModel();
    org.apache.jena.query.Dataset ds = RDFDataMgr.loadDataset("src/test/resources/queries/fixture.trig");
    ds.listModelNames().forEachRemaining(g -> data.add(ds.getNamedModel(g)));
    InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
        ONTOLOGY.union(data));
    ValidityReport report = inf.validate();
    assertThat(report.isValid()).as(() -> {
      StringBuilder sb = new StringBuilder();
      report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
      return sb.toString();
    }).isTrue();
    // and an individual of two disjoint contact types is caught
    Model bad = ModelFactory.createDefaultModel();
    bad.createResource("https://w3id.org/diplograph/id/contact/x").addProperty(
        org.apache.jena.vocabulary.RDF.type, Vocab.Meeting).addProperty(
        org.apache.jena.vocabulary.RDF.type, Vocab.Call);
    assertThat(ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
        ONTOLOGY.union(bad)).validate().isValid()).isFalse();
  }

  @Test
  void theShapesParse() {
    Model shapes = RDFDataMgr.loadModel("ontology/shapes.ttl");
    assertThat(org.apache.jena.shacl.Shapes.parse(shapes.getGraph()).numRootShapes()).isGreaterThanOrEqualTo(5);
  }
}
