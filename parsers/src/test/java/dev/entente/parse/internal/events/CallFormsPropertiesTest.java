package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Calls told in the forms of other newsrooms ("rang", "took a call from", "held a virtual meeting",
 * "made a call to"), and a call to "both leaders" or "the two presidents" named before: each is one
 * call on its day between the people of the two states. With random states, leaders and days.
 */
class CallFormsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** "%1$s" the caller, "%2$s" the other leader, "%3$s" the day. */
  private static final List<String> FORMS = List.of(
      "%1$s rang %2$s on %3$s to discuss the border.",
      "%2$s took a call from %1$s on %3$s.",
      "%2$s took a telephone call from %1$s on %3$s about the border.",
      "%1$s made a call to %2$s on %3$s.",
      "%1$s and %2$s held a virtual meeting on %3$s.",
      "%1$s and %2$s held a video conference on %3$s on the border.",
      "%1$s had a virtual meeting with %2$s on %3$s.",
      "%1$s and %2$s held virtual talks on %3$s.");

  record Call(CallPropertiesTest.Day d, String form) {
    String a() {
      return d.x().adjective() + " President " + d.a().full();
    }

    String b() {
      return d.y().adjective() + " Prime Minister " + d.b().full();
    }

    String text() {
      return String.format(Locale.ROOT, form, a(), b(), d.date()) + "\n";
    }
  }

  static List<DiplomaticEvent> events(String text, CallPropertiesTest.Day d) {
    return PARSER.parse("generated", text, d.day().plusDays(1)).events();
  }

  @Test
  void aCallInAnyFormIsOneCallOfItsTwoSides() {
    Prop.check("call forms", World.gen(r -> new Call(CallPropertiesTest.day(r), World.pick(r, FORMS))), c -> {
      String text = c.text();
      List<DiplomaticEvent> got = events(text, c.d());
      assertEquals(1, got.size(), () -> text + " -> " + got);
      assertEquals(EventType.CALL, got.get(0).type(), text);
      assertEquals(EdtfDate.of(c.d().day()), got.get(0).date(), text);
      assertEquals(Set.of(c.d().a().full(), c.d().b().full()), Set.copyOf(got.get(0).participants()), text);
      assertEquals(Set.of(c.d().x().country(), c.d().y().country()), Set.copyOf(got.get(0).countries()), text);
    });
  }

  /** A call to the two people of the sentence before: "telephoned both leaders". */
  private static final List<String> PAIRS = List.of(
      "%1$s telephoned both leaders on %2$s to wish them success.",
      "%1$s phoned the two leaders on %2$s.",
      "%1$s called both presidents on %2$s.",
      "%1$s rang both leaders on %2$s.");

  @Test
  void aCallToBothLeadersIsACallOfTheCaller() {
    Prop.check("calls to both leaders", World.gen(r -> new Call(CallPropertiesTest.day(r), World.pick(r, PAIRS))), c -> {
      CallPropertiesTest.Day d = c.d();
      String caller = d.z().adjective() + " President " + d.c().full();
      String text = c.a() + " and " + c.b() + " signed a border treaty.\n\n"
          + String.format(Locale.ROOT, c.form(), caller, d.date()) + "\n";
      List<DiplomaticEvent> got = events(text, d);
      List<DiplomaticEvent> calls = got.stream().filter(e -> e.type() == EventType.CALL).toList();
      assertEquals(1, calls.size(), () -> text + " -> " + got);
      assertEquals(EdtfDate.of(d.day()), calls.get(0).date(), text);
      assertTrue(calls.get(0).participants().contains(d.c().full()), () -> text + " -> " + got);
    });
  }

  @Test
  void aCallNamingNoPeopleIsNoCall() {
    Prop.check("calls to nobody", World.gen(CallPropertiesTest::day), d -> {
      String text = d.x().adjective() + " President " + d.a().full() + " rang the bell on " + d.date()
          + " and took a call from the floor.\n";
      List<DiplomaticEvent> got = events(text, d);
      assertTrue(got.stream().noneMatch(e -> e.type() == EventType.CALL), () -> text + " -> " + got);
    });
  }
}
