package dev.entente.parse.internal.events;

import dev.entente.model.EventType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The day of a change of relations told without one beside another that has it: "[A] and [B]
 * established diplomatic relations on [day], when [A] cut its ties with [C]", "[A] established
 * relations with [B] on [day], after it broke off relations with [C]", "[A] and [B] set up relations
 * on [day]. Within hours, [C] severed its ties with [A]." Relations are set up, cut, restored or a
 * state recognised in one act: the undated one is of the same day. Per article, once the occasions
 * are found and dated.
 */
final class RelationsDays {

  /** The events that change relations between states. */
  private static final Set<EventType> RELATIONS = Set.of(EventType.RELATIONS_ESTABLISHED,
      EventType.RELATIONS_SEVERED, EventType.RELATIONS_RESTORED, EventType.RECOGNITION);

  private RelationsDays() {}

  /**
   * Dates each change of relations of {@code untold} (told, without a day) by a dated change of
   * relations of {@code events} told in its sentence or the sentence before, with a state in common,
   * and adds it to {@code events}; one of the same kind and day with a state in common takes it in.
   */
  static void date(List<Draft> untold, List<Draft> events) {
    int dated = events.size();
    for (Draft u : untold) {
      if (!RELATIONS.contains(u.type) || u.type == EventType.RECOGNITION || u.planned || u.date != null || u.countries.isEmpty()) {
        continue;
      }
      Draft by = beside(u, events, dated);
      if (by == null) {
        continue;
      }
      u.date = by.date;
      events.stream().filter(e -> e.type == u.type && Objects.equals(u.date, e.date) && e.sharesCountry(u)).findFirst()
          .ifPresentOrElse(same -> same.absorb(u, true), () -> events.add(u));
    }
  }

  /** The dated change of relations (among the first {@code dated} of {@code events}) that {@code u} is told beside, or null. */
  private static @Nullable Draft beside(Draft u, List<Draft> events, int dated) {
    Draft by = null;
    for (int i = 0; i < dated; i++) {
      Draft e = events.get(i);
      if (!RELATIONS.contains(e.type) || e.planned || e.date == null || !e.sharesCountry(u)
          || e.sentence != u.sentence) {
        continue;
      }
      if (by != null && !Objects.equals(by.date, e.date)) {
        return null; // two days told: neither is surely its
      }
      by = e;
    }
    return by;
  }
}
