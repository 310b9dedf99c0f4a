package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ReferenceGraph;
import org.diplograph.rdf.Vocab;

/**
 * What diplograph knows of the world, indexed for the resolver: persons by every form of their
 * names and by the offices they held when, countries by name and adjective, places by name and
 * venue, organizations, and the topic scheme. Read once from the reference graph; immutable and
 * thread-safe.
 */
public final class Gazetteer {

  private final Map<String, GazetteerPerson> persons = new LinkedHashMap<>();
  private final Map<String, List<GazetteerPerson>> personsByName = new HashMap<>();
  private final Map<String, List<GazetteerPerson>> personsByLastWord = new HashMap<>();
  private volatile Map<String, List<String>> namesByFirstWords;
  private final Map<String, GazetteerEntry> countries = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> countriesByName = new HashMap<>();
  private final Map<String, GazetteerEntry> countriesByAdjective = new HashMap<>();
  private final Map<String, List<String>> allCountriesByAdjective = new HashMap<>();
  private final Map<String, GazetteerEntry> places = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> placesByName = new HashMap<>();
  private final Map<String, GazetteerEntry> placesByVenue = new HashMap<>();
  private final Map<String, GazetteerEntry> organizationsByName = new HashMap<>();
  private final Map<String, GazetteerEntry> organizations = new LinkedHashMap<>();
  private final Map<String, GazetteerEntry> topicsByName = new HashMap<>();
  private final Map<String, GazetteerEntry> topics = new LinkedHashMap<>();

  private Gazetteer(Model m) {
    for (Resource r : m.listSubjectsWithProperty(RDF.type, Vocab.Person).toList()) {
      addPerson(m, r);
    }
    for (Resource r : m.listSubjectsWithProperty(RDF.type, Vocab.Country).toList()) {
      GazetteerEntry e = entry(r, RDFS.label, Set.of(), Set.of());
      Set<String> adjectives = keys(r, Vocab.adjective);
      e = new GazetteerEntry(e.id(), e.label(), e.names(), adjectives, Set.of(), null,
          localId(r.getPropertyResourceValue(Vocab.capital)));
      countries.put(e.id(), e);
      index(countriesByName, e.names(), e);
      index(countriesByAdjective, adjectives, e);
      for (String a : adjectives) {
        allCountriesByAdjective.computeIfAbsent(a, k -> new ArrayList<>()).add(e.id());
      }
    }
    for (Resource r : m.listSubjectsWithProperty(RDF.type, Vocab.Place).toList()) {
      GazetteerEntry e = entry(r, RDFS.label, Set.of(), keys(r, Vocab.venue));
      e = new GazetteerEntry(e.id(), e.label(), e.names(), Set.of(), e.venues(),
          localId(r.getPropertyResourceValue(Vocab.country)), null);
      places.put(e.id(), e);
      index(placesByName, e.names(), e);
      index(placesByVenue, e.venues(), e);
    }
    for (Resource r : m.listSubjectsWithProperty(RDF.type, Vocab.Organization).toList()) {
      GazetteerEntry e = entry(r, RDFS.label, Set.of(), Set.of());
      organizations.put(e.id(), e);
      index(organizationsByName, e.names(), e);
    }
    for (Resource r : m.listSubjectsWithProperty(RDF.type, Vocab.Topic).toList()) {
      GazetteerEntry e = entry(r, SKOS.prefLabel, Set.of(), Set.of());
      topics.put(e.id(), e);
      index(topicsByName, e.names(), e);
    }
  }

  /** The gazetteer of a reference graph. */
  public static Gazetteer of(Graph reference) {
    return new Gazetteer(ModelFactory.createModelForGraph(reference));
  }

