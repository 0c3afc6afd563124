package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value semantics and rejection, over generated values. */
class ModelPropertiesTest {

  @Test
  void amountsAreEqualByValueWhateverTheirScale() {
    Prop.check("Money equal by value", Gens.zip(ModelGens.amounts(), Gens.ints(0, 6), ModelGens.currencies(),
        (a, k, c) -> List.of(new Money(a, c), new Money(a.setScale(a.scale() + k), c))), pair -> {
      assertEquals(pair.get(0), pair.get(1));
      assertEquals(pair.get(0).hashCode(), pair.get(1).hashCode());
      assertEquals(0, pair.get(0).compareTo(pair.get(1)));
      assertEquals(pair.get(0), Money.parse(pair.get(0).toString()));
      assertTrue(pair.get(0).toString().matches("[0-9]+(\\.[0-9]+)? [A-Z]{3}"), pair.get(0)::toString);
    });
    Prop.check("changePercent equal by value", Gens.zip(ModelGens.percents(), Gens.ints(0, 6), (p, k) ->
        List.of(TradeFigure.builder(Flow.AID).changePercent(p).build(),
            TradeFigure.builder(Flow.AID).changePercent(p.setScale(p.scale() + k)).build())), pair ->
        assertEquals(pair.get(0), pair.get(1)));
  }

  @Test
  void negativeAmountsAreRejectedNamingThem() {
    Prop.check("negative money rejected", ModelGens.amounts().filter(a -> a.signum() > 0), a -> {
      String m = assertThrows(IllegalArgumentException.class, () -> Money.of(a.negate(), "USD")).getMessage();
      assertEquals("Money amount must not be negative: " + a.negate().stripTrailingZeros().toPlainString(), m);
      assertThrows(IllegalArgumentException.class, () -> Quantity.of(a.negate(), "t"));
    });
  }

  @Test
  void spansAreRejectedUnlessZeroOrMoreAndNonEmpty() {
    Prop.check("span validity", Gens.pair(Gens.ints(-5, 1000), Gens.ints(-5, 1000)), p -> {
      int s = p.first();
      int e = p.second();
      if (s >= 0 && e > s) {
        assertEquals(e - s, Span.of(s, e).length());
      } else {
        String m = assertThrows(IllegalArgumentException.class, () -> Span.of(s, e)).getMessage();
        assertTrue(m.contains(String.valueOf(s < 0 ? s : e)), m);
      }
    });
  }

  @Test
  void threeLetterCodesAreCountriesExactlyWhenKnown() {
    Prop.check("country codes", Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3, 3), code -> {
      if (Country.knownCodes().contains(code)) {
        assertEquals(code, Country.of(code.toLowerCase(java.util.Locale.ROOT)).code());
      } else {
        String m = assertThrows(IllegalArgumentException.class, () -> Country.of(code)).getMessage();
        assertTrue(m.contains("\"" + code + "\""), m);
      }
    });
  }

  @Test
  void blankNamesAreRejected() {
    Prop.check("blank names rejected", Gens.strings(" \t\n\r\u2003\u3000", 0, 10), blank -> {
      String m = assertThrows(IllegalArgumentException.class, () -> Leader.of(blank, null, null, Role.OTHER)).getMessage();
      assertTrue(m.startsWith("Leader name must not be blank"), m);
      assertThrows(IllegalArgumentException.class, () -> Article.of(blank));
    });
  }

  @Test
  void buildersCopyFacts() {
    Prop.check("toBuilder().build() is the same fact", ModelGens.tradeFigures(), f -> assertEquals(f, f.toBuilder().build()));
    Prop.check("toBuilder().build() is the same agreement", ModelGens.agreements(), a -> assertEquals(a, a.toBuilder().build()));
    Prop.check("toBuilder().build() is the same contract", ModelGens.armsContracts(), a -> assertEquals(a, a.toBuilder().build()));
    Prop.check("toBuilder().build() is the same event", ModelGens.events(), e -> assertEquals(e, e.toBuilder().build()));
  }

  @Test
  void recordsKeepACopyOfTheirLists() {
    Prop.check("lists are copied", Gens.pair(ModelGens.evidence(), ModelGens.leaders()), p -> {
      List<Span> spans = new ArrayList<>(p.first());
      Leader l = p.second().withEvidence(spans);
      spans.add(Span.of(0, 1));
      assertEquals(p.first(), l.evidence());
      assertThrows(UnsupportedOperationException.class, () -> l.evidence().add(Span.of(0, 1)));
    });
  }

  @Test
  void amountsBeyondTheLimitsAreRejectedWithoutExpanding() {
    Prop.check("huge exponents rejected", Gens.ints(31, Integer.MAX_VALUE - 1), exp -> {
      String m = assertThrows(IllegalArgumentException.class, () -> Money.of(BigDecimal.ONE.scaleByPowerOfTen(exp), "USD")).getMessage();
      assertTrue(m.contains("out of range") && m.contains("E+"), m);
      assertThrows(IllegalArgumentException.class, () -> Quantity.of(BigDecimal.ONE.scaleByPowerOfTen(-exp), "t"));
    });
  }
}
