package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.ContactStatus;
import org.diplograph.model.ContactType;
import org.diplograph.model.Participant;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Topic;
import org.diplograph.resolve.PlaceMention;

/** A contact being assembled from one or more mentions of a document. Used by one thread. */
final class Draft {

  /** One sentence that states the contact. */
  record Evidence(int sentence, String rule, ContactStatus status) {
  }

  ContactType type;
  final List<Participant> participants = new ArrayList<>();
  PlaceMention place;
  /** Whether the place was stated with the contact itself, not taken from its summit or sentence. */
  boolean hasPlaceOfItsOwn;
  PartialDate date;
  PartialDate endDate;
  ContactStatus status;
  StatusRules.Certainty certainty;
  final List<Topic> topics = new ArrayList<>();
  final List<Evidence> evidence = new ArrayList<>();
  double confidence;
  Draft partOf;
  /** For a summit: the multilateral body it gathers ("g20", "otan"), or null. */
  String body;
  int sentence;
  int trigger;
  /** The lemmas of the triggers that stated it ("sommet", "rencontrer"). */
  final java.util.Set<String> lemmas = new java.util.LinkedHashSet<>();

  Draft(ContactType type, int sentence, int trigger) {
    this.type = type;
    this.sentence = sentence;
    this.trigger = trigger;
  }

  boolean hasActor(String id) {
    return participants.stream().anyMatch(p -> p.actor().id().equals(id));
  }

  void addParticipant(Participant p) {
    if (!hasActor(p.actor().id())) {
      participants.add(p);
    }
  }

  List<String> actorIds() {
    return participants.stream().map(p -> p.actor().id()).toList();
  }
}