  /** The bundled gazetteer (read once per process). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = of(ReferenceGraph.load().graph());
  }

  private void addPerson(Model m, Resource r) {
    String id = localId(r);
    if (id == null) {
      return;
    }
    String label = frenchLabel(r, RDFS.label);
    Set<String> names = new HashSet<>(keys(r, RDFS.label));
    names.addAll(keys(r, SKOS.altLabel));
    List<Office> offices = new ArrayList<>();
    for (RDFNode n : r.listProperties(Vocab.holds).mapWith(s -> s.getObject()).toList()) {
      if (n.isResource()) {
        Resource o = n.asResource();
        offices.add(new Office(localName(o.getPropertyResourceValue(Vocab.officeKind)),
            localId(o.getPropertyResourceValue(Vocab.country)),
            localId(o.getPropertyResourceValue(Vocab.organization)), frenchLabel(o, RDFS.label),
            date(o, Vocab.start), date(o, Vocab.end)));
      }
    }
    GazetteerPerson p = new GazetteerPerson(id, label, names,
        localId(r.getPropertyResourceValue(Vocab.country)), offices);
    persons.put(id, p);
    for (String name : names) {
      personsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
      personsByLastWord.computeIfAbsent(Names.lastWord(name), k -> new ArrayList<>()).add(p);
    }
  }

  private static GazetteerEntry entry(Resource r, Property labelProperty, Set<String> adjectives,
      Set<String> venues) {
    Set<String> names = new HashSet<>(keys(r, labelProperty));
    names.addAll(keys(r, SKOS.altLabel));
    names.addAll(keys(r, RDFS.label));
    return new GazetteerEntry(localId(r), frenchLabel(r, labelProperty), names, adjectives, venues,
        null, null);
  }

  private static void index(Map<String, GazetteerEntry> index, Collection<String> keys,
      GazetteerEntry e) {
    for (String k : keys) {
      index.putIfAbsent(k, e);
    }
  }

  private static Set<String> keys(Resource r, Property p) {
    Set<String> keys = new HashSet<>();
    r.listProperties(p).forEachRemaining(s -> {
      if (s.getObject().isLiteral()) {
        keys.add(Names.key(s.getObject().asLiteral().getLexicalForm()));
      }
    });
    return keys;
  }

  private static String frenchLabel(Resource r, Property p) {
    String any = null;
    for (var it = r.listProperties(p); it.hasNext(); ) {
      RDFNode o = it.next().getObject();
      if (o.isLiteral()) {
        Literal l = o.asLiteral();
        if ("fr".equals(l.getLanguage())) {
          return l.getLexicalForm();
        }
        any = any == null ? l.getLexicalForm() : any;
      }
    }
    return any == null ? localName(r) : any;
  }

  private static LocalDate date(Resource r, Property p) {
    Resource s = r;
    var stmt = s.getProperty(p);
    if (stmt == null || !stmt.getObject().isLiteral()) {
      return null;
    }
    try {
      return LocalDate.parse(stmt.getObject().asLiteral().getLexicalForm());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String localId(Resource r) {
    return r == null || !r.isURIResource() ? null : Iris.localId(r.getURI());
  }

  private static String localName(Resource r) {
    if (r == null || !r.isURIResource()) {
      return null;
    }
    String uri = r.getURI();
    return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
  }

  // ------------------------------------------------------------------------------------------

  public Optional<GazetteerPerson> person(String id) {
    return Optional.ofNullable(persons.get(id));
  }

  public Collection<GazetteerPerson> persons() {
    return persons.values();
  }

  /** Persons one of whose names is exactly {@code name} (compared as keys). */
  public List<GazetteerPerson> personsNamed(String name) {
    return personsByName.getOrDefault(Names.key(name), List.of());
  }

  /** Persons one of whose names ends with the word {@code surname}. */
  public List<GazetteerPerson> personsWithLastWord(String surname) {
    return personsByLastWord.getOrDefault(Names.key(surname), List.of());
  }

