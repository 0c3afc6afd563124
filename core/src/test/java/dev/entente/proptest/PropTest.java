package dev.entente.proptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The harness itself: broken properties fail with a seed and a minimal, replayable counterexample. */
class PropTest {

  /** A run-length-style encoder that forgets a character: "ab" comes back as "a". */
  private static final Function<String, String> BROKEN_ROUND_TRIP = s -> s.replace("ab", "a");

  private static AssertionError failure(Runnable property) {
    return assertThrows(AssertionError.class, property::run);
  }

  private static String shrunk(AssertionError e) {
    String m = e.getMessage();
    int at = m.indexOf("shrunk:   ") + "shrunk:   ".length();
    return m.substring(at, m.indexOf("  (", at));
  }

  @Test
  void brokenRoundTripFailsWithSeedAndShrinksToTheMinimalString() {
    AssertionError e = failure(() -> Prop.forAll(Gens.strings("abc", 0, 40)).tries(300).seed(7).check(
        "broken round trip", s -> assertEquals(s, BROKEN_ROUND_TRIP.apply(s))));
    String m = e.getMessage();
    assertTrue(m.contains("Property \"broken round trip\" failed on try "), m);
    assertTrue(m.contains("seed 7 (replay: -Dentente.seed=7)"), m);
    assertTrue(m.contains("original: \""), m);
    assertEquals("\"ab\"", shrunk(e), m);
    assertTrue(e.getCause() instanceof AssertionError, "cause is the shrunk value's failure");
  }

  @Test
  void replayingTheSeedReproducesTheFailure() {
    Runnable property = () -> Prop.forAll(Gens.strings("abc", 0, 40)).tries(300).check("no 'ab' lost", s -> assertEquals(s, BROKEN_ROUND_TRIP.apply(s)));
    String previous = System.getProperty("entente.seed");
    try {
      System.setProperty("entente.seed", "123456789");
      String first = failure(property).getMessage();
      String second = failure(property).getMessage();
      assertTrue(first.contains("seed 123456789"), first);
      assertEquals(first, second);
      System.setProperty("entente.seed", "");
      assertNotEquals(first.lines().findFirst(), failure(property).getMessage().lines().findFirst(), "empty seed means a fresh one");
    } finally {
      if (previous == null) {
        System.clearProperty("entente.seed");
      } else {
        System.setProperty("entente.seed", previous);
      }
    }
  }

  @Test
  void numbersShrinkToTheBoundary() {
    for (long seed = 0; seed < 5; seed++) {
      long s = seed;
      AssertionError e = failure(() -> Prop.forAll(Gens.ints(-1_000_000, 1_000_000)).tries(300).seed(s).check(
          "small", x -> assertTrue(Math.abs(x) < 1000)));
      assertTrue(shrunk(e).equals("1000") || shrunk(e).equals("-1000"), e.getMessage());
      AssertionError l = failure(() -> Prop.forAll(Gens.longs()).tries(300).seed(s).check("positive", x -> assertTrue(x < 77)));
      assertEquals("77", shrunk(l), l.getMessage());
    }
  }

  @Test
  void listsShrinkToOneMinimalElement() {
    AssertionError e = failure(() -> Prop.forAll(Gens.listOf(Gens.ints(0, 10_000), 0, 50)).tries(300).seed(3).check(
        "all small", list -> list.forEach(x -> assertTrue(x < 500))));
    assertEquals("[500]", shrunk(e), e.getMessage());
  }

  @Test
  void mappedAndZippedValuesShrinkThroughTheirParts() {
    Gen<String> pairs = Gens.zip(Gens.ints(0, 100), Gens.strings("xyz", 0, 10), (n, s) -> n + ":" + s);
    AssertionError e = failure(() -> Prop.forAll(pairs).tries(300).seed(11).check(
        "no z or big", p -> assertTrue(!p.contains("z") || Integer.parseInt(p.substring(0, p.indexOf(':'))) < 0)));
    assertEquals("\"0:z\"", shrunk(e), e.getMessage());
  }

  @Test
  void filteredValuesStayFilteredWhileShrinking() {
    AssertionError e = failure(() -> Prop.forAll(Gens.ints(0, 10_000).filter(x -> x % 2 == 1)).tries(300).seed(5).check(
        "odd below 99", x -> assertTrue(x < 99)));
    assertEquals("99", shrunk(e), e.getMessage());
  }

  @Test
  void decimalsStayInRangeAndScale() {
    BigDecimal min = new BigDecimal("-2.5");
    BigDecimal max = new BigDecimal("1000000.75");
    Prop.check("decimal range", Gens.decimals(min, max, 3), d -> {
      assertTrue(d.compareTo(min) >= 0 && d.compareTo(max) <= 0, d::toPlainString);
      assertTrue(d.scale() >= 0 && d.scale() <= 3, d::toPlainString);
    });
  }

  @Test
  void generatorsAreDeterministicForASeed() {
    Gen<List<String>> gen = Gens.listOf(Gens.strings(), 0, 20);
    for (int size = 1; size <= 100; size += 33) {
      assertEquals(gen.sample(new SplittableRandom(42), size), gen.sample(new SplittableRandom(42), size));
    }
  }

  @Test
  void arbitraryStringsReachLoneSurrogatesAndSupplementaryCharacters() {
    SplittableRandom random = new SplittableRandom(1);
    boolean lone = false;
    boolean supplementary = false;
    for (int i = 0; i < 2000 && !(lone && supplementary); i++) {
      String s = Gens.strings().sample(random, 100);
      for (int j = 0; j < s.length(); j++) {
        char c = s.charAt(j);
        if (Character.isHighSurrogate(c) && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1))) {
          supplementary = true;
          j++;
        } else if (Character.isSurrogate(c)) {
          lone = true;
        }
      }
    }
    assertTrue(lone && supplementary, "lone " + lone + ", supplementary " + supplementary);
  }

  @Test
  void choicesCoverEveryAlternative() {
    Set<Object> seen = new HashSet<>();
    Gen<Object> gen = Gens.frequency(Gens.weighted(5, Gens.constant("a")), Gens.weighted(1, Gens.elements(1, 2)),
        Gens.weighted(0, Gens.constant("never")));
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 500; i++) {
      seen.add(gen.sample(random, 10));
    }
    assertEquals(Set.of("a", 1, 2), seen);
  }

  @Test
  void listsRespectTheirBoundsWhileShrinking() {
    AssertionError e = failure(() -> Prop.forAll(Gens.listOf(Gens.ints(0, 9), 3, 8)).tries(300).seed(2).check(
        "short", list -> assertTrue(list.size() < 3)));
    assertEquals("[0, 0, 0]", shrunk(e), e.getMessage());
  }

  @Test
  void assumeSkipsValuesWithoutFailing() {
    List<Integer> seen = new ArrayList<>();
    Prop.forAll(Gens.ints(0, 100)).tries(50).seed(1).check("even only", x -> {
      Prop.assume(x % 2 == 0);
      seen.add(x);
      assertEquals(0, x % 2);
    });
    assertEquals(50, seen.size());
  }

  @Test
  void showEscapesInvisibleAndInvalidCharacters() {
    assertEquals("[\"a\\uD800\\u0000\\\"\", null]", Prop.show(java.util.Arrays.asList("a\uD800\0\"", null)));
  }
}
