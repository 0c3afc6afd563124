package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing told during a visit by others than people of two states ("during X's visit to [city], two
 * firms signed ...") makes no meeting: the clause tells the visit (when it names two states, they
 * may be the signers, and the signing stays a meeting). Signed by the guest and the host, it is
 * their meeting. Each form is a template filled with random states, leaders and dates, and with the
 * two states swapped.
 */
class SigningDuringVisitPropertiesTest {

  private static final List<String> BY_OTHERS = List.of(
      "During {A}'s visit to {YC} on {D}, two firms signed a memorandum on shipbuilding.",
      "{A} paid a visit to {YC} on {D}, during which two banks signed a loan agreement.",
      "During the visit of {A} to {YC} on {D}, a shipyard and a port authority signed a contract.");

  private static final List<String> BY_THE_LEADERS = List.of(
      "During {A}'s visit to {YC} on {D}, {a} and {B} signed a memorandum on shipbuilding.");

  @Test
  void aSigningByOthersDuringAVisitIsTheVisitAndNoMeeting() {
    RelativeVisitPropertiesTest.check("signing by others during a visit", BY_OTHERS, (t, form) -> {
      String text = OccasionFormsPropertiesTest.fill(form, t, 2);
      List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.MEETING), () -> text + " -> " + got);
      assertTrue(OccasionFormsPropertiesTest.told(got, EventType.VISIT, EdtfDate.of(t.arrival()), t), () -> text + " -> " + got);
    });
  }

  @Test
  void aSigningByGuestAndHostDuringAVisitIsTheirMeeting() {
    RelativeVisitPropertiesTest.check("signing by guest and host during a visit", BY_THE_LEADERS, (t, form) -> {
      String text = OccasionFormsPropertiesTest.fill(form, t, 2);
      List<DiplomaticEvent> got = OccasionFormsPropertiesTest.events(text);
      assertTrue(OccasionFormsPropertiesTest.told(got, EventType.MEETING, EdtfDate.of(t.arrival()), t), () -> text + " -> " + got);
    });
  }
}
