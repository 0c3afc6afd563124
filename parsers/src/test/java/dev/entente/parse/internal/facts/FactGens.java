package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.Money;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.WeaponRegister;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Generators of the pieces of generated sentences: states, sums of money, years, weapon systems. */
final class FactGens {
  private FactGens() {}

  /** A state as an article names it. */
  record State(String code, String name, String adjective, String capital) {}

  static final List<State> STATES = List.of(
      new State("RUS", "Russia", "Russian", "Moscow"),
      new State("VEN", "Venezuela", "Venezuelan", "Caracas"),
      new State("JPN", "Japan", "Japanese", "Tokyo"),
      new State("VNM", "Vietnam", "Vietnamese", "Hanoi"),
      new State("IND", "India", "Indian", "New Delhi"),
      new State("EGY", "Egypt", "Egyptian", "Cairo"),
      new State("BRA", "Brazil", "Brazilian", "Brasilia"),
      new State("TUR", "Turkey", "Turkish", "Ankara"),
      new State("FRA", "France", "French", "Paris"),
      new State("CHN", "China", "Chinese", "Beijing"),
      new State("KEN", "Kenya", "Kenyan", "Nairobi"),
      new State("IDN", "Indonesia", "Indonesian", "Jakarta"));

  /** Two different states. */
  static Gen<State[]> pairs() {
    return Gens.ints(0, STATES.size() - 1).flatMap(a -> Gens.ints(0, STATES.size() - 2).map(b -> new State[] {
        STATES.get(a), STATES.get(b >= a ? b + 1 : b)}));
  }

  /** A sum of money with the way a report writes it. */
  record Sum(String surface, Money money) {}

  static Gen<Sum> sums() {
    return Gens.ints(1, 9999).flatMap(n -> Gens.elements("million", "billion").flatMap(scale ->
        Gens.elements("USD", "EUR", "GBP").map(cur -> {
          BigDecimal amount = BigDecimal.valueOf(n).movePointLeft(1);
          String sign = switch (cur) {
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> "$";
          };
          BigDecimal factor = scale.equals("million") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000_000_000);
          return new Sum(sign + amount.stripTrailingZeros().toPlainString() + " " + scale,
              Money.of(amount.multiply(factor), cur));
        })));
  }

  static Gen<Integer> years() {
    return Gens.ints(1992, 2030);
  }

  /** A weapon designation: family, hyphen, model ("Su-35", "T-90S", "S-400"). */
  static Gen<String> designations() {
    return Gens.elements("Su", "MiG", "Mi", "Ka", "T", "S", "F", "AK", "BMP", "Yak", "Il", "J", "AH")
        .flatMap(f -> Gens.ints(2, 999).flatMap(n -> Gens.elements("", "M", "S", "SM", "PMU", "K").map(v ->
            f + "-" + n + v)));
  }

  /** The category noun that follows a designation. */
  static Gen<String> heads() {
    return Gens.elements("fighters", "helicopters", "tanks", "missile systems", "rifles", "jets", "drones",
        "frigates", "submarines", "air defense systems", "howitzers", "armored vehicles");
  }

  /** An arms deal of generated reports: two states, a system, its count and the report's date. */
  record Deal(State supplier, State buyer, String system, String head, int count, LocalDate published) {}

  /** Deals published from 1995 to 2035, in a month from {@code firstMonth} on, on days 1 to 28. */
  static Gen<Deal> deals(int firstMonth) {
    return pairs().flatMap(p -> designations().flatMap(sys -> heads().flatMap(head -> Gens.ints(2, 90).flatMap(n ->
        Gens.ints(1995, 2035).flatMap(y -> Gens.ints(firstMonth, 12).flatMap(m -> Gens.ints(1, 28).map(d ->
            new Deal(p[0], p[1], sys, head, n, LocalDate.of(y, m, d)))))))));
  }

  /** A state's name written into {@code t} as its mention. */
  static Tagged name(Tagged t, State s) {
    return t.country(s.name(), s.code(), CountryForm.NAME);
  }

  /** The document of {@code t}, published on {@code published}, after {@code stage} has read it. */
  static Document read(Tagged t, LocalDate published, Stage stage) {
    Document doc = t.document(published);
    stage.apply(doc);
    return doc;
  }

  /** The one fact {@code facts} holds, read from {@code t}; fails naming the text and what was read otherwise. */
  static <T> T only(Tagged t, List<T> facts) {
    assertEquals(1, facts.size(), () -> t.text() + " -> " + facts);
    return facts.get(0);
  }

  /** "[buyer] signed a contract for [n] [system] [head] from [supplier]" with what follows the goods. */
  static String armsDeal(State buyer, int count, String system, String head, State supplier, String after) {
    return buyer.name() + " signed a contract for " + count + " " + system + " " + head + " from " + supplier.name()
        + after + ".";
  }

  /**
   * The one arms contract the whole parser reads from {@code text}, checked to run from
   * {@code supplier} to {@code buyer}; fails naming the text and what was read otherwise.
   */
  static ArmsContract onlyArmsDeal(ArticleParser parser, String text, LocalDate published, State supplier,
      State buyer) {
    List<ArmsContract> got = parser.parse("generated", text, published).armsContracts();
    assertEquals(1, got.size(), () -> text + " -> " + got);
    ArmsContract a = got.get(0);
    assertEquals(Country.of(supplier.code()), a.supplier(), text);
    assertEquals(Country.of(buyer.code()), a.recipient(), text);
    return a;
  }

  /**
   * Whether the weapon register knows no system by this designation, nor by it less a final "s"
   * (the register reads "BMP-2S" as the plural of BMP-2): a generated one then has no maker of its own.
   */
  static boolean unknown(String designation) {
    WeaponRegister register = WeaponRegister.builtIn();
    String single = designation.endsWith("s") || designation.endsWith("S")
        ? designation.substring(0, designation.length() - 1) : designation;
    return register.named(designation).isEmpty() && register.named(single).isEmpty();
  }
}
