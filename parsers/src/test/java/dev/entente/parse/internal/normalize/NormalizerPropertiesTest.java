package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EdtfDate;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.normalize.AmountNormalizer;
import dev.entente.parse.normalize.DateNormalizer;
import dev.entente.parse.normalize.MoneyAmount;
import dev.entente.parse.normalize.Percentage;
import dev.entente.parse.normalize.Reading;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Round trips and invariants of the normalizers over random amounts, dates and texts. */
class NormalizerPropertiesTest {

  private static final AmountNormalizer AMOUNTS = AmountNormalizer.create();
  private static final DateNormalizer DATES = DateNormalizer.create();

  /** A text and what reading it must give. */
  record Case<T>(String text, T expected, Qualifier qualifier) {}

  // ---------------------------------------------------------------- money

  /**
   * How a currency is written: symbols or codes before the amount, names after it, a singular for compounds
   * (null when the singular is another state's money too: "rial", "shilling").
   */
  record Cur(String code, List<String> before, List<String> after, @Nullable String singular) {}

  private static final List<Cur> CURRENCIES = List.of(
      new Cur("USD", List.of("$", "US$", "USD "), List.of("dollars", "dlrs", "US dollars"), "dollar"),
      new Cur("EUR", List.of("€", "EUR "), List.of("euros"), "euro"),
      new Cur("GBP", List.of("£", "GBP "), List.of("pounds", "pounds sterling"), "pound"),
      new Cur("RUB", List.of("RUB "), List.of("rubles", "roubles"), "ruble"),
      new Cur("CNY", List.of("RMB ", "CNY "), List.of("yuan", "renminbi"), "yuan"),
      new Cur("INR", List.of("Rs ", "Rs. ", "Rs", "₹", "INR "), List.of("rupees", "Indian rupees"), "rupee"),
      new Cur("JPY", List.of("¥", "JPY "), List.of("yen"), "yen"),
      new Cur("SAR", List.of("SAR "), List.of("riyals", "Saudi riyals"), "riyal"),
      new Cur("KRW", List.of("₩", "KRW "), List.of("won"), "won"),
      new Cur("TRY", List.of("₺"), List.of("lira", "Turkish lira"), "lira"),
      new Cur("BRL", List.of("R$", "BRL "), List.of("reais"), "real"),
      new Cur("AED", List.of("AED "), List.of("dirhams"), "dirham"),
      new Cur("KES", List.of("Sh", "KSh ", "KSh", "Shs "), List.of("shillings", "Kenyan shillings"), "shilling"),
      new Cur("PTE", List.of("PTE "), List.of("escudos", "Portuguese escudos"), "escudo"),
      new Cur("LVL", List.of("LVL "), List.of("lats"), "lat"),
      new Cur("ISK", List.of("ISK "), List.of("kronur", "krónur"), "kronur"),
      new Cur("BTN", List.of("Nu ", "BTN "), List.of("ngultrum"), "ngultrum"),
      new Cur("XOF", List.of("XOF "), List.of("CFA francs", "CFA"), "CFA"),
      new Cur("OMR", List.of("RO ", "OMR "), List.of("Omani rials"), null),
      new Cur("TZS", List.of("TSh ", "TZS "), List.of("Tanzanian shillings"), null),
      new Cur("FIM", List.of("FIM "), List.of("markkaa", "Finnish marks"), "markka"),
      new Cur("VUV", List.of("VUV "), List.of("vatu"), "vatu"),
      new Cur("PGK", List.of("PGK "), List.of("kina"), "kina"),
      // dollars written with their state's letters: none of them the US dollar
      new Cur("JMD", List.of("J$", "JMD "), List.of("Jamaican dollars"), null),
      new Cur("TTD", List.of("TT$", "TTD "), List.of("Trinidad and Tobago dollars"), null),
      new Cur("XCD", List.of("EC$", "XCD "), List.of("East Caribbean dollars"), null),
      new Cur("FJD", List.of("FJ$", "FJD "), List.of("Fijian dollars"), null),
      new Cur("NAD", List.of("N$", "NAD "), List.of("Namibian dollars"), null),
      new Cur("MYR", List.of("M$", "MYR "), List.of("ringgit"), null));

  /** A scale: its value, its word, glued abbreviations, spaced abbreviations. */
  record Scale(long value, String word, List<String> glued, List<String> spaced) {}

