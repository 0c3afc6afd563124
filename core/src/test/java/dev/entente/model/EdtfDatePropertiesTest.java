package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/** EDTF text round trips and the ordering and containment laws. */
class EdtfDatePropertiesTest {

  @Test
  void toStringThenParseGivesTheSameDate() {
    Prop.check("parse(toString(d)) == d", ModelGens.dates(), d -> {
      EdtfDate back = EdtfDate.parse(d.toString());
      assertEquals(d, back);
      assertEquals(d.hashCode(), back.hashCode());
      assertEquals(d.toString(), back.toString());
    });
  }

  @Test
  void anyTextParsesToItsOwnCanonicalFormOrIsRejectedByName() {
    Gen<String> texts = Gens.frequency(
        Gens.weighted(3, Gens.strings("0123456789-/.?~%", 0, 24)),
        Gens.weighted(2, ModelGens.dates().map(EdtfDate::toString)),
        Gens.weighted(1, Gens.strings()));
    Prop.check("parse accepts only canonical EDTF", texts, 1000, text -> {
      EdtfDate d;
      try {
        d = EdtfDate.parse(text);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith("Invalid EDTF date"), e.getMessage());
        assertTrue(e.getMessage().contains(text.length() > 64 ? text.substring(0, 64) : text), e.getMessage());
        return;
      }
      assertEquals(text, d.toString());
    });
  }

  @Test
  void aDateContainsAndOverlapsItself() {
    Prop.check("d contains d", ModelGens.dates(), d -> {
      assertTrue(d.contains(d));
      assertTrue(d.overlaps(d));
      assertTrue(!d.earliest().isAfter(d.latest()), d::toString);
    });
  }

  @Test
  void anIntervalContainsItsEnds() {
    Prop.check("interval contains its ends", ModelGens.intervals(), i -> {
      assertTrue(i.isInterval());
      if (i.start() != null) {
        assertTrue(i.contains(i.start()), i::toString);
        assertEquals(i.start().earliest(), i.earliest());
      }
      if (i.end() != null) {
        assertTrue(i.contains(i.end()), i::toString);
        assertEquals(i.end().latest(), i.latest());
      }
    });
  }

  @Test
  void aYearContainsItsMonthsAndDays() {
    Prop.check("year contains its days", ModelGens.localDates(), day -> {
      EdtfDate d = EdtfDate.of(day);
      assertEquals(day, d.earliest());
      assertEquals(day, d.latest());
      assertTrue(EdtfDate.ofYear(day.getYear()).contains(d));
      assertTrue(EdtfDate.ofMonth(day.getYear(), day.getMonthValue()).contains(d));
      assertTrue(EdtfDate.since(d).contains(d) && EdtfDate.until(d).contains(d));
    });
  }

  @Test
  void equalDatesAreExactlyThoseWithTheSameEdtfText() {
    // b is often a's own text read back, so that equal pairs are as frequent as unequal ones
    Gen<EdtfDate[]> pairs = Gens.pair(ModelGens.dates(), Gens.pair(ModelGens.dates(), Gens.booleans()))
        .map(p -> new EdtfDate[] {p.first(), p.second().second() ? EdtfDate.parse(p.first().toString()) : p.second().first()});
    Prop.check("equals <=> same text", pairs, 1000, ab -> {
      EdtfDate a = ab[0];
      EdtfDate b = ab[1];
      assertEquals(a.toString().equals(b.toString()), a.equals(b), () -> a + " vs " + b);
      assertEquals(a.equals(b), b.equals(a), () -> a + " vs " + b);
      if (a.equals(b)) {
        assertEquals(a.hashCode(), b.hashCode(), () -> a + " vs " + b);
      }
    });
  }

  @Test
  void compareToIsATotalOrderConsistentWithEquals() {
    Prop.check("compareTo laws", Gens.triple(ModelGens.dates(), ModelGens.dates(), ModelGens.dates()), t -> {
      EdtfDate a = t.first();
      EdtfDate b = t.second();
      EdtfDate c = t.third();
      assertEquals(a.equals(b), a.compareTo(b) == 0, () -> a + " vs " + b);
      assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), () -> a + " vs " + b);
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertTrue(a.compareTo(c) <= 0, () -> a + " <= " + b + " <= " + c);
      }
      if (a.earliest().isBefore(b.earliest())) {
        assertTrue(a.compareTo(b) < 0, () -> a + " starts before " + b);
      }
    });
  }

  @Test
  void containmentIsTransitiveAndImpliesOverlap() {
    Prop.check("contains laws", Gens.triple(ModelGens.dates(), ModelGens.dates(), ModelGens.dates()), t -> {
      EdtfDate a = t.first();
      EdtfDate b = t.second();
      EdtfDate c = t.third();
      if (a.contains(b)) {
        assertTrue(a.overlaps(b) && b.overlaps(a), () -> a + " contains " + b);
        if (b.contains(c)) {
          assertTrue(a.contains(c), () -> a + " > " + b + " > " + c);
        }
      }
      assertEquals(a.overlaps(b), b.overlaps(a));
    });
  }
}
