package dev.entente.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Flow;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMergerTest {

  private static final Country RUS = Country.of("RUS");
  private static final Country VEN = Country.of("VEN");

  private static DiplomaticEvent meeting(String date, String... people) {
    return DiplomaticEvent.builder(EventType.MEETING).date(EdtfDate.parse(date)).location("Moscow")
        .participants(List.of(people)).countries(List.of(RUS, VEN)).evidence(Span.of(0, 5)).build();
  }

  private static ArticleExtraction article(String id, DiplomaticEvent... events) {
    return ArticleExtraction.builder(Article.of(id))
        .country(CountryMention.of(RUS, List.of(Span.of(0, 6))))
        .events(List.of(events))
        .build();
  }

  @Test
  void oneMeetingToldByFourOutletsIsOneEventWithFourSources() {
    Picture p = ExtractionMerger.merge(List.of(
        article("tass", meeting("2019-09-25", "Vladimir Putin", "Nicolas Maduro")),
        article("efe", meeting("2019-09-25", "Putin", "Nicolás Maduro")),
        article("aa", meeting("2019-09", "Vladimir Putin")),
        article("telesur", meeting("2019-09-25", "Nicolas Maduro"))));
    assertEquals(1, p.events().size(), p.events().toString());
    Merged<DiplomaticEvent> e = p.events().get(0);
    assertEquals(4, e.articleCount());
    assertEquals(EdtfDate.parse("2019-09-25"), e.value().date(), "the most precise date wins");
    assertEquals(List.of("Vladimir Putin", "Nicolás Maduro"), e.value().participants());
    assertTrue(e.value().evidence().isEmpty(), "spans live in the sources");
    assertEquals(List.of(Span.of(0, 5)), e.sources().get(1).evidence());
    assertEquals(1, p.countries().size());
    assertEquals(4, p.countries().get(0).sources().size());
  }

  @Test
  void meetingsOnDifferentDaysStayApart() {
    Picture p = ExtractionMerger.merge(List.of(
        article("a", meeting("2019-09-25", "Vladimir Putin")),
        article("b", meeting("2019-09-26", "Vladimir Putin")),
        article("c", meeting("2018-09-25", "Vladimir Putin"))));
    assertEquals(3, p.events().size());
  }

  @Test
  void leadersMergeAcrossSpellingsButNotAcrossStates() {
    Leader a = new Leader("Nicolas Maduro", VEN, "President", Role.HEAD_OF_STATE, List.of(Span.of(1, 2)));
    Leader b = new Leader("Nicolás Maduro", VEN, null, Role.OTHER, List.of(Span.of(3, 4)));
    Leader c = new Leader("Nicolas Maduro", RUS, "Minister", Role.MINISTER, List.of(Span.of(3, 4)));
    Picture p = ExtractionMerger.merge(List.of(
        ArticleExtraction.builder(Article.of("x")).leader(a).build(),
        ArticleExtraction.builder(Article.of("y")).leader(b).leader(c).build()));
    assertEquals(2, p.leaders().size());
    Leader merged = p.leaders().get(0).value();
    assertEquals("Nicolás Maduro", merged.name());
    assertEquals("President", merged.title());
    assertEquals(Role.HEAD_OF_STATE, merged.role());
  }

  @Test
  void tradeFiguresWithinHalfAPercentAreOneFigure() {
    TradeFigure x = TradeFigure.builder(Flow.EXPORT).reporter(RUS).partner(VEN)
        .value(Money.of("84000000", "USD")).period(EdtfDate.ofYear(2018)).evidence(Span.of(0, 1)).build();
    TradeFigure y = x.toBuilder().value(Money.of("84200000", "USD")).build();
    TradeFigure z = x.toBuilder().period(EdtfDate.ofYear(2017)).build();
    Picture p = ExtractionMerger.merge(List.of(
        ArticleExtraction.builder(Article.of("x")).tradeFigure(x).build(),
        ArticleExtraction.builder(Article.of("y")).tradeFigure(y).tradeFigure(z).build()));
    assertEquals(2, p.tradeFigures().size(), "another period is another figure");
    assertEquals(2, p.tradeFigures().get(0).sources().size());
  }

  /** Random events over a small space of people, dates and states, so that repeats happen. */
  private static final Gen<DiplomaticEvent> EVENTS = Gens.zip(
      Gens.elements(EventType.MEETING, EventType.CALL, EventType.RECOGNITION),
      Gens.elements("2019-09-25", "2019-09-26", "2020-01"),
      Gens.listOf(Gens.elements("Vladimir Putin", "Nicolas Maduro", "Recep Tayyip Erdogan"), 0, 2).map(l -> l.stream().distinct().toList()),
      Gens.listOf(Gens.elements("RUS", "VEN", "TUR"), 1, 3),
      (type, date, people, codes) -> DiplomaticEvent.builder(type).date(EdtfDate.parse(date))
          .participants(people).countries(codes.stream().distinct().map(Country::of).toList())
          .evidence(Span.of(0, 1)).build());

  private static final Gen<List<ArticleExtraction>> CORPORA = Gens.listOf(Gens.listOf(EVENTS, 0, 4), 1, 6)
      .map(articles -> {
        List<ArticleExtraction> out = new ArrayList<>();
        int tag = 0;
        for (int i = 0; i < articles.size(); i++) {
          List<DiplomaticEvent> tagged = new ArrayList<>();
          for (DiplomaticEvent e : articles.get(i)) {
            tagged.add(e.toBuilder().evidence(List.of(Span.of(tag, ++tag))).build()); // unique: tells facts apart
          }
          out.add(ArticleExtraction.builder(Article.of("a" + i)).events(tagged).build());
        }
        return out;
      });

  @Test
  void mergingTheSameArticlesTwiceDoublesSourcesAndAddsNoFact() {
    Prop.check("merge is idempotent on facts", CORPORA, corpus -> {
      Picture once = ExtractionMerger.merge(corpus);
      List<ArticleExtraction> twice = new ArrayList<>(corpus);
      twice.addAll(corpus);
      Picture doubled = ExtractionMerger.merge(twice);
      assertEquals(once.events().size(), doubled.events().size());
      for (int i = 0; i < once.events().size(); i++) {
        assertEquals(once.events().get(i).value(), doubled.events().get(i).value());
        assertEquals(2 * once.events().get(i).sources().size(), doubled.events().get(i).sources().size());
      }
    });
  }

  @Test
  void everyReportedEventLandsInExactlyOneGroupWithEveryEventItMatches() {
    Prop.check("sources partition the input facts", CORPORA, corpus -> {
      Picture p = ExtractionMerger.merge(corpus);
      long facts = corpus.stream().mapToLong(x -> x.events().size()).sum();
      assertEquals(facts, p.events().stream().mapToLong(m -> m.sources().size()).sum());
      List<DiplomaticEvent> all = corpus.stream().flatMap(x -> x.events().stream()).toList();
      for (DiplomaticEvent a : all) {
        for (DiplomaticEvent b : all) {
          if (ExtractionMerger.sameEvent(a, b) && a.type().isConsultation() == b.type().isConsultation()
              && (a.type().isConsultation() || a.type() == b.type())) {
            assertEquals(groupOf(p, a), groupOf(p, b), a + " and " + b + " are one event");
          }
        }
      }
    });
  }

  @Test
  void theOrderOfArticlesDoesNotChangeWhichFactsMerge() {
    Prop.check("merge is order-independent", CORPORA, corpus -> {
      List<ArticleExtraction> reversed = new ArrayList<>(corpus);
      Collections.reverse(reversed);
      assertEquals(sizes(ExtractionMerger.merge(corpus)), sizes(ExtractionMerger.merge(reversed)));
    });
  }

  private static List<Long> sizes(Picture p) {
    return p.events().stream().map(m -> (long) m.sources().size()).sorted().toList();
  }

  /** The index of the merged event one of whose sources is this (uniquely tagged) fact. */
  private static int groupOf(Picture p, DiplomaticEvent e) {
    for (int i = 0; i < p.events().size(); i++) {
      for (Source s : p.events().get(i).sources()) {
        if (s.evidence().equals(e.evidence())) {
          return i;
        }
      }
    }
    return -1;
  }

}
