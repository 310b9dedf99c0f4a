package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.Contact;
import org.diplograph.model.Participant;
import org.diplograph.model.Topic;

/** Contacts in the gold format (design §5), for scoring and for machines. */
public final class ContactViews {

  private ContactViews() {
  }

  /** A contact as the gold files write one: names as the document writes them. */
  public static GoldContact of(Contact c) {
    List<String> names = new ArrayList<>();
    for (Participant p : c.participants()) {
      names.add(p.displayName());
    }
    return new GoldContact(c.type().code(), names, c.place() == null ? null : c.place().label(),
        c.date() == null ? null : c.date().toString(), c.status().code(),
        c.topics().stream().map(Topic::label).toList(),
        c.evidence().isEmpty() ? null : c.evidence().get(0).sentence());
  }

  public static List<GoldContact> of(List<Contact> contacts) {
    return contacts.stream().map(ContactViews::of).toList();
  }
}