  /**
   * Persons whose full name is one letter away from {@code name} in the surname only, with the
   * same first words: the press writes "Naftali Benett" for Naftali Bennett. Surnames shorter than
   * five letters are too easily confused to be corrected.
   */
  public List<GazetteerPerson> personsNamedAlmost(String name) {
    String key = Names.key(name);
    int space = key.lastIndexOf(' ');
    if (space < 0 || key.length() - space - 1 < 5) {
      return List.of();
    }
    String first = key.substring(0, space);
    String last = key.substring(space + 1);
    List<GazetteerPerson> found = new ArrayList<>();
    for (String k : namesByFirstWords().getOrDefault(first, List.of())) {
      if (Names.withinOneEdit(k.substring(k.lastIndexOf(' ') + 1), last)) {
        for (GazetteerPerson p : personsByName.get(k)) {
          if (!found.contains(p)) {
            found.add(p);
          }
        }
      }
    }
    return found;
  }

  /** The names of several words, by all their words but the last ("naftali" → "naftali bennett"). */
  private Map<String, List<String>> namesByFirstWords() {
    Map<String, List<String>> index = namesByFirstWords;
    if (index == null) {
      index = new HashMap<>();
      for (String k : personsByName.keySet()) {
        int s = k.lastIndexOf(' ');
        if (s > 0) {
          index.computeIfAbsent(k.substring(0, s), x -> new ArrayList<>()).add(k);
        }
      }
      namesByFirstWords = index; // a benign race: any thread builds the same index
    }
    return index;
  }

  /**
   * The persons who held an office of {@code kind} for {@code country} (or, when country is null,
   * any) at some time in {@code [from, to]}.
   */
  public List<GazetteerPerson> holders(String kind, String country, LocalDate from, LocalDate to) {
    List<GazetteerPerson> found = new ArrayList<>();
    for (GazetteerPerson p : persons.values()) {
      for (Office o : p.offices()) {
        if (o.kind() != null && o.kind().equals(kind)
            && (country == null || country.equals(o.country()) || country.equals(o.organization()))
            && o.heldDuring(from, to)) {
          found.add(p);
          break;
        }
      }
    }
    return found;
  }

  public Optional<GazetteerEntry> country(String id) {
    return Optional.ofNullable(countries.get(id));
  }

  public Optional<GazetteerEntry> countryNamed(String name) {
    return Optional.ofNullable(countriesByName.get(Names.key(name)));
  }

  /** The country of an adjective in any gender and number: "américaine" → États-Unis. */
  /**
   * Every country an adjective may stand for, first the one {@link #countryOfAdjective} gives:
   * "congolais" is said of both Congos.
   */
  public List<String> countriesOfAdjective(String adjective) {
    return allCountriesByAdjective.getOrDefault(Names.key(adjective), List.of());
  }

  public Optional<GazetteerEntry> countryOfAdjective(String adjective) {
    return Optional.ofNullable(countriesByAdjective.get(Names.key(adjective)));
  }

  public Optional<GazetteerEntry> place(String id) {
    return Optional.ofNullable(places.get(id));
  }

  /** A place by one of its names ("Genève", "Pékin", "Beijing"). */
  /** Every place (cities, and countries as places). */
  public Collection<GazetteerEntry> places() {
    return places.values();
  }

  public Optional<GazetteerEntry> placeNamed(String name) {
    return Optional.ofNullable(placesByName.get(Names.key(name)));
  }

  /** The place a venue stands for: "Élysée" → Paris, "Kremlin" → Moscou. */
  public Optional<GazetteerEntry> placeOfVenue(String venue) {
    return Optional.ofNullable(placesByVenue.get(Names.key(venue)));
  }

  public Optional<GazetteerEntry> organizationNamed(String name) {
    return Optional.ofNullable(organizationsByName.get(Names.key(name)));
  }

  public Optional<GazetteerEntry> organization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /** A topic of the scheme by its preferred or alternative label. */
  public Optional<GazetteerEntry> topicNamed(String phrase) {
    return Optional.ofNullable(topicsByName.get(Names.key(phrase)));
  }

  public Collection<GazetteerEntry> topics() {
    return topics.values();
  }
}
