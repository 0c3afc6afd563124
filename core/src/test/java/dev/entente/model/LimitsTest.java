package dev.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.ModelGens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extractions are bounded at the source, and what is bounded passes the check the JSON modules make. */
class LimitsTest {

  private static final String LONG = "X".repeat(Limits.MAX_VALUE_LENGTH + 1);
  private static final Leader PUTIN = new Leader("Vladimir Putin", Country.of("RUS"), "President",
      Role.HEAD_OF_STATE, List.of(Span.of(0, 14)));

  /** An extraction with one of its values, lists or counts pushed past a bound. */
  private static final Gen<ArticleExtraction> OVER = Gens.zip(ModelGens.extractions(), Gens.ints(0, 5), Gens.ints(1, 40),
      (x, which, n) -> {
        ArticleExtraction.Builder b = ArticleExtraction.builder(x.article()).countries(x.countries())
            .leaders(x.leaders()).agreements(x.agreements()).tradeFigures(x.tradeFigures())
            .armsContracts(x.armsContracts()).events(x.events());
        switch (which) {
          case 0 -> b.article(x.article().withTitle(LONG.repeat(n)));
          case 1 -> b.leader(new Leader(LONG + n, null, null, Role.OTHER, List.of()));
          case 2 -> b.event(DiplomaticEvent.builder(EventType.MEETING).location(LONG)
              .participants(java.util.Collections.nCopies(Limits.MAX_VALUES + n, "Putin")).build());
          case 3 -> b.country(CountryMention.of(Country.of("VEN"), spans(Limits.MAX_EVIDENCE + n)));
          case 4 -> {
            for (int i = 0; i < Limits.MAX_FACTS + n; i++) {
              b.leader(PUTIN);
            }
          }
          default -> b.tradeFigure(TradeFigure.builder(Flow.EXPORT).quantity(Quantity.of(n, LONG)).commodity(LONG).build());
        }
        return b.build();
      });

  private static List<Span> spans(int n) {
    List<Span> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Span.of(2 * i, 2 * i + 1));
    }
    return out;
  }

  @Test
  void whatIsWithinTheBoundsIsLeftAsItIs() {
    Prop.check("bounded(x) is x within the bounds", ModelGens.extractions(), x -> {
      Limits.check(x);
      assertSame(x, Limits.bounded(x));
    });
  }

  @Test
  void whatIsPastABoundIsBoundedAndThenPassesTheCheck() {
    Prop.check("bounded(x) passes the check", OVER, x -> {
      assertThrows(IllegalArgumentException.class, () -> Limits.check(x));
      ArticleExtraction b = Limits.bounded(x);
      Limits.check(b);
      assertSame(b, Limits.bounded(b));
      assertEquals(x.article().id(), b.article().id());
      assertEquals(x.countryCodes(), b.countryCodes());
    });
  }

  @Test
  void overLongValuesAreNoValues() {
    ArticleExtraction x = ArticleExtraction.builder(Article.of("a").withTitle(LONG).withDateline("MOSCOW"))
        .leader(PUTIN)
        .leader(new Leader(LONG, Country.of("RUS"), "President", Role.HEAD_OF_STATE, List.of(Span.of(3, 4))))
        .leader(new Leader("Nicolás Maduro", Country.of("VEN"), LONG, Role.HEAD_OF_STATE, List.of()))
        .armsContract(ArmsContract.builder().item(LONG).build())
        .build();
    ArticleExtraction b = Limits.bounded(x);
    assertNull(b.article().title());
    assertEquals("MOSCOW", b.article().dateline());
    assertEquals(List.of("Vladimir Putin", "Nicolás Maduro"), b.leaders().stream().map(Leader::name).toList());
    assertNull(b.leaders().get(1).title());
    assertEquals(List.of(), b.armsContracts());
  }

  @Test
  void evidenceBeyondTheLimitIsCountedNotListedAndEveryOwnerKeepsItsFirstSpan() {
    ArticleExtraction x = ArticleExtraction.builder(Article.of("a"))
        .country(CountryMention.of(Country.of("RUS"), spans(Limits.MAX_EVIDENCE + 500)))
        .country(CountryMention.of(Country.of("VEN"), spans(3)))
        .leader(PUTIN)
        .build();
    ArticleExtraction b = Limits.bounded(x);
    assertEquals(Limits.MAX_EVIDENCE - 2, b.countries().get(0).evidence().size());
    assertEquals(1, b.countries().get(1).evidence().size());
    assertEquals(PUTIN.evidence(), b.leaders().get(0).evidence());
    assertEquals(Limits.MAX_EVIDENCE + 500 + 3 + 1 - Limits.MAX_EVIDENCE, b.omittedEvidence());
    assertEquals(x.countries().get(0).evidence().subList(0, 10), b.countries().get(0).evidence().subList(0, 10));
  }

  @Test
  void factsAreCutToTheLimitInOrder() {
    ArticleExtraction.Builder builder = ArticleExtraction.builder(Article.of("a"));
    for (int i = 0; i < Limits.MAX_FACTS; i++) {
      builder.leader(PUTIN);
    }
    builder.event(DiplomaticEvent.builder(EventType.VISIT).build());
    ArticleExtraction b = Limits.bounded(builder.build());
    assertEquals(Limits.MAX_FACTS, b.leaders().size());
    assertEquals(List.of(), b.events());
  }

  @Test
  void anIdPastItsLimitCannotBeBounded() {
    ArticleExtraction x = ArticleExtraction.empty(Article.of("x".repeat(Limits.MAX_ID_LENGTH + 1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Limits.bounded(x));
    assertTrue(e.getMessage().startsWith("Article id is 4097 chars, over the limit of 4096"), e.getMessage());
  }
}
