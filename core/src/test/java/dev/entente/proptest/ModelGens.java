package dev.entente.proptest;

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
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Generators of valid values of every model type, for round-trip and invariant properties here and
 * in the other modules' tests. Strings range over arbitrary Unicode, lone surrogates included;
 * amounts over the whole range the model accepts; dates over every EDTF form the model has.
 *
 * <pre>{@code
 * Prop.check("extraction JSON round trip", ModelGens.extractions(), x ->
 *     assertEquals(x, EntenteJson.read(EntenteJson.write(x))));
 * }</pre>
 */
public final class ModelGens {
  private ModelGens() {}

  private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).sorted().toList();

  /** Any state the model knows, current or former. */
  public static Gen<Country> countries() {
    return Gens.elements(List.copyOf(Country.knownCodes())).map(Country::new);
  }

  /** Spans {@code [start, end)} with {@code 0 <= start < end}. */
  public static Gen<Span> spans() {
    return Gens.zip(Gens.ints(0, 1_000_000), Gens.ints(1, 2_000), (s, n) -> Span.of(s, s + n));
  }

  /** Zero to four spans. */
  public static Gen<List<Span>> evidence() {
    return Gens.listOf(spans(), 0, 4);
  }

  /** Strings that are not blank, over arbitrary Unicode (surrogates and controls included). */
  public static Gen<String> texts() {
    return Gens.frequency(
        Gens.weighted(3, Gens.strings(Gens.anyChar(), 1, 40)),
        Gens.weighted(1, Gens.elements("Vladimir Putin", "Nicolás Maduro", "Deputy Foreign Minister", "Ankara", "S-400")))
        .filter(s -> !s.isBlank());
  }

  /** Non-negative amounts: small fractions, ordinary figures and huge ones near the model's limit. */
  public static Gen<BigDecimal> amounts() {
    return Gens.frequency(
        Gens.weighted(3, Gens.decimals(BigDecimal.ZERO, new BigDecimal("1000000"), 4)),
        Gens.weighted(3, Gens.zip(Gens.longs(0, 999_999_999_999L), Gens.ints(-12, 17),
            (unscaled, exponent) -> BigDecimal.valueOf(unscaled).scaleByPowerOfTen(exponent))),
        Gens.weighted(1, Gens.decimals(BigDecimal.ZERO, new BigDecimal("1e15"), 2)));
  }

  /** Changes in percent, negative for a fall. */
  public static Gen<BigDecimal> percents() {
    return Gens.decimals(new BigDecimal("-100"), new BigDecimal("10000"), 2);
  }

  /** Any ISO 4217 currency code the JDK knows, or a historic one of ISO 4217 list three ("SUR"). */
  public static Gen<String> currencies() {
    return Gens.frequency(Gens.weighted(3, Gens.elements("USD", "EUR")),
        Gens.weighted(2, Gens.elements(CURRENCIES)), Gens.weighted(1, Gens.elements("SUR", "DDM", "YUD", "XEU")));
  }

  public static Gen<Money> money() {
    return Gens.zip(amounts(), currencies(), Money::new);
  }

  public static Gen<Quantity> quantities() {
    Gen<String> units = Gens.frequency(Gens.weighted(3, Gens.elements("t", "kg", "bbl", "MW", "doses", "sets")),
        Gens.weighted(1, texts()));
    return Gens.zip(amounts(), units, Quantity::new);
  }

  // ------------------------------------------------------------------ dates

  /** Single dates: years, months, days and seasons, some uncertain or approximate. */
  public static Gen<EdtfDate> singleDates() {
    Gen<Integer> years = Gens.frequency(Gens.weighted(4, Gens.ints(1900, 2100)), Gens.weighted(1, Gens.ints(-9999, 9999)));
    Gen<EdtfDate> plain = years.flatMap(y -> Gens.frequency(
        Gens.weighted(2, Gens.constant(EdtfDate.ofYear(y))),
        Gens.weighted(3, Gens.ints(1, 12).map(m -> EdtfDate.ofMonth(y, m))),
        Gens.weighted(4, Gens.ints(1, 12).flatMap(m ->
            Gens.ints(1, YearMonth.of(y, m).lengthOfMonth()).map(d -> EdtfDate.ofDay(y, m, d)))),
        Gens.weighted(1, Gens.ints(21, 24).map(s -> EdtfDate.ofSeason(y, s)))));
    return Gens.zip(plain, Gens.ints(0, 5), (d, q) -> switch (q) {
      case 0 -> d.withUncertain(true);
      case 1 -> d.withApproximate(true);
      case 2 -> d.withUncertain(true).withApproximate(true);
      default -> d;
    });
  }

  /** Intervals between two single dates, or open or unknown at one end. */
  public static Gen<EdtfDate> intervals() {
    // Two dates make an interval in one order unless one lies strictly inside the other.
    Gen<EdtfDate> closed = Gens.pair(singleDates(), singleDates())
        .filter(p -> ordered(p.first(), p.second()) || ordered(p.second(), p.first()))
        .map(p -> ordered(p.first(), p.second()) ? EdtfDate.interval(p.first(), p.second()) : EdtfDate.interval(p.second(), p.first()));
    return Gens.frequency(
        Gens.weighted(6, closed),
        Gens.weighted(1, singleDates().map(EdtfDate::since)),
        Gens.weighted(1, singleDates().map(EdtfDate::until)),
        Gens.weighted(1, singleDates().map(d -> EdtfDate.parse(d + "/"))),
        Gens.weighted(1, singleDates().map(d -> EdtfDate.parse("/" + d))));
  }

  private static boolean ordered(EdtfDate a, EdtfDate b) {
    return !a.earliest().isAfter(b.earliest()) && !a.latest().isAfter(b.latest());
  }

  /** Any date the model can hold. */
  public static Gen<EdtfDate> dates() {
    return Gens.frequency(Gens.weighted(3, singleDates()), Gens.weighted(1, intervals()));
  }

  /** Days of the Gregorian calendar from year 1 to 9999. */
  public static Gen<LocalDate> localDates() {
    return Gens.longs(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
  }

  // ------------------------------------------------------------------ records

  public static Gen<Article> articles() {
    Gen<@Nullable String> optional = texts().orNull();
    return Gens.zip(Gens.pair(texts(), optional), Gens.pair(optional, optional), Gens.pair(optional, dates().orNull()),
        (a, b, c) -> new Article(a.first(), a.second(), b.first(), b.second(), c.first(), c.second()));
  }

  public static Gen<CountryMention> countryMentions() {
    return Gens.zip(countries(), evidence(), CountryMention::new);
  }

  public static Gen<Leader> leaders() {
    return Gens.zip(
        Gens.pair(texts(), countries().orNull()),
        Gens.triple(texts().orNull(), Gens.enums(Role.class), evidence()),
        (a, b) -> new Leader(a.first(), a.second(), b.first(), b.second(), b.third()));
  }

  public static Gen<Agreement> agreements() {
    return Gens.zip(
        Gens.triple(texts().orNull(), Gens.enums(AgreementKind.class), Gens.listOf(countries(), 0, 4)),
        Gens.triple(dates().orNull(), Gens.ints(1, 10_000).orNull(), Gens.enums(Qualifier.class)),
        Gens.pair(Gens.listOf(texts(), 0, 3), evidence()),
        (a, b, c) -> new Agreement(a.first(), a.second(), a.third(), b.first(), b.second(), b.third(), c.first(), c.second()));
  }

  public static Gen<TradeFigure> tradeFigures() {
    return Gens.zip(
        Gens.triple(Gens.enums(Flow.class), countries().orNull(), countries().orNull()),
        Gens.triple(money().orNull(), quantities().orNull(), percents().orNull()),
        Gens.triple(texts().orNull(), dates().orNull(), Gens.enums(Qualifier.class)),
        evidence(),
        (a, b, c, e) -> valid(() -> new TradeFigure(a.first(), a.second(), a.third(), b.first(), b.second(), b.third(),
            c.first(), c.second(), c.third(), e)))
        .filter(Objects::nonNull);
  }

  public static Gen<ArmsContract> armsContracts() {
    return Gens.zip(
        Gens.triple(countries().orNull(), countries().orNull(), Gens.listOf(texts(), 0, 3)),
        Gens.triple(quantities().orNull(), money().orNull(), dates().orNull()),
        Gens.triple(dates().orNull(), Gens.enums(Qualifier.class), evidence()),
        (a, b, c) -> valid(() -> new ArmsContract(a.first(), a.second(), a.third(), b.first(), b.second(), b.third(),
            c.first(), c.second(), c.third())))
        .filter(Objects::nonNull);
  }

  public static Gen<DiplomaticEvent> events() {
    return Gens.zip(
        Gens.triple(Gens.enums(EventType.class), dates().orNull(), texts().orNull()),
        Gens.triple(Gens.listOf(texts(), 0, 4), Gens.listOf(countries(), 0, 4), Gens.booleans()),
        evidence(),
        (a, b, e) -> new DiplomaticEvent(a.first(), a.second(), a.third(), b.first(), b.second(), b.third(), e));
  }

  /** The value built, or null when the combination drawn is one the model rejects (then filtered out). */
  private static <T> @Nullable T valid(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Extractions with up to four of each kind of fact. */
  public static Gen<ArticleExtraction> extractions() {
    return Gens.zip(
        Gens.pair(articles(), Gens.listOf(countryMentions(), 0, 4)),
        Gens.pair(Gens.listOf(leaders(), 0, 4), Gens.listOf(agreements(), 0, 4)),
        Gens.pair(Gens.listOf(tradeFigures(), 0, 4), Gens.listOf(armsContracts(), 0, 4)),
        Gens.listOf(events(), 0, 4),
        (a, b, c, e) -> new ArticleExtraction(a.first(), a.second(), b.first(), b.second(), c.first(), c.second(), e));
  }
}
