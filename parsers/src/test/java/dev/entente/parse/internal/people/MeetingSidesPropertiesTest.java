package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.people.World.Name;
import dev.entente.parse.internal.people.World.Office;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated sentences, with random states, people and offices, for the side of a meeting an
 * unqualified office holder is on: the people a verb of meeting names one after another ("[A] met
 * [adjective] [office] B and [office] C", "[A] paid courtesy calls on ..."), the one met after another met ("He was received by
 * [office] B and later called on [office] C"), and the person a "counterpart" faces ("[office] A
 * and his [adjective] counterpart B", "his [adjective] colleague B"). In each, exchanging the two states exchanges the holder's.
 */
class MeetingSidesPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate DAY = LocalDate.of(2021, 6, 15);

  /** Offices below the heads, which no rule for an unclaimed head's state can place. */
  private static final List<Office> MINISTERS = World.OFFICES.stream()
      .filter(o -> o.role() != Role.HEAD_OF_STATE && o.role() != Role.HEAD_OF_GOVERNMENT && o.role() != Role.DIPLOMAT)
      .toList();

  record Case(Name a, Name b, Name c, State x, State y, Office ob, Office oc) {}

  private static Case random(SplittableRandom r) {
    Name[] n = World.twoNames(r);
    Name c;
    do {
      c = new Name(World.pick(r, World.FIRST), World.pick(r, World.LAST));
    } while (c.last().equals(n[0].last()) || c.last().equals(n[1].last()));
    State[] s = World.twoStates(r);
    return new Case(n[0], n[1], c, s[0], s[1], World.pick(r, World.OFFICES.subList(0, 3)), World.pick(r, MINISTERS));
  }

  private static boolean unknown(Case k) {
    OfficeHolders holders = OfficeHolders.standard();
    for (Name n : List.of(k.a(), k.b(), k.c())) {
      if (!holders.holders(n.full()).isEmpty() || !holders.holders(n.last(), DAY).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A text of the case with the two states as given or exchanged. */
  interface Form {
    String text(Case k, State x, State y);
  }

  /** Checks that the person {@code who} picks is given the state {@code side} picks, before and after the states are exchanged. */
  private static void check(String name, Function<Case, Name> who, boolean ofY, Form form) {
    check(name, who, ofY, form, (k, l) -> { });
  }

  /** As above, and {@code also} holds of the person's leader record. */
  private static void check(String name, Function<Case, Name> who, boolean ofY, Form form, BiConsumer<Case, Leader> also) {
    Prop.check(name, World.gen(MeetingSidesPropertiesTest::random), k -> {
      Prop.assume(unknown(k));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? k.y() : k.x();
        State y = swap ? k.x() : k.y();
        String t = "Relations between " + x.name() + " and " + y.name() + " have grown closer. " + form.text(k, x, y);
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        Leader l = NameAndTitleFormsPropertiesTest.leader(got, who.apply(k).full());
        assertNotNull(l, () -> t + " -> " + got);
        assertEquals((ofY ? y : x).country(), l.country(), () -> t + " -> " + got);
        also.accept(k, l);
      }
    });
  }

  @Test
  void theOfficeHoldersAVerbOfMeetingListsAreOfOneSide() {
    check("[adjective] [office] A met [adjective] [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "President " + k.a().full() + " met " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + " and "
        + k.oc().title() + " " + k.c().full() + " in " + y.capital() + " on Monday.");
    check("A held talks with [state]'s [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "Prime Minister " + k.a().full() + " held talks with " + y.name() + "'s " + k.ob().title() + " " + k.b().full()
        + " and " + k.oc().title() + " " + k.c().full() + ".");
    check("A was received by [adjective] [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "President " + k.a().full() + " was received by " + y.adjective() + " " + k.ob().title() + " " + k.b().full()
        + " and " + k.oc().title() + " " + k.c().full() + " at the palace.");
    check("A will meet the [office] of [state], B, and the [office], C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "Prime Minister " + k.a().full() + " will meet the " + k.ob().title() + " of " + y.name() + ", " + k.b().full()
        + ", and the " + k.oc().title() + ", " + k.c().full() + ", on Friday.");
    check("A called on [adjective] [office] B, [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "President " + k.a().full() + " also called on " + y.adjective() + " " + k.ob().title() + " " + k.b().full()
        + " and " + k.oc().title() + " " + k.c().full() + " before leaving.");
    check("A paid courtesy calls on [adjective] [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "Prime Minister " + k.a().full() + " also paid courtesy calls on " + y.adjective() + " " + k.ob().title() + " "
        + k.b().full() + " and " + k.oc().title() + " " + k.c().full() + ".");
    check("A will pay a courtesy call on [adjective] [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "Prime Minister " + k.a().full() + " will pay a courtesy call on " + y.adjective() + " " + k.ob().title() + " "
        + k.b().full() + " and " + k.oc().title() + " " + k.c().full() + " on Friday.");
    check("A was welcomed by [adjective] [office] B and [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + "Prime Minister " + k.a().full() + " was welcomed at the airport by " + y.adjective() + " " + k.ob().title() + " "
        + k.b().full() + " and " + k.oc().title() + " " + k.c().full() + ".");
  }

  @Test
  void theOneMetByPeopleAllOfOneStateIsOfTheOtherParty() {
    check("[adjective] [office] A and [adjective] [office] B met [office] C", Case::c, true, (k, x, y) -> x.adjective()
        + " President " + k.a().full() + " and " + x.adjective() + " " + k.ob().title() + " " + k.b().full() + " met "
        + k.oc().title() + " " + k.c().full() + " on Monday.");
    check("[adjective] [office]s A and B held talks with [office] C", Case::c, true, (k, x, y) -> x.adjective() + " "
        + k.ob().title() + "s " + k.a().full() + " and " + k.b().full() + " held talks with " + k.oc().title() + " "
        + k.c().full() + " in " + y.capital() + ".");
  }

  @Test
  void anOfficeOfAStateOpeningTheSentenceIsASide() {
    // no one is named before the verb: the state word of the office the sentence opens with gives the side
    check("[adjective] [office] A arrived. The [adjective] leader was welcomed by [office] C", Case::c, true, (k, x, y) ->
        x.adjective() + " President " + k.a().full() + " arrived on Monday. The " + x.adjective() + " leader was welcomed at "
        + "the airport by " + k.oc().title() + " " + k.c().full() + ".");
    check("[adjective] [office] A arrived. The [adjective] leader, who is accompanied by [office] C, will travel", Case::c, false,
        (k, x, y) -> x.adjective() + " President " + k.a().full() + " arrived on Monday. The " + x.adjective() + " leader, who "
            + "is accompanied by " + k.oc().title() + " " + k.c().full() + ", will travel to " + y.capital() + " on Friday.");
  }

  @Test
  void anOfficeAfterAnOfficeInAppositionOpensNoName() {
    // "the President, [office] C": the office after the comma is C's, not a name in apposition to "the President"
    Prop.check("received by the President, [office] C and ...", World.gen(MeetingSidesPropertiesTest::random), k -> {
      Prop.assume(unknown(k));
      for (boolean swap : new boolean[] {false, true}) {
        State x = swap ? k.y() : k.x();
        State y = swap ? k.x() : k.y();
        String t = x.adjective() + " Prime Minister " + k.a().full() + " arrived in " + y.capital() + " on Monday and was "
            + "received at the airport by the President, " + k.oc().title() + " " + k.c().full() + " and the mayor.";
        List<Leader> got = PARSER.parse("generated", t, DAY).leaders();
        for (Leader l : got) {
          assertTrue(l.name().equals(k.a().full()) || l.name().equals(k.c().full()), () -> t + " -> " + got);
        }
        Leader c = NameAndTitleFormsPropertiesTest.leader(got, k.c().full());
        assertNotNull(c, () -> t + " -> " + got);
        assertEquals(y.country(), c.country(), () -> t + " -> " + got);
      }
    });
  }

  @Test
  void theOneMetAfterAnotherMetIsOfTheSameSide() {
    check("He was received by [adjective] [office] B and later called on [office] C", Case::c, true, (k, x, y) ->
        x.adjective() + " President " + k.a().full() + " arrived on Monday. He was received on Tuesday by " + y.adjective() + " "
        + k.ob().title() + " " + k.b().full() + ", and later called on " + k.oc().title() + " " + k.c().full() + ".");
    check("She was welcomed by [adjective] [office] B and then met [office] C", Case::c, true, (k, x, y) ->
        x.adjective() + " President " + k.a().full() + " arrived on Monday. She was welcomed by " + y.adjective() + " "
        + k.ob().title() + " " + k.b().full() + " and then met " + k.oc().title() + " " + k.c().full() + ".");
    check("A met [adjective] [office] B and later received [office] C", Case::c, true, (k, x, y) -> x.adjective()
        + " Prime Minister " + k.a().full() + " met " + y.adjective() + " " + k.ob().title() + " " + k.b().full()
        + " in the morning and later received " + k.oc().title() + " " + k.c().full() + " at the hotel.");
  }

  @Test
  void thePersonACounterpartFacesIsOfTheOtherParty() {
    check("[office] A and his [adjective] counterpart B signed", Case::a, false, (k, x, y) -> k.oc().title() + " "
        + k.a().full() + " and his " + y.adjective() + " counterpart " + k.b().full() + " signed the accord on Tuesday.");
    check("[office] A and her [adjective] counterpart, B, held talks", Case::a, false, (k, x, y) -> k.oc().title() + " "
        + k.a().full() + " and her " + y.adjective() + " counterpart, " + k.b().full() + ", held talks in " + y.capital() + ".");
    check("the [office], A, and his [adjective] counterpart B", Case::a, false, (k, x, y) -> "The " + k.oc().title() + ", "
        + k.a().full() + ", and his " + y.adjective() + " counterpart " + k.b().full() + " opened the joint commission.");
    check("A, the [office], and his [adjective] counterpart B", Case::a, false, (k, x, y) -> k.a().full() + ", the "
        + k.oc().title() + ", and his " + y.adjective() + " counterpart " + k.b().full() + " co-chaired the session.");
    check("[office] A and his [adjective] counterpart, [office] B", Case::a, false, (k, x, y) -> k.oc().title() + " "
        + k.a().full() + " and his " + y.adjective() + " counterpart, " + k.oc().title() + " " + k.b().full()
        + ", signed a memorandum.");
    check("[office] A and her [adjective] counterpart B exchanged", Case::a, false, (k, x, y) -> "In " + y.capital() + ", "
        + k.oc().title() + " " + k.a().full() + " and her " + y.adjective() + " counterpart " + k.b().full()
        + " exchanged the instruments of ratification.");
    check("[office] A and his [adjective] colleague B signed", Case::a, false, (k, x, y) -> k.oc().title() + " "
        + k.a().full() + " and his " + y.adjective() + " colleague " + k.b().full() + " signed the accord on Tuesday.");
  }

  @Test
  void aStateWordOnTheLaterOfAPairAloneSetsTheFirstApart() {
    check("[office] A and [adjective] [office] B signed", Case::a, false, (k, x, y) -> k.ob().title() + " " + k.a().full()
        + " and " + y.adjective() + " " + k.oc().title() + " " + k.b().full() + " signed the accord on Tuesday.");
    check("signed by [office] A and [adjective] [same office] B", Case::a, false, (k, x, y) -> "The treaty was signed by "
        + k.ob().title() + " " + k.a().full() + " and " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + ".");
    check("A, [office], and B, [state]'s [office], held talks", Case::a, false, (k, x, y) -> k.a().full() + ", "
        + k.oc().title() + ", and " + k.b().full() + ", " + y.name() + "'s " + k.oc().title() + ", also held talks.");
    check("[office] A and his [adjective] counterpart co-chaired", Case::a, false, (k, x, y) -> k.ob().title() + " "
        + k.a().full() + " and his " + y.adjective() + " counterpart earlier co-chaired the first meeting of the council.");
    check("[office] A and her [adjective] counterpart opened", Case::a, false, (k, x, y) -> "On Monday " + k.oc().title()
        + " " + k.a().full() + " and her " + y.adjective() + " counterpart opened the session.");
    check("present were [office] A and [adjective] [office] B", Case::a, false, (k, x, y) -> "Present at the ceremony were "
        + k.oc().title() + " " + k.a().full() + " and " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + ".");
    check("[office] A and the [office] of [state], B", Case::a, false, (k, x, y) -> k.ob().title() + " " + k.a().full()
        + " and the " + k.oc().title() + " of " + y.name() + ", " + k.b().full() + ", laid wreaths at the memorial.");
  }

  @Test
  void aPairUnderOneOfficeAreTheTwoSides() {
    check("[adjective] [office] A arrived; [offices] A and B signed", Case::b, true, (k, x, y) -> x.adjective() + " "
        + k.oc().title() + " " + k.a().full() + " arrived in " + y.capital() + " on Monday. " + k.oc().title() + "s "
        + k.a().full() + " and " + k.b().full() + " signed the accord on Tuesday.");
    check("[adjective] [office] B arrived; the [offices], A and B, signed", Case::a, false, (k, x, y) -> y.adjective() + " "
        + k.oc().title() + " " + k.b().full() + " arrived in " + x.capital() + " on Monday. The two " + k.oc().title()
        + "s, " + k.a().full() + " and " + k.b().full() + ", signed a memorandum.");
  }

  @Test
  void aStateWordBeforeAPluralOfficeBindsBothOfThePair() {
    check("[adjective] [offices] A and B attended", Case::b, false, (k, x, y) -> "Talks with " + y.name() + " opened on "
        + "Monday. " + x.adjective() + " " + k.oc().title() + "s " + k.a().full() + " and " + k.b().full()
        + " attended the opening session.");
  }

  @Test
  void theOnesAccompanyingAPersonAreOfThatPersonsSide() {
    check("[adjective] [office] A, who was received by [office] B, was accompanied by [office] C", Case::c, false,
        (k, x, y) -> x.adjective() + " President " + k.a().full() + ", who was received at the airport by " + y.adjective()
        + " " + k.ob().title() + " " + k.b().full() + ", was accompanied by " + k.oc().title() + " " + k.c().full() + ".");
    check("[State] was represented by [office] C", Case::c, false, (k, x, y) -> "The accord was signed in " + y.capital()
        + " on Monday by " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + ". " + x.name() + " was represented by "
        + k.oc().title() + " " + k.c().full() + ".");
    check("[Capital] will be represented by the [office], C,", Case::c, false, (k, x, y) -> "The accord will be signed in "
        + y.capital() + " on Monday by " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + ". " + x.capital()
        + " will be represented by the " + k.oc().title() + ", " + k.c().full() + ", who arrives on Sunday.");
    check("[adjective] [office] A, flanked by [office] C, met [adjective] [office] B", Case::c, false, (k, x, y) ->
        "In " + y.capital() + ", " + x.adjective() + " Prime Minister " + k.a().full() + ", flanked by " + k.oc().title() + " "
        + k.c().full() + ", met " + y.adjective() + " " + k.ob().title() + " " + k.b().full() + " on Monday.");
  }

  @Test
  void aCounterpartNamedWithNoOfficeHoldsTheOfficeOfThePersonFaced() {
    check("[adjective] [office] A met his [adjective] counterpart B: B's title is A's", Case::b, true, (k, x, y) ->
        x.adjective() + " " + k.oc().title() + " " + k.a().full() + " held talks in " + y.capital() + " on Monday with his "
        + y.adjective() + " counterpart " + k.b().full() + ".", (k, b) -> {
          assertEquals(k.oc().title(), b.title());
          assertEquals(k.oc().role(), b.role());
        });
  }

  @Test
  void aCounterpartOfAnOfficeNamedWithoutANameHoldsThatOffice() {
    // the sentence opens with an office and no name: the counterpart holds it, not the office of the one named last before
    check("... and [adjective] President C held talks. The [office] later met his [adjective] counterpart B", Case::b, true,
        (k, x, y) -> x.adjective() + " " + k.oc().title() + " " + k.a().full() + " and " + y.adjective() + " President "
            + k.c().full() + " held talks in " + y.capital() + " on Monday. The " + k.oc().title() + " later met his "
            + y.adjective() + " counterpart " + k.b().full() + ".", (k, b) -> {
          assertEquals(k.oc().title(), b.title());
          assertEquals(k.oc().role(), b.role());
        });
  }

  @Test
  void aColleagueAfterAStateWordIsACounterpart() {
    check("[office] A and her [adjective] colleague B: B is of the adjective's state, with A's title", Case::b, true,
        (k, x, y) -> "In " + y.capital() + ", " + x.adjective() + " " + k.oc().title() + " " + k.a().full() + " and her "
            + y.adjective() + " colleague " + k.b().full() + " opened the session.", (k, b) -> {
          assertEquals(k.oc().title(), b.title());
          assertEquals(k.oc().role(), b.role());
        });
  }
}
