package dev.entente.parse.internal.events;

import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import java.util.List;

/**
 * Calls told by nouns alone. In a clause with no verb of an occasion, a call noun beside a visit or
 * a meeting noun is the occasion, the visit or meeting its topic ("discussed [the visit] in a
 * telephone call", "[a summit] was the subject of their phone conversation").
 */
final class CallNouns {

  private CallNouns() {}

  /** {@link EventType#CALL} when one of {@code hits} is a call, else {@code type}. */
  static EventType callAmongNouns(List<Hit> hits, EventType type) {
    for (Hit h : hits) {
      if (h.type() == EventType.CALL) {
        return EventType.CALL;
      }
    }
    return type;
  }
}
