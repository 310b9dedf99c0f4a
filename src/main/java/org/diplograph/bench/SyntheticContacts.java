package org.diplograph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.diplograph.model.Actor;
import org.diplograph.model.CleanText;
import org.diplograph.model.Contact;
import org.diplograph.model.ContactStatus;
import org.diplograph.model.ContactType;
import org.diplograph.model.Document;
import org.diplograph.model.Mention;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Participant;
import org.diplograph.model.Place;
import org.diplograph.model.Topic;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.GazetteerEntry;
import org.diplograph.resolve.GazetteerPerson;

/**
 * Synthetic documents with contacts of a realistic shape, for measuring queries at scale: persons
 * of the gazetteer (a few much more often than the rest, as in the news), its places and topics,
 * types, statuses and dates in plausible proportions, one evidence sentence per contact, bilateral
 * meetings on the sidelines of some summits. Deterministic for a seed.
 */
final class SyntheticContacts {

  /** One synthetic document and its contacts. */
  record Item(Document document, List<Contact> contacts) {
  }

  static final int CONTACTS_PER_DOCUMENT = 5;

  private final Random random;
  private final List<GazetteerPerson> persons;
  private final List<GazetteerEntry> places;
  private final List<GazetteerEntry> topics;

  SyntheticContacts(Gazetteer gazetteer, long seed) {
    this.random = new Random(seed);
    this.persons = new ArrayList<>(gazetteer.persons());
    this.places = new ArrayList<>(gazetteer.places());
    this.topics = new ArrayList<>(gazetteer.topics());
  }

  /** Document number {@code n} with {@link #CONTACTS_PER_DOCUMENT} contacts. */
  Item document(int n) {
    LocalDate published = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
    StringBuilder text = new StringBuilder();
    List<Contact> contacts = new ArrayList<>();
    Contact summit = null;
    for (int i = 0; i < CONTACTS_PER_DOCUMENT; i++) {
      ContactType type = type();
      int count = switch (type) {
        case VISIT -> 1;
        case SUMMIT -> 3 + random.nextInt(5);
        default -> 2;
      };
      List<Participant> participants = new ArrayList<>();
      while (participants.size() < count) {
        GazetteerPerson p = person();
        if (participants.stream().noneMatch(x -> x.actor().id().equals(p.id()))) {
          participants.add(new Participant(new Actor(p.id(), Actor.Kind.PERSON, p.label()), null, p.label()));
        }
      }
      GazetteerEntry where = places.get(random.nextInt(places.size()));
      Place place = type == ContactType.CALL ? null : new Place(where.id(), where.label());
      ContactStatus status = status();
      LocalDate day = published.plusDays(status == ContactStatus.HELD ? -random.nextInt(30) : random.nextInt(60));
      PartialDate date = random.nextInt(10) < 7 ? PartialDate.of(day)
          : random.nextInt(3) < 2 ? PartialDate.of(java.time.YearMonth.from(day)) : null;
      List<Topic> about = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        GazetteerEntry t = topics.get(random.nextInt(topics.size()));
        if (about.stream().noneMatch(x -> x.id().equals(t.id()))) {
          about.add(new Topic(t.id(), t.label()));
        }
      }
      String sentence = participants.get(0).displayName() + " " + verb(type) + " "
          + (participants.size() > 1 ? participants.get(1).displayName() + " " : "")
          + (place == null ? "" : "à " + place.label() + " ") + "selon la presse.";
      int begin = text.length();
      text.append(sentence).append('\n');
      Contact partOf = type == ContactType.MEETING && summit != null && random.nextBoolean() ? summit : null;
      Contact c = new Contact(type, participants, partOf != null ? partOf.place() : place, date, null,
          status, about, List.of(new Mention(sentence, begin, begin + sentence.length(),
              "synthetic", status)), 0.5 + random.nextInt(45) / 100.0, partOf);
      contacts.add(c);
      if (type == ContactType.SUMMIT) {
        summit = c;
      }
    }
    String body = text.toString();
    Document doc = new Document("synthetic-" + n, "synthetic", body, CleanText.identity(body),
        PartialDate.of(published), "https://example.org/synthetic/" + n, "synthetic", null);
    return new Item(doc, contacts);
  }

  private ContactType type() {
    int r = random.nextInt(100);
    return r < 45 ? ContactType.MEETING : r < 70 ? ContactType.CALL : r < 85 ? ContactType.VISIT
        : ContactType.SUMMIT;
  }

  private ContactStatus status() {
    int r = random.nextInt(100);
    return r < 60 ? ContactStatus.HELD : r < 85 ? ContactStatus.PLANNED : r < 95
        ? ContactStatus.PROPOSED : ContactStatus.CANCELLED;
  }

  /** A person, skewed: the first fortieth of the gazetteer takes about half the mentions. */
  private GazetteerPerson person() {
    int head = Math.max(1, persons.size() / 40);
    return random.nextBoolean() ? persons.get(random.nextInt(head)) : persons.get(random.nextInt(persons.size()));
  }

  private static String verb(ContactType type) {
    return switch (type) {
      case MEETING -> "a rencontré";
      case CALL -> "a téléphoné à";
      case VISIT -> "s'est rendu en visite";
      case SUMMIT -> "a participé au sommet avec";
    };
  }
}
