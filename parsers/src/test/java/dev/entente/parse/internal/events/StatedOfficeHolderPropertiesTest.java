package dev.entente.parse.internal.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host who receives or meets "the [adjective] minister" without naming the guest meets the minister
 * of that state the report named before: a meeting of the two on the day told. A phrase of another
 * office ("the [adjective] president", with only a foreign minister of that state named) stands for
 * nobody named. Each form is filled with random states, leaders and dates, and with the two states
 * swapped; {G} is the guest with the office the form gives, {XA} the guest's state's adjective.
 */
class StatedOfficeHolderPropertiesTest {

  private static final List<String> HOLDER = List.of(
      "{XA} Foreign Minister {G} signed an accord on trade in {YC}. {B} received the {XA} minister on {D}.",
      "{XA} Defence Minister {G} arrived in {YC} for talks. On {D}, {B} met the {XA} minister at the government house.",
      "{XA} Foreign Minister {G} toured a car factory in {YC}. {B} received the {XA} minister at the presidential palace on {D}.");

  private static final List<String> OTHER_OFFICE = List.of(
      "{XA} Foreign Minister {G} signed an accord on trade in {YC}. {B} received the {XA} president on {D}.",
      "{XA} Foreign Minister {G} toured a car factory in {YC}. On {D}, {B} met the {XA} president at the government house.");

  @Test
  void theStatesMinisterIsTheOneNamedBefore() {
    PairNamedBeforePropertiesTest.check("the [adjective] minister", HOLDER, PairNamedBeforePropertiesTest::meetOnce);
  }

  @Test
  void anotherOfficeStandsForNobodyNamed() {
    PairNamedBeforePropertiesTest.check("the [adjective] president", OTHER_OFFICE, PairNamedBeforePropertiesTest::neverMeet);
  }
}
