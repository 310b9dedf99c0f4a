package org.diplograph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.Actor;
import org.diplograph.model.Participant;
import org.diplograph.model.PartialDate;

/**
 * The persons of one document: each name chain ("Vladimir Poutine", "M. Poutine", "Poutine") and
 * each role ("le président russe", "son homologue américain") resolved to one canonical actor,
 * with the gazetteer's persons and offices at the document's date.
 *
 * <p>A participant's {@link Participant#name() name} is the fullest form the document itself
 * writes: a person the document names only by a title ("le président américain") keeps that title
 * as name, while the actor behind it is the person who held the office at the document's date.
 */
public final class DocumentPeople {

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** The mentions of one person by name in this document. */
  private static final class Chain {
    final String surname;
    final List<String> names = new ArrayList<>();
    final List<TitleMatch> titles = new ArrayList<>();
    String fullest;
    GazetteerPerson person;
    boolean honorific;
    int mentions;
    /** Where the document first names this person: sentence and word. */
    int firstSentence = Integer.MAX_VALUE;
    int firstWord = Integer.MAX_VALUE;

    Chain(String surname) {
      this.surname = surname;
    }
  }

  private final Gazetteer gazetteer;
  private final String documentId;
  private final LocalDate from;
  private final LocalDate to;
  private final boolean dated;
  private final Map<String, Chain> chainsByName = new LinkedHashMap<>();
  private final List<Chain> chains = new ArrayList<>();

  /**
   * @param mentions every person mention of the document, in order
   * @param published the document's date, or {@code null}
   */
  public DocumentPeople(Gazetteer gazetteer, String documentId, List<PersonMention> mentions,
      PartialDate published) {
    this.gazetteer = gazetteer;
    this.documentId = documentId;
    this.dated = published != null && published.year() != null;
    LocalDate[] period = period(published);
    this.from = period[0];
    this.to = period[1];
    buildChains(mentions);
  }

  static LocalDate[] period(PartialDate d) {
    if (d == null || d.year() == null) {
      return new LocalDate[] {EARLIEST, LATEST};
    }
    return switch (d.precision()) {
      case DAY -> new LocalDate[] {d.toLocalDate().orElseThrow(), d.toLocalDate().orElseThrow()};
      case YEAR_MONTH -> new LocalDate[] {YearMonth.of(d.year(), d.month()).atDay(1),
          YearMonth.of(d.year(), d.month()).atEndOfMonth()};
      case YEAR -> new LocalDate[] {LocalDate.of(d.year(), 1, 1), LocalDate.of(d.year(), 12, 31)};
      case MONTH_DAY -> new LocalDate[] {EARLIEST, LATEST};
    };
  }

  private void buildChains(List<PersonMention> mentions) {
    for (PersonMention m : mentions) {
      if (m.kind() != PersonMention.Kind.NAME) {
        continue;
      }
      Chain chain = chainFor(m.name());
      if (!chain.names.contains(m.name())) {
        chain.names.add(m.name());
      }
      if (m.title() != null) {
        chain.titles.add(m.title());
      }
      chain.honorific |= m.honorific();
      chain.mentions++;
      if (m.sentence() < chain.firstSentence
          || m.sentence() == chain.firstSentence && m.start() < chain.firstWord) {
        chain.firstSentence = m.sentence();
        chain.firstWord = m.start();
      }
    }
    for (Chain c : chains) {
      c.fullest = c.names.stream().max(Comparator.comparingInt((String n) -> Names.key(n).split(" ").length)
          .thenComparingInt(String::length)).orElse(c.surname);
      c.person = lookUp(c);
    }
  }

  /**
   * The chain a name belongs to: the chain of the same surname whose names agree with it (one is
   * the other's ending), else a new one.
   */
  private Chain chainFor(String name) {
    String key = Names.key(name);
    String surname = Names.lastWord(name);
    for (Chain c : chains) {
      if (c.surname.equals(surname)) {
        for (String n : c.names) {
          String k = Names.key(n);
          if (k.endsWith(key) || key.endsWith(k)) {
            return c;
          }
        }
      }
    }
    // a single surname joins the most recent chain of that surname
    if (!key.contains(" ")) {
      for (int i = chains.size() - 1; i >= 0; i--) {
        if (chains.get(i).surname.equals(surname)) {
          return chains.get(i);
        }
      }
      // "le prince Faisal" after "Faisal ben Farhan": a first name of exactly one chain
      Chain only = null;
      int count = 0;
      for (Chain c : chains) {
        for (String n : c.names) {
          String k = Names.key(n);
          if (k.startsWith(key + " ")) {
            if (only != c) {
              count++;
            }
            only = c;
            break;
          }
        }
      }
      if (count == 1) {
        return only;
      }
    }
    Chain c = new Chain(surname);
    chains.add(c);
    return c;
  }

