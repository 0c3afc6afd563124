package dev.entente.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
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
import dev.entente.model.Qualifier;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
    assertEquals(List.of("Nicolás Maduro", "Vladimir Putin"), e.value().participants(), "by name, whatever the order told");
    assertTrue(e.value().evidence().isEmpty(), "spans live in the sources");
    assertEquals(List.of(Span.of(0, 5)), e.sources().get(1).evidence());
    assertEquals(1, p.countries().size());
    assertEquals(4, p.countries().get(0).sources().size());
  }

  @Test
  void aDayLaterCorroboratesButTwoDaysApartAreTwoMeetings() {
    Picture p = ExtractionMerger.merge(List.of(
        article("a", meeting("2019-09-25", "Vladimir Putin")),
        article("b", meeting("2019-09-26", "Vladimir Putin")),
        article("c", meeting("2019-09-29", "Vladimir Putin")),
        article("d", meeting("2018-09-25", "Vladimir Putin")),
        article("e", meeting("1857-12-17", "Vladimir Putin"))));
    assertEquals(4, p.events().size(), p.events().toString());
    assertEquals(List.of("1857-12-17", "2018-09-25", "2019-09-25", "2019-09-29"),
        p.events().stream().map(m -> String.valueOf(m.value().date())).toList(), "timeline order, earlier day of a pair wins a tie");
    assertEquals(List.of("a", "b"), p.events().get(2).sources().stream().map(Source::articleId).toList());
    assertTrue(p.conflicts().isEmpty(), "meetings on other days are other meetings, not a conflict");
  }

  @Test
  void aMonthCorroboratesTheOneMeetingItContainsButNotTwo() {
    Picture one = ExtractionMerger.merge(List.of(
        article("a", meeting("2019-09-25", "Vladimir Putin")), article("b", meeting("2019-09", "Vladimir Putin"))));
    assertEquals(1, one.events().size());
    assertEquals(EdtfDate.parse("2019-09-25"), one.events().get(0).value().date());
    Picture two = ExtractionMerger.merge(List.of(
        article("a", meeting("2019-09-05", "Vladimir Putin")), article("b", meeting("2019-09-25", "Vladimir Putin")),
        article("c", meeting("2019-09", "Vladimir Putin"))));
    assertEquals(3, two.events().size(), "the month may be either meeting: it is not guessed");
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
    Merged<Leader> venezuelan = p.leaders().stream().filter(m -> VEN.equals(m.value().country())).findFirst().orElseThrow();
    assertEquals("Nicolás Maduro", venezuelan.value().name());
    assertEquals("President", venezuelan.value().title());
    assertEquals(Role.HEAD_OF_STATE, venezuelan.value().role());
    assertEquals(2, venezuelan.sources().size());
  }

  private static TradeFigure exports(String amount, Qualifier q, int year) {
    return TradeFigure.builder(Flow.EXPORT).reporter(RUS).partner(VEN).value(Money.of(amount, "USD"))
        .qualifier(q).period(EdtfDate.ofYear(year)).evidence(Span.of(0, 1)).build();
  }

  private static ArticleExtraction figures(String id, TradeFigure... t) {
    return ArticleExtraction.builder(Article.of(id)).tradeFigures(List.of(t)).build();
  }

  @Test
  void aboutAnAmountCorroboratesTheAmountAndAnotherPeriodIsAnotherFigure() {
    Picture p = ExtractionMerger.merge(List.of(
        figures("x", exports("4200000000", Qualifier.ABOUT, 2018)),
        figures("y", exports("4213000000", Qualifier.EXACT, 2018), exports("4200000000", Qualifier.EXACT, 2017))));
    assertEquals(2, p.tradeFigures().size(), "another period is another figure");
    Merged<TradeFigure> y2018 = p.tradeFigures().stream().filter(m -> m.value().period().year() == 2018).findFirst().orElseThrow();
    assertEquals(2, y2018.articleCount());
    assertEquals(Money.of("4213000000", "USD"), y2018.value().value(), "the exact amount wins over 'about'");
    assertEquals(Qualifier.EXACT, y2018.value().qualifier());
    assertEquals(Qualifier.ABOUT, y2018.sources().get(0).value().qualifier(), "each source keeps its own value");
    assertTrue(p.conflicts().isEmpty());
  }

  @Test
  void twoOutletsGivingDifferentAmountsForOneFigureAreOneConflictWithBothSources() {
    Picture p = ExtractionMerger.merge(List.of(
        figures("tass", exports("4200000000", Qualifier.EXACT, 2019)),
        figures("efe", exports("4900000000", Qualifier.EXACT, 2019)),
        figures("aa", exports("4200000000", Qualifier.ABOUT, 2019))));
    assertEquals(1, p.conflicts().size(), p.conflicts().toString());
    Conflict c = p.conflicts().get(0);
    assertEquals("tradeFigures", c.kind());
    assertEquals(FactKeys.tradeFigure(exports("1", Qualifier.EXACT, 2019)), c.key());
    assertEquals(2, c.values().size());
    List<List<String>> told = c.values().stream()
        .map(m -> m.sources().stream().map(Source::articleId).sorted().toList()).sorted(Comparator.comparing(List::toString)).toList();
    assertEquals(List.of(List.of("aa", "tass"), List.of("efe")), told);
    assertEquals(2, p.tradeFigures().size(), "both values stay in the figures, neither wins");
  }

  @Test
  void armsToldInOppositeDirectionsAreAConflict() {
    ArmsContract sold = ArmsContract.builder().supplier(RUS).recipient(VEN).item("S-400 Triumf systems").evidence(Span.of(0, 1)).build();
    ArmsContract bought = sold.toBuilder().supplier(VEN).recipient(RUS).item("S400").build();
    ArmsContract again = sold.toBuilder().items(List.of("S-400 air defence systems")).build();
    Picture p = ExtractionMerger.merge(List.of(
        ArticleExtraction.builder(Article.of("a")).armsContract(sold).build(),
        ArticleExtraction.builder(Article.of("b")).armsContract(bought).build(),
        ArticleExtraction.builder(Article.of("c")).armsContract(again).build()));
    assertEquals(1, p.conflicts().size(), p.toString());
    assertEquals("RUS,VEN|S400", p.conflicts().get(0).key());
    assertEquals(2, p.armsContracts().size());
  }

  /** Random facts over a small space of people, dates, states and amounts, so that repeats and conflicts happen. */
  private static final Gen<DiplomaticEvent> EVENTS = Gens.zip(
      Gens.elements(EventType.MEETING, EventType.CALL, EventType.RECOGNITION),
      Gens.nullable(Gens.elements("2019-09-25", "2019-09-26", "2019-09-28", "2019-09", "2020-01", "2019")),
      Gens.listOf(Gens.elements("Vladimir Putin", "Putin", "Nicolas Maduro", "Nicolás Maduro", "Recep Tayyip Erdogan"), 0, 2)
          .map(l -> l.stream().distinct().toList()),
      Gens.listOf(Gens.elements("RUS", "VEN", "TUR"), 1, 3),
      (type, date, people, codes) -> DiplomaticEvent.builder(type).date(date == null ? null : EdtfDate.parse(date))
          .participants(people).countries(codes.stream().distinct().map(Country::of).toList())
          .evidence(Span.of(0, 1)).build());

  private static final Gen<TradeFigure> TRADE = Gens.zip(
      Gens.elements("4200000000", "4213000000", "4900000000", "4000000000", "84000000"),
      Gens.enums(Qualifier.class),
      Gens.elements(Flow.EXPORT, Flow.TURNOVER),
      Gens.nullable(Gens.elements(2018, 2019)),
      (amount, q, flow, year) -> TradeFigure.builder(flow).reporter(RUS).partner(VEN).value(Money.of(amount, "USD"))
          .qualifier(q).period(year == null ? null : EdtfDate.ofYear(year)).evidence(Span.of(0, 1)).build());

  private static final Gen<ArmsContract> ARMS = Gens.zip(
      Gens.elements("S-400 systems", "S400", "Su-35 jets", "rifles"),
      Gens.booleans(),
      Gens.nullable(Gens.elements("2000000000", "2500000000")),
      Gens.nullable(Gens.elements(12L, 24L)),
      (item, forward, value, count) -> ArmsContract.builder().supplier(forward ? RUS : VEN).recipient(forward ? VEN : RUS)
          .item(item).value(value == null ? null : Money.of(value, "USD"))
          .quantity(count == null ? null : dev.entente.model.Quantity.of(count, "units")).evidence(Span.of(0, 1)).build());

  private static final Gen<Agreement> AGREEMENTS = Gens.zip(
      Gens.nullable(Gens.elements("Treaty on Friendship", "treaty on friendship")),
      Gens.nullable(Gens.elements("2019-09-25", "2019-10-02", "2019")),
      Gens.nullable(Gens.elements(1, 11)),
      Gens.listOf(Gens.elements("energy", "mining"), 0, 2),
      (title, signed, count, sectors) -> Agreement.builder(AgreementKind.TREATY).title(title).parties(List.of(RUS, VEN))
          .signed(signed == null ? null : EdtfDate.parse(signed)).count(count).sectors(sectors.stream().distinct().toList())
          .evidence(Span.of(0, 1)).build());

  private static final Gen<Leader> LEADERS = Gens.zip(
      Gens.elements("Vladimir Putin", "Putin", "Nicolas Maduro", "Nicolás Maduro", "Maduro", "Dmitry Maduro"),
      Gens.nullable(Gens.elements(RUS, VEN)),
      Gens.nullable(Gens.elements("President", "Minister")),
      Gens.enums(Role.class),
      (name, country, title, role) -> new Leader(name, country, title, role, List.of(Span.of(0, 1))));

  private static final Gen<ArticleExtraction> ONE = Gens.zip(
      Gens.pair(Gens.listOf(EVENTS, 0, 3), Gens.listOf(TRADE, 0, 3)),
      Gens.pair(Gens.listOf(ARMS, 0, 2), Gens.listOf(AGREEMENTS, 0, 2)),
      Gens.listOf(LEADERS, 0, 3),
      Gens.listOf(Gens.elements("RUS", "VEN", "TUR"), 0, 3),
      (et, aa, leaders, countries) -> ArticleExtraction.builder(Article.of("a"))
          .events(et.first()).tradeFigures(et.second()).armsContracts(aa.first()).agreements(aa.second()).leaders(leaders)
          .countries(countries.stream().map(c -> CountryMention.of(Country.of(c), List.of(Span.of(0, 3)))).toList())
          .build());

  /** Articles with ids a0, a1... and facts tagged with unique evidence, so every telling can be traced. */
  private static final Gen<List<ArticleExtraction>> CORPORA = Gens.listOf(ONE, 1, 8).map(ExtractionMergerTest::tagged);

  private static List<ArticleExtraction> tagged(List<ArticleExtraction> articles) {
    List<ArticleExtraction> out = new ArrayList<>();
    int[] tag = {0};
    for (int i = 0; i < articles.size(); i++) {
      ArticleExtraction x = articles.get(i);
      out.add(ArticleExtraction.builder(Article.of("a" + i)).countries(x.countries())
          .events(x.events().stream().map(e -> e.toBuilder().evidence(List.of(next(tag))).build()).toList())
          .tradeFigures(x.tradeFigures().stream().map(e -> e.toBuilder().evidence(List.of(next(tag))).build()).toList())
          .armsContracts(x.armsContracts().stream().map(e -> e.toBuilder().evidence(List.of(next(tag))).build()).toList())
          .agreements(x.agreements().stream().map(e -> e.toBuilder().evidence(List.of(next(tag))).build()).toList())
          .leaders(x.leaders().stream().map(e -> e.withEvidence(List.of(next(tag)))).toList())
          .build());
    }
    return out;
  }

  private static Span next(int[] tag) {
    tag[0]++;
    return Span.of(tag[0], tag[0] + 1);
  }

  @Test
  void anyOrderOfTheInputsGivesTheSamePicture() {
    Prop.check("merge is order-independent", Gens.pair(CORPORA, Gens.longs()), c -> {
      List<ArticleExtraction> shuffled = new ArrayList<>(c.first());
      Collections.shuffle(shuffled, new Random(c.second()));
      assertEquals(ExtractionMerger.merge(c.first()), ExtractionMerger.merge(shuffled));
    });
  }

  @Test
  void mergingAPictureWithItselfAddsNothing() {
    Prop.check("merge is idempotent", CORPORA, corpus -> {
      Picture p = ExtractionMerger.merge(corpus);
      assertEquals(p, ExtractionMerger.merge(p, p));
      List<ArticleExtraction> twice = new ArrayList<>(corpus);
      twice.addAll(corpus);
      assertEquals(p, ExtractionMerger.merge(twice));
    });
  }

  @Test
  void mergingThePicturesOfTwoHalvesGivesThePictureOfAll() {
    Prop.check("merge splits", Gens.pair(CORPORA, Gens.ints(0, 8)), c -> {
      List<ArticleExtraction> all = c.first();
      int cut = Math.min(c.second(), all.size());
      Picture left = ExtractionMerger.merge(all.subList(0, cut));
      Picture right = ExtractionMerger.merge(all.subList(cut, all.size()));
      assertEquals(ExtractionMerger.merge(all), ExtractionMerger.merge(left, right));
      assertEquals(ExtractionMerger.merge(all), ExtractionMerger.merge(right, left));
      assertEquals(left, ExtractionMerger.merge(left, Picture.empty()));
    });
  }

  @Test
  void everyTellingLandsInExactlyOneFactUnderItsKey() {
    Prop.check("sources partition the tellings", CORPORA, corpus -> {
      Picture p = ExtractionMerger.merge(corpus);
      assertEquals(corpus.stream().mapToLong(x -> x.events().size()).sum(),
          p.events().stream().mapToLong(m -> m.sources().size()).sum());
      assertEquals(corpus.stream().mapToLong(x -> x.tradeFigures().size()).sum(),
          p.tradeFigures().stream().mapToLong(m -> m.sources().size()).sum());
      for (Merged<TradeFigure> m : p.tradeFigures()) {
        for (Source<TradeFigure> s : m.sources()) {
          assertEquals(m.key(), FactKeys.tradeFigure(s.value()));
        }
      }
      for (Conflict c : p.conflicts()) {
        for (Merged<?> v : c.values()) {
          assertTrue(p.tradeFigures().contains(v) || p.armsContracts().contains(v) || p.agreements().contains(v), v.toString());
        }
      }
    });
  }
}
