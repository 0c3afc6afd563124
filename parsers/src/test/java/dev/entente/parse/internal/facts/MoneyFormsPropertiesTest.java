package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.TradeFigure;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.facts.FactGens.Deal;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.parse.internal.facts.FactGens.Sum;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Forms of telling money between two states and the dates of arms deals, read by the whole parser
 * from generated reports: the receiver as the subject of a passive ("[taker] was lent [sum] by
 * [giver]"), two states joined as the subject of a trade verb ("[A] and [B] traded goods worth"),
 * goods written before "worth" ("[verb] [goods] worth [sum]"), and a delivery schedule whose end is
 * told by "end" or "until". Each holds with the states swapped, which swaps reporter and partner.
 */
class MoneyFormsPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** {A} the reporter, {B} the partner (names), {a} the reporter's adjective, {S} the sum, {Y} a year. */
  private record Form(Flow flow, String template, String commodity) {}

  /** One form a line: the flow, the template, and the goods when the form names any. */
  private static final List<Form> FORMS = """
      LOAN | {B} was lent {S} by {A} in {Y}.
      LOAN | In {Y}, {B} was lent {S} by {A} to rebuild its grid.
      LOAN | {B} has been lent {S} by {A} in {Y} alone.
      LOAN | {B} was granted a {S} loan by {A} in {Y}.
      LOAN | A {S} loan was extended to {B} by {A} in {Y}.
      LOAN | {a} loans to {B} reached {S} in {Y}.
      AID | {B} was promised {S} in aid by {A} in {Y}.
      TURNOVER | {A} and {B} traded goods worth {S} in {Y}.
      TURNOVER | In {Y}, {A} and {B} traded {S} worth of goods.
      TURNOVER | Trade between {A} and {B} reached {S} in {Y}.
      EXPORT | {A} shipped cut flowers worth {S} to {B} in {Y}. | cut flowers
      EXPORT | In {Y}, {A} exported machinery and spare parts worth {S} to {B}. | machinery and spare parts
      IMPORT | {A} imported crude oil and petroleum products worth {S} from {B} in {Y}. | crude oil and petroleum products
      EXPORT | {A} sold the {a} wheat worth {S} to {B} in {Y}.
      """.lines().map(line -> {
        String[] part = line.split(" \\| ");
        return new Form(Flow.valueOf(part[0].strip()), part[1].strip(), part.length > 2 ? part[2].strip() : "");
      }).toList();

  private record Case(State a, State b, Sum sum, int year) {}

  private static final Gen<Case> CASES = FactGens.pairs().flatMap(p -> FactGens.sums().flatMap(s ->
      Gens.ints(1995, 2023).map(y -> new Case(p[0], p[1], s, y))));

  private static String write(String template, State a, State b, Sum s, int year) {
    return template.replace("{A}", a.name()).replace("{B}", b.name()).replace("{a}", a.adjective())
        .replace("{S}", s.surface()).replace("{Y}", String.valueOf(year));
  }

  private static TradeFigure onlyFigure(String sentence, Flow flow) {
    String text = "Report\n\n" + sentence + "\n";
    List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2024, 6, 13)).tradeFigures().stream()
        .filter(f -> f.flow() == flow).toList();
    assertEquals(1, got.size(), () -> sentence + " -> " + got);
    return got.get(0);
  }

  @Test
  void eachFormGivesReporterPartnerPeriodAndGoods() {
    for (Form form : FORMS) {
      Prop.check("money form '" + form.template() + "'", CASES, 20, c -> {
        String sentence = write(form.template(), c.a(), c.b(), c.sum(), c.year());
        TradeFigure f = onlyFigure(sentence, form.flow());
        assertEquals(Country.of(c.a().code()), f.reporter(), sentence);
        assertEquals(Country.of(c.b().code()), f.partner(), sentence);
        assertEquals(c.sum().money(), f.value(), sentence);
        assertEquals(EdtfDate.ofYear(c.year()), f.period(), sentence);
        if (!form.commodity().isEmpty()) {
          assertEquals(form.commodity(), f.commodity(), sentence);
        }
        String swapped = write(form.template(), c.b(), c.a(), c.sum(), c.year());
        TradeFigure g = onlyFigure(swapped, form.flow());
        assertEquals(f.reporter(), g.partner(), swapped);
        assertEquals(f.partner(), g.reporter(), swapped);
      });
    }
  }

  @Test
  void aStateAloneBeforeWorthIsNoGoods() {
    Prop.check("no goods before worth", CASES, 30, c -> {
      String sentence = write("{A} exported goods to {B} worth {S} in {Y}.", c.a(), c.b(), c.sum(), c.year());
      TradeFigure f = onlyFigure(sentence, Flow.EXPORT);
      String commodity = f.commodity() == null ? "" : f.commodity().toLowerCase(Locale.ROOT);
      assertFalse(commodity.contains(c.b().name().toLowerCase(Locale.ROOT)), sentence + " -> " + f);
    });
  }

  /** A schedule whose first and last deliveries are told apart ("start in [year] and end in [year]"). */
  @Test
  void aScheduleToldByItsStartAndEndIsItsPeriod() {
    List<String> tails = List.of(
        ", with deliveries due to start in {Y1} and end in {Y2}.",
        ", with deliveries to begin in {Y1} and run until {Y2}.",
        ". Deliveries will start in {Y1} and finish in {Y2}.",
        ", to be delivered from {Y1} until {Y2}.");
    Gen<Object[]> cases = FactGens.deals(1).flatMap(d -> Gens.ints(1, 4).map(n -> new Object[] {d, n}));
    for (String tail : tails) {
      Prop.check("schedule '" + tail + "'", cases, 20, v -> {
        Deal d = (Deal) v[0];
        int first = d.published().getYear() + 1;
        int last = first + (Integer) v[1];
        String t = tail.replace("{Y1}", String.valueOf(first)).replace("{Y2}", String.valueOf(last));
        String text = "Report\n\n" + d.buyer().name() + " ordered " + d.count() + " Su-35 fighters from "
            + d.supplier().name() + t + "\n";
        List<ArmsContract> got = PARSER.parse("generated", text, d.published()).armsContracts();
        assertEquals(1, got.size(), () -> text + " -> " + got);
        assertEquals(EdtfDate.interval(EdtfDate.ofYear(first), EdtfDate.ofYear(last)), got.get(0).delivered(), text);
      });
    }
  }

  /** A national agency of each generated state, as its credit is written after a dateline. */
  private static final java.util.Map<String, String> AGENCIES = java.util.Map.ofEntries(
      java.util.Map.entry("RUS", "TASS"), java.util.Map.entry("VEN", "AVN"), java.util.Map.entry("JPN", "Kyodo"),
      java.util.Map.entry("VNM", "VNA"), java.util.Map.entry("IND", "PTI"), java.util.Map.entry("EGY", "MENA"),
      java.util.Map.entry("BRA", "Agência Brasil"), java.util.Map.entry("TUR", "AA"), java.util.Map.entry("FRA", "AFP"),
      java.util.Map.entry("CHN", "Xinhua"), java.util.Map.entry("KEN", "KNA"), java.util.Map.entry("IDN", "Antara"));

  /**
   * Trade "between the two countries" in a report a state's national agency files is that state's
   * figure, whichever of the two states the report names first and wherever it files from.
   */
  @Test
  void theTwoCountriesTradeIsTheReportingAgencysState() {
    Prop.check("agency's state reports", CASES, 30, c -> {
      for (boolean agencyFirst : new boolean[] {true, false}) {
        State first = agencyFirst ? c.a() : c.b();
        State second = agencyFirst ? c.b() : c.a();
        String city = c.b().capital().toUpperCase(Locale.ROOT);
        String text = "TALKS IN " + city + "\n\n" + city + ", June 10 (" + AGENCIES.get(c.a().code())
            + ") -- Officials of " + first.name() + " and " + second.name() + " met on Monday. Trade between the two"
            + " countries reached " + c.sum().surface() + " in " + c.year() + ".\n";
        List<TradeFigure> got = PARSER.parse("generated", text, LocalDate.of(2024, 6, 13)).tradeFigures();
        assertEquals(1, got.size(), () -> text + " -> " + got);
        assertEquals(Country.of(c.a().code()), got.get(0).reporter(), text);
        assertEquals(Country.of(c.b().code()), got.get(0).partner(), text);
      }
    });
  }
}
