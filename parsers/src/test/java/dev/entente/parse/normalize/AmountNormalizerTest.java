package dev.entente.parse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountNormalizerTest {

  private static final AmountNormalizer AMOUNTS = AmountNormalizer.create();

  private static Reading<MoneyAmount> onlyMoney(String text) {
    List<Reading<MoneyAmount>> r = AMOUNTS.money(text);
    assertEquals(1, r.size(), () -> "money in \"" + text + "\": " + r);
    return r.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "India pledged $4 billion to Nepal.|4000000000 USD|$4 billion",
      "Seoul approved a US$2.5bn credit line.|2500000000 USD|US$2.5bn",
      "The deal is worth 4 bln dlrs, Reuters said.|4000000000 USD|4 bln dlrs",
      "Berlin will pay €300 million for the frigates.|300000000 EUR|€300 million",
      "Britain offered £45m in aid.|45000000 GBP|£45m",
      "Moscow earmarked 50 billion roubles for the bridge.|50000000000 RUB|50 billion roubles",
      "Beijing lent 10 bln yuan to Islamabad.|10000000000 CNY|10 bln yuan",
      "The ministry released Rs 5,000 crore for the project.|50000000000 INR|Rs 5,000 crore",
      "Tokyo granted 30 billion yen in loans.|30000000000 JPY|30 billion yen",
      "Riyadh signed deals worth 20 billion riyals.|20000000000 SAR|20 billion riyals",
      "Ankara got 3 lakh rupees.|300000 INR|3 lakh rupees",
      "It received USD 12 million from the fund.|12000000 USD|USD 12 million",
      "Brasilia spent R$ 1.2 billion on the jets.|1200000000 BRL|R$ 1.2 billion",
      "The plant cost five billion dollars.|5000000000 USD|five billion dollars",
      "a five billion-dollar pipeline deal|5000000000 USD|five billion-dollar",
      "They won a $30-million grant from Qatar.|30000000 USD|$30-million",
      "Abu Dhabi invested 2 billion dirhams.|2000000000 AED|2 billion dirhams",
      "Seoul spent 900 billion won on the tanks.|900000000000 KRW|900 billion won",
      "Turkey paid 7 million lira.|7000000 TRY|7 million lira",
      "Brazil earmarked 3 billion reais.|3000000000 BRL|3 billion reais",
      "a $1.5-trillion economy|1500000000000 USD|$1.5-trillion",
  })
  void readsMoneyInManyForms(String text, String money, String span) {
    Reading<MoneyAmount> r = onlyMoney(text);
    assertEquals(Money.parse(money), r.value().money());
    assertEquals(span, r.text(text));
  }

  @Test
  void rangesKeepBothEnds() {
    Reading<MoneyAmount> r = onlyMoney("Analysts put the contract at $2-3 billion.");
    assertEquals(Money.of(2_000_000_000L, "USD"), r.value().money());
    assertEquals(Money.of(3_000_000_000L, "USD"), r.value().high());
    r = onlyMoney("The loan is between $10 and $12 million, officials said.");
    assertEquals(Money.of(10_000_000L, "USD"), r.value().money());
    assertEquals(Money.of(12_000_000L, "USD"), r.value().high());
    assertEquals("between $10 and $12 million", r.text("The loan is between $10 and $12 million, officials said."));
    r = onlyMoney("Estimates range from 2 to 3 billion dollars.");
    assertEquals(Money.of(2_000_000_000L, "USD"), r.value().money());
    assertEquals(Money.of(3_000_000_000L, "USD"), r.value().high());
    assertEquals("from 2 to 3 billion dollars", r.text("Estimates range from 2 to 3 billion dollars."));
    r = onlyMoney("It costs $500,000 to $2 million a year.");
    assertEquals(Money.of(500_000L, "USD"), r.value().money());
    assertEquals(Money.of(2_000_000L, "USD"), r.value().high());
  }

  @Test
  void aChangeFromOneAmountToAnotherIsNoRange() {
    List<Reading<MoneyAmount>> r = AMOUNTS.money("Trade grew from $2bn to $60bn in two decades.");
    assertEquals(List.of(Money.of(2_000_000_000L, "USD"), Money.of(60_000_000_000L, "USD")),
        r.stream().map(x -> x.value().money()).toList());
    assertNull(r.get(0).value().high());
  }

  @Test
  void bracketedEquivalentsAreOneAmount() {
    Reading<MoneyAmount> r = onlyMoney("Paris signed a €5bn ($5.6bn) submarine deal with Canberra.");
    assertEquals(Money.of(5_000_000_000L, "EUR"), r.value().money());
    assertEquals(List.of(Money.of(5_600_000_000L, "USD")), r.value().equivalents());
    r = onlyMoney("The deal, worth roughly 1.2 trillion won ($900 million), was signed.");
    assertEquals(Money.of(1_200_000_000_000L, "KRW"), r.value().money());
    assertEquals(List.of(Money.of(900_000_000L, "USD")), r.value().equivalents());
    assertEquals(Qualifier.ABOUT, r.qualifier());
    r = onlyMoney("New Delhi approved Rs 500 crore (about $70 million) in aid.");
    assertEquals(Money.of(5_000_000_000L, "INR"), r.value().money());
    assertEquals(List.of(Money.of(70_000_000L, "USD")), r.value().equivalents());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Exports reached about $4 billion.|ABOUT",
      "Trade rose to nearly $4 billion.|ABOUT",
      "Turnover was more than $4 billion.|MORE_THAN",
      "The fund holds over $4 billion.|MORE_THAN",
      "Kenya could borrow up to $4 billion.|UP_TO",
      "Losses were at least $4 billion.|AT_LEAST",
      "Aid was less than $4 billion.|LESS_THAN",
      "The deal is estimated at $4 billion.|ABOUT",
      "An estimated $4 billion was lost.|ABOUT",
      "Chile invested $4 billion or more.|AT_LEAST",
      "Chile invested $4 billion.|EXACT",
  })
  void qualifiers(String text, Qualifier q) {
    assertEquals(q, onlyMoney(text).qualifier());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ukraine exported 257,200 tonnes of wheat.|257200 t",
      "Iraq pumps 2 million barrels a day.|2000000 bbl/d",
      "Cuba received 1.5 million doses of vaccine.|1500000 doses",
      "Russia sent 110 sets of medicines.|110 sets",
      "Japan donated 12 patrol boats to Manila.|12 patrol boats",
      "The plant will generate 500 MW of power.|500 MW",
      "a 500-megawatt plant|500 MW",
      "Kazakhstan shipped 40,000 metric tons of grain.|40000 t",
      "Egypt bought 3 million kilograms of beef.|3000000 kg",
      "India will get 1.5 million flu vaccines.|1500000 doses",
      "The army took delivery of twenty-four tanks.|24 tanks",
      "Poland ordered 96 Apache helicopters.|96 Apache helicopters",
      "Turkey has delivered 50 Bayraktar TB2 drones.|50 Bayraktar TB2 drones",
  })
  void readsQuantities(String text, String quantity) {
    List<Reading<Quantity>> r = AMOUNTS.quantities(text);
    assertEquals(1, r.size(), () -> "quantities in \"" + text + "\": " + r);
    String[] p = quantity.split(" ", 2);
    assertEquals(Quantity.of(p[0], p[1]), r.get(0).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Trade increased by 10 percent.|10|true",
      "Exports grew by 10%.|10|true",
      "Imports fell 5% last year.|-5|true",
      "a 24.7 percent increase when compared to 2017|24.7|true",
      "a 3.5 per cent drop in sales|-3.5|true",
      "Russia supplies 80 percent of its equipment.|80|false",
      "Inflation stood at 12%.|12|false",
      "Output was down 8 pct.|-8|true",
      "Prices rose to 10% of income.|10|false",
  })
  void readsPercentages(String text, String value, boolean change) {
    List<Reading<Percentage>> r = AMOUNTS.percentages(text);
    assertEquals(1, r.size(), () -> "percentages in \"" + text + "\": " + r);
    assertEquals(0, new BigDecimal(value).compareTo(r.get(0).value().value()), () -> r.toString());
    assertEquals(change, r.get(0).value().change());
  }

  @Test
  void quantityAndPercentRanges() {
    List<Reading<Quantity>> q = AMOUNTS.quantities("Kyiv shipped 10 to 12 million tonnes of grain.");
    assertEquals(List.of(Quantity.of(10_000_000L, "t")), q.stream().map(Reading::value).toList());
    List<Reading<Percentage>> p = AMOUNTS.percentages("Growth will be between 5 and 7 percent.");
    assertEquals(1, p.size());
    assertEquals(0, BigDecimal.valueOf(5).compareTo(p.get(0).value().value()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The sides signed eleven agreements.|11",
      "They signed a dozen deals.|12",
      "The treaty has twenty-four articles.|24",
      "It lists one hundred and five names.|105",
      "Over a hundred officials came.|100",
      "They signed about 260 agreements.|260",
      "Some 1,200 troops left.|1200",
  })
  void readsNumberWords(String text, String value) {
    List<Reading<BigDecimal>> r = AMOUNTS.numbers(text);
    assertFalse(r.isEmpty(), text);
    assertEquals(0, new BigDecimal(value).compareTo(r.get(0).value()), () -> r.toString());
  }

  @Test
  void numbersOfDatesAreNoCounts() {
    assertTrue(AMOUNTS.numbers("The treaty was signed on May 24, 1996, in Moscow.").isEmpty());
    assertNull(AMOUNTS.money("In 2018 they met.").stream().findFirst().orElse(null));
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "Russia’s trade with Venezuela totaled $85.2 million,\u00a0a 24.7\u00a0percent increase.";
    Reading<MoneyAmount> m = onlyMoney(text);
    assertEquals("$85.2 million", m.text(text));
    assertEquals("24.7\u00a0percent", AMOUNTS.percentages(text).get(0).text(text));
  }
}