  private GazetteerPerson lookUp(Chain c) {
    List<String> byLength = new ArrayList<>(c.names);
    byLength.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : byLength) {
      List<GazetteerPerson> found = gazetteer.personsNamed(name);
      if (!found.isEmpty()) {
        return pick(found, c);
      }
    }
    List<GazetteerPerson> bySurname = gazetteer.personsWithLastWord(c.surname);
    if (bySurname.isEmpty()) {
      List<GazetteerPerson> almost = gazetteer.personsNamedAlmost(c.fullest);
      return almost.isEmpty() ? null : pick(almost, c);
    }
    // the first names must not contradict: "Jill Biden" is not Joe Biden
    String fullestKey = Names.key(c.fullest);
    List<GazetteerPerson> compatible = bySurname.stream().filter(p -> p.names().stream()
        .anyMatch(n -> firstNamesAgree(n, fullestKey))).toList();
    if (compatible.isEmpty()) {
      return null;
    }
    return pick(compatible, c);
  }

  /** Two names agree when their first words are equal or one starts the other ("Recep Tayip"). */
  private static boolean firstNamesAgree(String gazetteerName, String docName) {
    String[] g = gazetteerName.split(" ");
    String[] d = docName.split(" ");
    if (d.length == 1 || g.length == 1) {
      return true;
    }
    return g[0].equals(d[0]) || g[0].startsWith(d[0]) || d[0].startsWith(g[0])
        || g[0].charAt(0) == d[0].charAt(0) && g[g.length - 1].equals(d[d.length - 1]);
  }

  /** Among several gazetteer persons, the one in office at the document's date and fitting its titles. */
  private GazetteerPerson pick(List<GazetteerPerson> candidates, Chain c) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    List<GazetteerPerson> fitting = candidates.stream().filter(p -> fitsTitles(p, c.titles)).toList();
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    List<GazetteerPerson> pool = fitting.isEmpty() ? candidates : fitting;
    List<GazetteerPerson> active = pool.stream().filter(p -> p.offices().stream()
        .anyMatch(o -> o.heldDuring(from, to))).toList();
    if (active.size() == 1) {
      return active.get(0);
    }
    return null;
  }

  private static boolean fitsTitles(GazetteerPerson p, List<TitleMatch> titles) {
    for (TitleMatch t : titles) {
      for (Office o : p.offices()) {
        if (t.kinds().contains(o.kind()) || t.kinds().contains("leader")
            && (o.kind().equals("head-of-state") || o.kind().equals("head-of-government"))) {
          if (t.country() == null || t.country().equals(o.country())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // -----------------------------------------------------------------------------------------

  /**
   * Whether a name mention names a person: the gazetteer knows it, or the document gives it a
   * first and last name, a title or an honorific. A lone capitalised word ("Ravi de recevoir")
   * that the recognizer took for a name is not enough.
   */
  public boolean isPerson(PersonMention m) {
    Chain c = chainFor(m.name());
    return c.person != null || !c.titles.isEmpty() || c.honorific
        || Names.key(c.fullest == null ? m.name() : c.fullest).contains(" ");
  }

  /** The participant a name mention stands for. */
  public Participant byName(PersonMention m) {
    Chain c = chainFor(m.name());
    if (c.fullest == null) {
      c.fullest = m.name();
    }
    String role = m.title() != null ? m.title().text() : c.titles.isEmpty() ? null : c.titles.get(0).text();
    return new Participant(actorOf(c), role, c.fullest);
  }

  private Actor actorOf(Chain c) {
    if (c.person != null) {
      return new Actor(c.person.id(), Actor.Kind.PERSON, c.person.label());
    }
    String slug = Names.slug(c.fullest);
    return new Actor("person/" + (slug.isEmpty() ? "unknown" : slug), Actor.Kind.PERSON, c.fullest);
  }

  /** Whether the document names this person with a political title, or the gazetteer knows them. */
  public boolean isOfficial(Participant p) {
    if (p.actor().id().startsWith("person/") && gazetteer.person(p.actor().id()).isPresent()) {
      return true;
    }
    return p.role() != null && !p.role().isBlank();
  }

  /**
   * The participant a title stands for ("le président russe", "son homologue américain"),
   * resolved at the document's date.
   *
   * @param reference for a counterpart, the person whose counterpart is meant; else ignored
   */
  public Optional<Participant> byRole(TitleMatch title, Participant reference) {
    return byRole(title, reference, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * As {@link #byRole(TitleMatch, Participant)}; a title without country ("le Président") stands
   * only for someone the document named with such a title before {@code sentence}/{@code word}.
   */
  public Optional<Participant> byRole(TitleMatch title, Participant reference, int sentence, int word) {
    List<String> kinds = title.kinds();
    String country = title.country();
    String organization = title.organization();
    if (title.isCounterpart()) {
      if (reference == null) {
        return Optional.empty();
      }
      kinds = officeKindsOf(reference);
      if (kinds.isEmpty() || country == null) {
        return Optional.of(unresolved(title));
      }
    } else if (kinds.contains("leader")) {
      kinds = List.of("head-of-state", "head-of-government");
    }
    if (country == null && organization == null) {
      // "le Président" alone: the person last named before with that title, unless another such
      // person is the one the document is about ("le Saint-Père" in an article on Léon XIV that
      // once recalls "le pape François")
      Chain best = null;
      for (Chain c : chains) {
        boolean before = c.firstSentence < sentence || c.firstSentence == sentence && c.firstWord < word;
        boolean titled = c.titles.stream().anyMatch(t -> t.kinds().equals(title.kinds()));
        // "La chancelière" in an article that names Angela Merkel
        boolean holder = c.person != null && c.person.offices().stream().anyMatch(o ->
            title.kinds().contains(o.kind()) && officeTitleFits(title, o)
                && (!dated || o.heldDuring(from, to)));
        if (before && (titled || holder) && (best == null || c.mentions * 2 > best.mentions)) {
          best = c;
        }
      }
      return best == null ? Optional.empty()
          : Optional.of(new Participant(actorOf(best), title.text(), best.fullest));
    }
    List<String> places = country != null ? countriesMeant(title) : List.of(organization);
    for (String place : places) {
      for (String kind : kinds) {
        Optional<Participant> named = namedHolder(title, kind, place);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    // nobody the document names: the holder of the office then, if the country is certain
    if (dated && places.size() == 1) {
      String place = places.get(0);
      for (String kind : kinds) {
        List<GazetteerPerson> holders = gazetteer.holders(kind, place, from, to).stream()
            .filter(p -> titleFits(title, p, kind, place)).toList();
        if (holders.size() == 1) {
          GazetteerPerson p = holders.get(0);
          return Optional.of(new Participant(new Actor(p.id(), Actor.Kind.PERSON, p.label()),
              title.text(), roleName(title)));
        }
      }
    }
    return Optional.of(unresolved(title));
  }

  /**
   * The countries a title may name: "le Président congolais" is the president of either Congo,
   * so both are tried against the persons the document names.
   */
  private List<String> countriesMeant(TitleMatch title) {
    for (String word : title.text().split(" ")) {
      List<String> all = gazetteer.countriesOfAdjective(word);
      if (all.size() > 1 && all.contains(title.country())) {
        List<String> out = new ArrayList<>();
        out.add(title.country());
        all.stream().filter(c -> !c.equals(title.country())).forEach(out::add);
        return out;
      }
    }
    return List.of(title.country());
  }

  /** Someone the document names who holds the office {@code kind} of {@code place}. */
  private Optional<Participant> namedHolder(TitleMatch title, String kind, String place) {
    // someone the document itself names with this title
    for (Chain c : chains) {
      for (TitleMatch t : c.titles) {
        if (t.kinds().contains(kind) && place.equals(t.country() != null ? t.country() : t.organization())) {
          return Optional.of(new Participant(actorOf(c), title.text(), c.fullest));
        }
      }
    }
    // "le Premier ministre Naftali Benett" (no country) and later "le Premier ministre israélien"
    List<Chain> sameKind = new ArrayList<>();
    for (Chain c : chains) {
      if (c.titles.stream().anyMatch(t -> t.kinds().contains(kind) && t.country() == null
          && t.organization() == null)) {
        sameKind.add(c);
      }
    }
    if (sameKind.size() == 1 && (sameKind.get(0).person == null
        || place.equals(sameKind.get(0).person.country()))) {
      Chain c = sameKind.get(0);
      return Optional.of(new Participant(actorOf(c), title.text(), c.fullest));
    }
    // a person the document names who held the office then
    for (Chain c : chains) {
      if (c.person != null && holds(c.person, kind, place, title)) {
        return Optional.of(new Participant(actorOf(c), title.text(), c.fullest));
      }
    }
    return Optional.empty();
  }

  private boolean holds(GazetteerPerson p, String kind, String place, TitleMatch title) {
    for (Office o : p.offices()) {
      if (o.kind() != null && o.kind().equals(kind)
          && (place.equals(o.country()) || place.equals(o.organization()))
          && (o.heldDuring(from, to) || !dated) && officeTitleFits(title, o)) {
        return true;
      }
    }
    return false;
  }

  private boolean titleFits(TitleMatch title, GazetteerPerson p, String kind, String place) {
    for (Office o : p.offices()) {
      if (kind.equals(o.kind()) && (place.equals(o.country()) || place.equals(o.organization()))
          && o.heldDuring(from, to) && officeTitleFits(title, o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "président" names a president: the Iranian president heads the government (the head of state
   * is the Supreme Leader), so a "président" title only fits an office whose own title is one.
   */
  private static boolean officeTitleFits(TitleMatch title, Office o) {
    String t = Names.key(title.text());
    if (t.startsWith("president") && !t.startsWith("president du gouvernement")
        && !t.startsWith("president du conseil")) {
      return o.title() == null || Names.key(o.title()).startsWith("president");
    }
    return true;
  }

  /** The office kinds a participant held at the document's date (or names in it). */
  public List<String> officeKindsOf(Participant p) {
    List<String> kinds = new ArrayList<>();
    gazetteer.person(p.actor().id()).ifPresent(g -> {
      for (Office o : g.offices()) {
        if (o.kind() != null && (o.heldDuring(from, to) || !dated) && !kinds.contains(o.kind())) {
          kinds.add(o.kind());
        }
      }
    });
    if (kinds.isEmpty()) {
      for (Chain c : chains) {
        if (actorOf(c).id().equals(p.actor().id())) {
          for (TitleMatch t : c.titles) {
            for (String k : t.kinds()) {
              if (!k.equals("counterpart") && !kinds.contains(k)) {
                kinds.add(k.equals("leader") ? "head-of-state" : k);
              }
            }
          }
        }
      }
    }
    return kinds;
  }

  /** The country a participant serves, from the gazetteer or the document's titles. */
  public String countryOf(Participant p) {
    Optional<GazetteerPerson> g = gazetteer.person(p.actor().id());
    if (g.isPresent() && g.get().country() != null) {
      return g.get().country();
    }
    for (Chain c : chains) {
      if (actorOf(c).id().equals(p.actor().id())) {
        for (TitleMatch t : c.titles) {
          if (t.country() != null) {
            return t.country();
          }
        }
      }
    }
    return null;
  }

  private Participant unresolved(TitleMatch title) {
    String name = roleName(title);
    return new Participant(new Actor("person/" + Names.slug(documentId) + "--" + Names.slug(name),
        Actor.Kind.PERSON, name), title.text(), name);
  }

  /**
   * A title as a name: "le président américain" → "président américain"; one country of a
   * plural title, "les présidents américain et français" for France → "président français".
   */
  String roleName(TitleMatch title) {
    String t = title.text().strip().replaceFirst("(?i)^(le|la|les|l'|son|sa|ses|leur|leurs)\\s+", "");
    String[] words = t.split(" ");
    if (title.country() == null || !t.contains(" et ")) {
      return t;
    }
    for (int i = 1; i < words.length; i++) {
      if (gazetteer.countriesOfAdjective(words[i]).contains(title.country())) {
        String head = words[0].length() > 3 && words[0].endsWith("s") ? words[0].substring(0, words[0].length() - 1)
            : words[0];
        return head + " " + words[i];
      }
    }
    return t;
  }
}