  private static final List<Scale> SCALES = List.of(
      new Scale(1_000L, "thousand", List.of("k"), List.of("thousand")),
      new Scale(1_000_000L, "million", List.of("m", "mn", "mln"), List.of("mln", "mn")),
      new Scale(1_000_000_000L, "billion", List.of("bn", "bln", "b"), List.of("bln", "bn")),
      new Scale(1_000_000_000_000L, "trillion", List.of("tn", "trn"), List.of("tn", "trn")),
      new Scale(100_000L, "lakh", List.of(), List.of("lakh")),
      new Scale(10_000_000L, "crore", List.of(), List.of("crore")));

  private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety"};

  static String words(int n) {
    if (n < 20) {
      return SMALL[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }
    return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + words(n % 100));
  }

  static String grouped(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static final int MONEY_FORMS = 12;

  /** One amount written in form {@code form}: mantissa, scale, currency and the choice of spellings. */
  static Case<Money> moneyCase(BigDecimal mantissa, Scale scale, Cur cur, int form, int pick) {
    String m = plain(mantissa);
    String before = cur.before().get(pick % cur.before().size());
    String after = cur.after().get(pick % cur.after().size());
    String glued = scale.glued().isEmpty() ? " " + scale.word() : scale.glued().get(pick % scale.glued().size());
    String spaced = scale.spaced().get(pick % scale.spaced().size());
    BigDecimal amount = mantissa.multiply(BigDecimal.valueOf(scale.value()));
    String code = cur.code();
    String written = switch (form) {
      case 0 -> before + m + " " + scale.word();
      case 1 -> before + m + glued;
      case 2 -> before + m + " " + spaced;
      case 3 -> m + " " + scale.word() + " " + after;
      case 4 -> m + glued + " " + after;
      case 5 -> code + " " + m + " " + scale.word();
      case 6 -> m + " " + scale.word() + " " + code;
      case 7 -> before + grouped(amount);
      case 8 -> grouped(amount) + " " + after;
      case 9 -> "a " + before + m + "-" + scale.word();
      case 10 -> code + m + (pick % 2 == 0 ? " " + scale.word() : glued); // "USD1.5 billion", "EUR500m"
      default -> cur.singular() == null ? m + " " + scale.word() + " " + after
          : m + " " + scale.word() + "-" + cur.singular();
    };
    return new Case<>("Officials said the partners agreed on " + written + " for the new port.",
        Money.of(amount, code), Qualifier.EXACT);
  }

  static Gen<Case<Money>> moneyCases() {
    Gen<BigDecimal> mantissas = Gens.decimals(new BigDecimal("1"), new BigDecimal("999"), 2)
        .filter(d -> d.signum() > 0);
    return Gens.zip(Gens.pair(mantissas, Gens.elements(SCALES)), Gens.elements(CURRENCIES),
        Gens.ints(0, MONEY_FORMS - 1), Gens.ints(0, 11),
        (ms, cur, form, pick) -> moneyCase(ms.first(), ms.second(), cur, form, pick));
  }

  @Test
  void moneyInEveryFormReadsBackToTheSameAmount() {
    Prop.check("money forms", moneyCases(), c -> {
      List<Reading<MoneyAmount>> r = AMOUNTS.money(c.text());
      assertEquals(1, r.size(), () -> c.text() + " -> " + r);
      assertEquals(c.expected(), r.get(0).value().money(), c.text());
    });
  }

  @Test
  void everyMoneyFormIsGenerated() {
    for (int form = 0; form < MONEY_FORMS; form++) {
      Case<Money> c = moneyCase(new BigDecimal("4.5"), SCALES.get(2), CURRENCIES.get(0), form, 0);
      assertEquals(c.expected(), AMOUNTS.money(c.text()).get(0).value().money(), c.text());
    }
  }

  @Test
  void numberWordsReadBack() {
    Prop.check("number words", Gens.pair(Gens.ints(1, 999), Gens.elements(SCALES)), p -> {
      String text = "The bank lent " + words(p.first()) + " " + p.second().word() + " dollars to the city.";
      Money want = Money.of(BigDecimal.valueOf(p.first()).multiply(BigDecimal.valueOf(p.second().value())), "USD");
      assertEquals(want, AMOUNTS.money(text).get(0).value().money(), text);
    });
  }

  @Test
  void aScaleAfterSeveralOrFewCountsNothing() {
    // "several hundred million dollars": the text commits to no amount, so none is read
    Prop.check("vague scales", Gens.pair(Gens.elements("several", "a few", "many"), Gens.elements(SCALES)), p -> {
      String text = "The bank lent " + p.first() + " " + p.second().word() + " dollars to the city.";
      assertEquals(List.of(), AMOUNTS.money(text), text);
    });
  }

  @Test
  void lettersGluedToDigitsAreMoneyOnlyWhenTheyAreACurrencyCode() {
    // "Flight MH17", "the A380", "CO2 emissions", "the G20": names, no money; "USD17 million" is money
    Prop.check("glued codes", Gens.pair(Gens.elements("MH", "A", "CO", "G", "SQ", "KA", "usd", "Ab"),
        Gens.ints(1, 999)), p -> {
      String text = "Officials said " + p.first() + p.second() + " million was the figure for the new port.";
      assertEquals(List.of(), AMOUNTS.money(text), text);
      String money = "Officials said USD" + p.second() + " million was the figure for the new port.";
      assertEquals(Money.of(BigDecimal.valueOf(p.second() * 1_000_000L), "USD"),
          AMOUNTS.money(money).get(0).value().money(), money);
    });
  }

  // ---------------------------------------------------------------- quantities

  /** A unit: its plural, singular for compounds (or null), and the unit the reading gives. */
  record Unit(String plural, String singular, String symbol) {}

  private static final List<Unit> UNITS = List.of(
      new Unit("tonnes", "tonne", "t"), new Unit("metric tons", "ton", "t"), new Unit("tons", "ton", "t"),
      new Unit("barrels", "barrel", "bbl"), new Unit("kilograms", "kilogram", "kg"),
      new Unit("megawatts", "megawatt", "MW"), new Unit("doses", "dose", "doses"), new Unit("sets", "set", "sets"),
      new Unit("patrol boats", "", "patrol boats"), new Unit("cubic meters", "", "m3"));

  private static final int QUANTITY_FORMS = 9;

  static Case<Quantity> quantityCase(BigDecimal mantissa, Scale scale, Unit unit, int form, int pick) {
    String m = plain(mantissa);
    String glued = scale.glued().isEmpty() ? " " + scale.word() : scale.glued().get(pick % scale.glued().size());
    String spaced = scale.spaced().get(pick % scale.spaced().size());
    BigDecimal amount = mantissa.multiply(BigDecimal.valueOf(scale.value()));
    Qualifier q = Qualifier.EXACT;
    String written = switch (form) {
      case 0 -> m + " " + scale.word() + " " + unit.plural();
      case 1 -> m + glued + " " + unit.plural();
      case 2 -> m + " " + spaced + " " + unit.plural();
      case 3 -> grouped(amount) + " " + unit.plural();
      case 4 -> {
        q = Qualifier.ABOUT;
        yield "about " + m + " " + scale.word() + " " + unit.plural();
      }
      case 5 -> {
        q = Qualifier.UP_TO;
        yield "up to " + m + " " + scale.word() + " " + unit.plural();
      }
      case 6 -> {
        q = Qualifier.MORE_THAN;
        yield "more than " + grouped(amount) + " " + unit.plural();
      }
      case 7 -> {
        amount = BigDecimal.valueOf(mantissa.intValue() == 0 ? 1 : mantissa.intValue());
        yield words(amount.intValue()) + " " + unit.plural();
      }
      default -> {
        if (unit.singular().isEmpty() || unit.symbol().equals(unit.plural())) {
          yield m + " " + scale.word() + " " + unit.plural();
        }
        yield "a " + m + "-" + scale.word() + "-" + unit.singular();
      }
    };
    return new Case<>("Last season the exporter shipped " + written + " to the south.",
        Quantity.of(amount, unit.symbol()), q);
  }

  @Test
  void quantitiesInEveryFormReadBack() {
    Gen<BigDecimal> mantissas = Gens.decimals(new BigDecimal("1"), new BigDecimal("999"), 2)
        .filter(d -> d.signum() > 0);
    Gen<Case<Quantity>> cases = Gens.zip(Gens.pair(mantissas, Gens.elements(SCALES)), Gens.elements(UNITS),
        Gens.ints(0, QUANTITY_FORMS - 1), Gens.ints(0, 11),
        (ms, unit, form, pick) -> quantityCase(ms.first(), ms.second(), unit, form, pick));
    Prop.check("quantity forms", cases, c -> {
      List<Reading<Quantity>> r = AMOUNTS.quantities(c.text());
      assertEquals(1, r.size(), () -> c.text() + " -> " + r);
      assertEquals(c.expected(), r.get(0).value(), c.text());
      assertEquals(c.qualifier(), r.get(0).qualifier(), c.text());
    });
  }

  /** A symbol holding its scale: the symbol, the unit it is read in, and the words it stands for. */
  record ScaledUnit(String symbol, String unit, String words) {}

  private static final List<ScaledUnit> SCALED_UNITS = List.of(
      new ScaledUnit("bcm", "m3", "billion cubic metres"), new ScaledUnit("mcm", "m3", "million cubic metres"),
      new ScaledUnit("bcf", "ft3", "billion cubic feet"), new ScaledUnit("tcf", "ft3", "trillion cubic feet"));

  @Test
  void aSymbolWithItsScaleReadsAsTheWordsItStandsFor() {
    // "15.5 bcm" is "15.5 billion cubic metres": one amount in one unit, whichever way it is written
    Gen<BigDecimal> mantissas = Gens.decimals(new BigDecimal("0.01"), new BigDecimal("999"), 2)
        .filter(d -> d.signum() > 0);
    Prop.check("scaled units", Gens.zip(mantissas, Gens.elements(SCALED_UNITS), Gens.ints(0, 2),
        (m, u, lead) -> new Object[] {m, u, lead}), v -> {
      BigDecimal m = (BigDecimal) v[0];
      ScaledUnit u = (ScaledUnit) v[1];
      String lead = new String[] {"", "about ", "more than "}[(Integer) v[2]];
      String symbol = "Last year the pipeline carried " + lead + plain(m) + " " + u.symbol() + " of gas to the coast.";
      String words = "Last year the pipeline carried " + lead + plain(m) + " " + u.words() + " of gas to the coast.";
      List<Reading<Quantity>> a = AMOUNTS.quantities(symbol);
      List<Reading<Quantity>> b = AMOUNTS.quantities(words);
      assertEquals(1, a.size(), () -> symbol + " -> " + a);
      assertEquals(1, b.size(), () -> words + " -> " + b);
      assertEquals(b.get(0).value(), a.get(0).value(), symbol);
      assertEquals(b.get(0).qualifier(), a.get(0).qualifier(), symbol);
      assertEquals(u.unit(), a.get(0).value().unit(), symbol);
      assertEquals(0, b.get(0).value().amount().compareTo(a.get(0).value().amount()), symbol);
    });
  }

  /** Plural nouns that count documents, places or posts, never goods: a number before them is no quantity. */
  private static final List<String> NOT_GOODS = List.of("accords", "instruments", "protocols", "islands", "republics",
      "villages", "towns", "hospitals", "schools", "universities", "clinics", "jobs");

  @Test
  void aCountOfDocumentsPlacesOrPostsIsNoQuantityOfGoods() {
    Prop.check("not goods", Gens.zip(Gens.ints(2, 99), Gens.elements(NOT_GOODS), Gens.elements(UNITS),
        (n, noun, unit) -> new Object[] {n, noun, unit}), v -> {
      int n = (Integer) v[0];
      String noun = (String) v[1];
      Unit unit = (Unit) v[2];
      String counted = "The two sides signed " + n + " " + noun + " and agreed on new links.";
      assertEquals(List.of(), AMOUNTS.quantities(counted), counted);
      // the same number before a unit of goods is a quantity
      String goods = "The two sides shipped " + n + " " + unit.plural() + " and agreed on new links.";
      assertEquals(1, AMOUNTS.quantities(goods).size(), goods);
    });
  }

  /** Counted goods, whose unit is their noun as written: a describing word before it is part of it. */
  private static final List<String> COUNTED = List.of("doses", "sets", "units", "pieces", "containers");
  /** Words that describe goods between a number and its noun ("12 refined sets"). */
  private static final List<String> DESCRIBING = List.of("refined", "frozen", "raw", "processed", "Arabian");
  /**
   * Words that never describe goods: grammar words and months; a noun after them is not counted. A number
   * word after a number is read with the number ("12 dozen sets"), not as a word before the goods.
   */
  private static final List<String> NOT_DESCRIBING = List.of("the", "of", "were", "their", "all", "June", "October",
      "Sept");

  @Test
  void onlyADescribingWordStandsBetweenANumberAndTheGoodsItCounts() {
    Prop.check("modifiers", Gens.zip(Gens.ints(2, 999), Gens.elements(COUNTED), Gens.elements(DESCRIBING),
        Gens.elements(NOT_DESCRIBING), (n, noun, d, g) -> new Object[] {n, noun, d, g}), v -> {
      BigDecimal n = BigDecimal.valueOf((Integer) v[0]);
      String noun = (String) v[1];
      String described = "Last season the exporter shipped " + n + " " + v[2] + " " + noun + " to the south.";
      List<Reading<Quantity>> a = AMOUNTS.quantities(described);
      assertEquals(1, a.size(), () -> described + " -> " + a);
      assertEquals(v[2] + " " + noun, a.get(0).value().unit(), described);
      assertEquals(0, n.compareTo(a.get(0).value().amount()), described);
      String parted = "Last season the exporter shipped " + n + " " + v[3] + " " + noun + " to the south.";
      List<Reading<Quantity>> b = AMOUNTS.quantities(parted);
      assertTrue(b.stream().noneMatch(r -> r.value().unit().endsWith(noun) && n.compareTo(r.value().amount()) == 0),
          () -> parted + " -> " + b);
    });
  }

  // ---------------------------------------------------------------- dates

  static String monthName(int m) {
    return java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String monthAbbreviation(int m) {
    return switch (m) {
      case 3, 4, 5, 6, 7 -> monthName(m);
      case 9 -> "Sept.";
      default -> monthName(m).substring(0, 3) + ".";
    };
  }

  static String ordinal(int d) {
    String suffix = d % 100 >= 11 && d % 100 <= 13 ? "th"
        : switch (d % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return d + suffix;
  }

  private static final int DAY_FORMS = 10;

  static String dayForm(LocalDate d, int form) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    return switch (form) {
      case 0 -> monthName(m) + " " + day + ", " + y;
      case 1 -> day + " " + monthName(m) + " " + y;
      case 2 -> ordinal(day) + " " + monthName(m) + ", " + y;
      case 3 -> monthAbbreviation(m) + " " + day + ", " + y;
      case 4 -> d.toString();
      case 5 -> "the " + ordinal(day) + " of " + monthName(m) + " " + y;
      case 6 -> monthName(m) + " " + ordinal(day) + ", " + y;
      case 7 -> String.format(Locale.ROOT, "%02d.%02d.%d", day, m, y);
      case 8 -> day > 12 ? String.format(Locale.ROOT, "%02d/%02d/%d", m, day, y)
          : d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + monthName(m) + " " + day + ", " + y;
      default -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + day + " " + monthName(m) + " " + y;
    };
  }

  static Gen<LocalDate> days(int fromYear, int toYear) {
    long lo = LocalDate.of(fromYear, 1, 1).toEpochDay();
    long hi = LocalDate.of(toYear, 12, 31).toEpochDay();
    return Gens.longs(lo, hi).map(LocalDate::ofEpochDay);
  }

  @Test
  void datesInEveryFormReadBack() {
    Prop.check("date forms", Gens.pair(days(1800, 2100), Gens.ints(0, DAY_FORMS - 1)), p -> {
      String text = "The envoys signed the accord on " + dayForm(p.first(), p.second()) + " in the capital.";
      List<Reading<EdtfDate>> r = DATES.read(text, null);
      assertEquals(List.of(EdtfDate.of(p.first())), r.stream().map(Reading::value).toList(), text);
    });
  }

  @Test
  void daysOfOneMonthWrittenOnceReadAsTheirInterval() {
    // "December 2 and 3, 2016", "January 24 to 28, 2003": the year after the last day is the first's too
    String[] joins = {" and ", " to ", " through ", "-"};
    Prop.check("month days", Gens.pair(days(1800, 2100), Gens.pair(Gens.ints(1, 9), Gens.ints(0, joins.length - 1))),
        p -> {
          LocalDate start = p.first().withDayOfMonth(Math.min(p.first().getDayOfMonth(), 19));
          LocalDate end = start.plusDays(p.second().first());
          String written = monthName(start.getMonthValue()) + " " + start.getDayOfMonth()
              + joins[p.second().second()] + end.getDayOfMonth() + ", " + start.getYear();
          String text = "The two leaders held talks on " + written + " in the capital.";
          EdtfDate want = EdtfDate.interval(EdtfDate.of(start), EdtfDate.of(end));
          // with a publication date in another year, the written year still decides
          LocalDate pub = start.plusYears(3);
          assertEquals(List.of(want), DATES.read(text, pub).stream().map(Reading::value).toList(), text);
        });
  }

  @Test
  void monthsAndYearsReadBack() {
    Prop.check("month forms", Gens.pair(days(1800, 2100), Gens.ints(0, 4)), p -> {
      YearMonth ym = YearMonth.from(p.first());
      String written = switch (p.second()) {
        case 0 -> "in " + monthName(ym.getMonthValue()) + " " + ym.getYear();
        case 1 -> "in " + monthName(ym.getMonthValue()) + " of " + ym.getYear();
        case 2 -> "in " + monthAbbreviation(ym.getMonthValue()) + " " + ym.getYear();
        case 3 -> "in " + monthName(ym.getMonthValue()) + ", " + ym.getYear();
        default -> "in " + ym.getYear();
      };
      EdtfDate want = p.second() == 4 ? EdtfDate.ofYear(ym.getYear()) : EdtfDate.of(ym);
      String text = "The two sides met " + written + " to sign it.";
      assertEquals(List.of(want), DATES.read(text, null).stream().map(Reading::value).toList(), text);
    });
  }

  /** A relative expression and what java.time says it means for a publication date. */
  record Relative(String phrase, java.util.function.Function<LocalDate, EdtfDate> meaning) {}

  private static String weekday(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** "1st", "2nd", "3rd", "11th", "22nd". */
  private static String nth(int n) {
    int last = n % 100 / 10 == 1 ? 0 : n % 10;
    return n + (last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th");
  }

  static List<Relative> relatives(int n, DayOfWeek dow, int month) {
    String wd = weekday(dow);
    String mn = monthName(month);
    return List.of(
        new Relative("today", p -> EdtfDate.of(p)),
        new Relative("yesterday", p -> EdtfDate.of(p.minusDays(1))),
        new Relative("last night", p -> EdtfDate.of(p.minusDays(1))),
        new Relative("this morning", p -> EdtfDate.of(p)),
        new Relative("this year", p -> EdtfDate.ofYear(p.getYear())),
        new Relative("last year", p -> EdtfDate.ofYear(p.getYear() - 1)),
        new Relative("next year", p -> EdtfDate.ofYear(p.getYear() + 1)),
        new Relative("last month", p -> EdtfDate.of(YearMonth.from(p).minusMonths(1))),
        new Relative("next month", p -> EdtfDate.of(YearMonth.from(p).plusMonths(1))),
        new Relative("on " + wd, p -> EdtfDate.of(p.with(TemporalAdjusters.previousOrSame(dow)))),
        new Relative("last " + wd, p -> EdtfDate.of(p.with(TemporalAdjusters.previous(dow)))),
        new Relative("next " + wd, p -> EdtfDate.of(p.with(TemporalAdjusters.next(dow)))),
        new Relative(words(n) + " years ago", p -> EdtfDate.ofYear(p.getYear() - n)),
        new Relative("over the last " + words(n) + " months",
            p -> EdtfDate.interval(EdtfDate.of(YearMonth.from(p).minusMonths(n)), EdtfDate.of(YearMonth.from(p)))),
        new Relative("in the last " + n + " years",
            p -> EdtfDate.interval(EdtfDate.ofYear(p.getYear() - n), EdtfDate.ofYear(p.getYear()))),
        new Relative("in " + mn, p -> {
          YearMonth same = YearMonth.of(p.getYear(), month);
          return EdtfDate.of(same.isAfter(YearMonth.from(p)) ? same.minusYears(1) : same);
        }),
        new Relative("on the " + nth(n), p -> EdtfDate.of(n <= p.getDayOfMonth() ? p.withDayOfMonth(n)
            : YearMonth.from(p).minusMonths(1).atDay(n))),
        new Relative("on the " + nth(n) + " of last month", p -> EdtfDate.of(YearMonth.from(p).minusMonths(1).atDay(n))),
        new Relative("this past " + mn, p -> {
          YearMonth same = YearMonth.of(p.getYear(), month);
          return EdtfDate.of(same.isBefore(YearMonth.from(p)) ? same : same.minusYears(1));
        }));
  }

  @Test
  void relativeDatesResolveAsJavaTimeSays() {
    Gen<Integer> which = Gens.ints(0, relatives(1, DayOfWeek.MONDAY, 1).size() - 1);
    Prop.check("relative dates", Gens.zip(days(1900, 2090), Gens.pair(which, Gens.ints(1, 19)),
        Gens.pair(Gens.ints(1, 7), Gens.ints(1, 12)), (pub, wn, dm) -> List.of(pub, wn, dm)), v -> {
      LocalDate pub = (LocalDate) v.get(0);
      var wn = (Gens.Pair<?, ?>) v.get(1);
      var dm = (Gens.Pair<?, ?>) v.get(2);
      Relative rel = relatives((Integer) wn.second(), DayOfWeek.of((Integer) dm.first()), (Integer) dm.second())
          .get((Integer) wn.first());
      String text = "The delegation reported it " + rel.phrase() + ", the ministry said.";
      List<EdtfDate> got = DATES.read(text, pub).stream().map(Reading::value).toList();
      assertEquals(List.of(rel.meaning().apply(pub)), got, text + " (published " + pub + ")");
    });
  }

  @Test
  void theFollowingYearIsTheYearAfter() {
    Prop.check("the following year", Gens.zip(days(1800, 2090), Gens.ints(0, DAY_FORMS - 1), Gens.ints(0, 3),
        (d, f, a) -> List.of(d, f, a)), v -> {
      LocalDate d = (LocalDate) v.get(0);
      int form = (Integer) v.get(1);
      String[] anaphors = {"the following year", "the next year", "that same year", "the same year"};
      int a = (Integer) v.get(2);
      String text = "A contract was signed on " + dayForm(d, form) + ". The rifles arrived " + anaphors[a] + ".";
      List<EdtfDate> got = DATES.read(text, LocalDate.of(2095, 1, 1)).stream().map(Reading::value).toList();
      EdtfDate want = EdtfDate.ofYear(d.getYear() + (a < 2 ? 1 : 0));
      assertEquals(List.of(EdtfDate.of(d), want), got, text);
    });
  }

  // ---------------------------------------------------------------- percentages

  @Test
  void percentChangesCarryTheirDirection() {
    List<String> ups = List.of("rose", "grew by", "increased by", "jumped", "was up");
    List<String> downs = List.of("fell", "declined by", "dropped", "was down", "decreased by");
    List<String> signs = List.of("%", " percent", " per cent", " pct");
    Gen<BigDecimal> values = Gens.decimals(new BigDecimal("0.1"), new BigDecimal("500"), 1);
    Prop.check("percent changes", Gens.zip(values, Gens.ints(0, 4), Gens.ints(0, 3), Gens.ints(0, 2),
        (v, verb, sign, kind) -> List.of(v, verb, sign, kind)), p -> {
      BigDecimal v = (BigDecimal) p.get(0);
      int kind = (Integer) p.get(3);
      String pct = plain(v) + signs.get((Integer) p.get(2));
      String text = switch (kind) {
        case 0 -> "Exports to Chile " + ups.get((Integer) p.get(1)) + " " + pct + " last year.";
        case 1 -> "Exports to Chile " + downs.get((Integer) p.get(1)) + " " + pct + " last year.";
        default -> "Chile buys " + pct + " of its grain abroad.";
      };
      List<Reading<Percentage>> r = AMOUNTS.percentages(text);
      assertEquals(1, r.size(), text);
      BigDecimal want = kind == 1 ? v.negate() : v;
      assertEquals(0, want.compareTo(r.get(0).value().value()), text + " -> " + r);
      assertEquals(kind < 2, r.get(0).value().change(), text);
    });
  }

  // ---------------------------------------------------------------- robustness

  private static final List<String> PIECES = List.of(" ", " ", ", ", ". ", "-", "/", "(", ")", "$", "€", "%", "0",
      "1", "12", "2019", "1,5", "3.25", "99,999", "2015-2018", "4bn", "25th", "1990s", "2-3", "the", "of", "and",
      "between", "to", "about", "more than", "up to", "a", "dozen", "twenty-four", "hundred", "million", "billion",
      "crore", "lakh", "dollars", "tonnes", "doses", "percent", "per", "cent", "fell", "rose", "by", "January",
      "Sept.", "May", "on", "Wednesday", "last", "next", "this", "past", "year", "years", "months", "ago", "later",
      "same", "following", "that", "first", "half", "quarter", "early", "mid-", "Q3", "recent", "in", "will",
      "since", "marks", "\n", "\u00a0", "’", "\uD83D\uDE00", "\uD800");

  @Test
  void noInputThrowsAndSpansLieInTheText() {
    Gen<String> texts = Gens.oneOf(Gens.strings(Gens.elements(PIECES), 0, 60), Gens.strings());
    Prop.check("never throws", Gens.pair(texts, Gens.nullable(days(1, 9998))), p -> {
      String text = p.first();
      LocalDate pub = p.second();
      for (Span s : spans(text, pub)) {
        assertTrue(s.end() <= text.length(), () -> s + " beyond " + text.length());
      }
      Document doc = new Document("x", text, pub);
      new dev.entente.parse.internal.pipeline.TextReaderStage().apply(doc);
      new AmountStage().apply(doc);
      new DateStage().apply(doc);
    });
  }

  @Test
  void roublesAreTheCurrencyOfTheReportsEra() {
    Gen<Integer> years = Gens.ints(1925, 2060);
    Gen<String> names = Gens.elements("roubles", "rubles", "rouble", "ruble");
    Prop.check("roubles of their era", Gens.zip(years, Gens.ints(1, 999), names, (y, n, w) -> new Object[] {y, n, w}), v -> {
      int year = (Integer) v[0];
      String text = "Trade came to " + v[1] + " million " + v[2] + " last year.";
      Document doc = new Document("x", text, LocalDate.of(year, 6, 1));
      new dev.entente.parse.internal.pipeline.TextReaderStage().apply(doc);
      new AmountStage().apply(doc);
      String code = year < 1992 ? "SUR" : year < 1998 ? "RUR" : "RUB";
      assertEquals(List.of(Money.of(BigDecimal.valueOf((Integer) v[1]).scaleByPowerOfTen(6), code)),
          doc.money.stream().map(m -> m.money()).toList(), () -> text + " (" + year + ")");
      Document undated = new Document("x", text, null);
      new dev.entente.parse.internal.pipeline.TextReaderStage().apply(undated);
      new AmountStage().apply(undated);
      assertEquals("RUB", undated.money.get(0).money().currencyCode(), "no date, no era: the name's own code");
    });
  }

  @Test
  void anArticleKeepsAtMostItsBoundOfBareNumbersAndTheFirstOnes() {
    int n = AmountStage.MAX_NUMBERS + 5_000;
    StringBuilder text = new StringBuilder("Ghana ordered 12 boats. ");
    for (int i = 0; i < n; i++) {
      text.append(i % 10).append(i % 40 == 39 ? ".\n" : ", ");
    }
    Document doc = new Document("x", text.toString(), null);
    new dev.entente.parse.internal.pipeline.TextReaderStage().apply(doc);
    new AmountStage().apply(doc);
    assertEquals(AmountStage.MAX_NUMBERS, doc.numbers.size());
    // the first number of the text is kept: the bound drops the tail, not the news at the top
    assertEquals(0, new java.math.BigDecimal("12").compareTo(doc.numbers.get(0).value()), doc.numbers.get(0).toString());
  }

  private static List<Span> spans(String text, LocalDate pub) {
    List<Span> out = new java.util.ArrayList<>();
    AMOUNTS.numbers(text).forEach(r -> out.add(r.span()));
    AMOUNTS.money(text).forEach(r -> out.add(r.span()));
    AMOUNTS.quantities(text).forEach(r -> out.add(r.span()));
    AMOUNTS.percentages(text).forEach(r -> out.add(r.span()));
    DATES.read(text, pub).forEach(r -> out.add(r.span()));
    return out;
  }
}
