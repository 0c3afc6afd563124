package dev.entente.parse.internal.events;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.internal.pipeline.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The occasions of an article that are events between states, as the records the stage gives
 * ({@link Document#events}): not a visit still ahead on a state's own ground, not talks told in
 * passing with nobody named, not a draft naming neither people nor states.
 */
final class KeptEvents {
  private KeptEvents() {}

  /** Adds to {@code doc}'s events a record of each of {@code events} that is an event between states. */
  static void add(Document doc, List<Draft> events) {
    for (Draft d : events) {
      if ((d.countries.isEmpty() && d.people.isEmpty()) || ownGround(d) || unattended(d)) {
        continue;
      }
      List<String> participants = new ArrayList<>(d.people.values());
      if (participants.isEmpty()) {
        participants.addAll(d.offices);
      }
      d.evidence.sort(Comparator.naturalOrder());
      doc.events.add(DiplomaticEvent.builder(d.type).date(d.date).location(d.location)
          .participants(participants).countries(new ArrayList<>(d.countries)).planned(d.planned)
          .evidence(d.evidence).build());
    }
  }

  /**
   * Whether {@code d} is a visit still ahead that names no state but one: the rest of a tour under way
   * ("is due to visit a university on Friday before returning to [capital]"), a way home, a delivery
   * ("the first aircraft are expected to arrive in [state] next year"), not a visit between states.
   */
  static boolean ownGround(Draft d) {
    return d.type == EventType.VISIT && d.planned && d.countries.size() < 2;
  }

  /**
   * Whether {@code d} is a meeting of one state with nobody named, not even by office, and not told on a
   * day it was held (a year or a month only, or still ahead): talks told in passing ("under the
   * understanding reached in the talks", "is to be negotiated next year", "a conference held in [city]
   * in [month]"), not an occasion between states. Told on a day, such a meeting is kept: the meeting of
   * a joint body in its seat ("the joint commission met in [city] on [day]").
   */
  static boolean unattended(Draft d) {
    return d.type == EventType.MEETING && d.countries.size() < 2 && d.people.isEmpty() && d.offices.isEmpty()
        && (d.planned || d.date == null || d.date.isInterval() || d.date.precision() != EdtfDate.Precision.DAY);
  }
}
