package dev.entente.parse.internal.facts;

import static dev.entente.parse.internal.facts.FactGens.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.FactGens.State;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A currency named by a name many states share ("dinars", "pesos", "$") is the money of the state
 * whose figure it is; a name written with its state keeps its own currency.
 */
class LocalCurrencyPropertiesTest {

  private static final TradeFigureExtractor STAGE = new TradeFigureExtractor();
  private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 1);

  /** A state with its own money of a shared name. */
  record Local(State state, String code) {}

  /** A shared name: its bare forms, the code a reading of the name alone gives, and states using it. */
  record Family(List<String> forms, String readAs, List<Local> states) {}

  private static Local local(String code, String name, String adjective, String currency) {
    return new Local(new State(code, name, adjective, ""), currency);
  }

  private static final List<Family> FAMILIES = List.of(
      new Family(List.of("dinars"), "IQD", List.of(local("DZA", "Algeria", "Algerian", "DZD"),
          local("KWT", "Kuwait", "Kuwaiti", "KWD"), local("JOR", "Jordan", "Jordanian", "JOD"),
          local("TUN", "Tunisia", "Tunisian", "TND"), local("SRB", "Serbia", "Serbian", "RSD"))),
      new Family(List.of("pesos"), "MXN", List.of(local("ARG", "Argentina", "Argentine", "ARS"),
          local("CHL", "Chile", "Chilean", "CLP"), local("PHL", "the Philippines", "Philippine", "PHP"),
          local("COL", "Colombia", "Colombian", "COP"))),
      new Family(List.of("pounds"), "GBP", List.of(local("EGY", "Egypt", "Egyptian", "EGP"),
          local("LBN", "Lebanon", "Lebanese", "LBP"), local("SYR", "Syria", "Syrian", "SYP"))),
      new Family(List.of("francs"), "CHF", List.of(local("SEN", "Senegal", "Senegalese", "XOF"),
          local("CMR", "Cameroon", "Cameroonian", "XAF"), local("RWA", "Rwanda", "Rwandan", "RWF"),
          local("FRA", "France", "French", "FRF"), local("BEL", "Belgium", "Belgian", "BEF"))),
      new Family(List.of("kronor", "kroner", "crowns"), "SEK", List.of(local("NOR", "Norway", "Norwegian", "NOK"),
          local("DNK", "Denmark", "Danish", "DKK"), local("CZE", "the Czech Republic", "Czech", "CZK"),
          local("SVK", "Slovakia", "Slovak", "SKK"))),
      new Family(List.of("marks"), "DEM", List.of(local("DEU", "Germany", "German", "DEM"),
          local("FIN", "Finland", "Finnish", "FIM"))),
      new Family(List.of("shillings", "Sh"), "KES", List.of(local("KEN", "Kenya", "Kenyan", "KES"),
          local("TZA", "Tanzania", "Tanzanian", "TZS"), local("UGA", "Uganda", "Ugandan", "UGX"),
          local("SOM", "Somalia", "Somali", "SOS"))),
      new Family(List.of("escudos"), "PTE", List.of(local("PRT", "Portugal", "Portuguese", "PTE"),
          local("CPV", "Cape Verde", "Cape Verdean", "CVE"))),
      new Family(List.of("lira", "liras"), "TRY", List.of(local("TUR", "Turkey", "Turkish", "TRY"),
          local("ITA", "Italy", "Italian", "ITL"), local("MLT", "Malta", "Maltese", "MTL"))),
      new Family(List.of("dollars", "$"), "USD", List.of(local("AUS", "Australia", "Australian", "AUD"),
          local("CAN", "Canada", "Canadian", "CAD"), local("NZL", "New Zealand", "New Zealand", "NZD"),
          local("SGP", "Singapore", "Singapore", "SGD"))));

  /** A case: a family, two of its states (or one and a state of another money), a form and an amount. */
  record Case(Family family, Local a, Local b, String form, long amount) {
    /** The code the money reading gives the form alone (currencies.txt): each Nordic name its own state's. */
    String readAs() {
      return switch (form) {
        case "kroner" -> "NOK";
        case "crowns" -> "CZK";
        default -> family.readAs();
      };
    }
  }

  private static final Gen<Case> ALL = Gens.elements(FAMILIES).flatMap(f ->
      Gens.ints(0, f.states().size() - 1).flatMap(i -> Gens.ints(0, f.states().size() - 2).flatMap(j ->
          Gens.elements(f.forms()).flatMap(form -> Gens.ints(1, 9999).map(n -> new Case(f, f.states().get(i),
              f.states().get(j >= i ? j + 1 : j), form, n * 1_000_000L))))));

  /** The cases of names other than the dollar's, which stays the US dollar. */
  static final Gen<Case> CASES = ALL.filter(c -> !c.family().readAs().equals("USD"));

  /** The amount as a report writes it in the bare form, tagged as the money reading gives it. */
  private static Tagged amount(Tagged t, Case c, String code) {
    // a symbol before the amount, glued to it; a name after it
    String surface = c.form().equals("$") || c.form().equals("Sh") ? c.form() + c.amount() / 1_000_000 + " million"
        : c.amount() / 1_000_000 + " million " + c.form();
    return t.money(surface, Money.of(BigDecimal.valueOf(c.amount()), code), Qualifier.EXACT);
  }

  private static Tagged trade(Local reporter, Local partner, Case c) {
    Tagged t = name(name(new Tagged().w("Trade between"), reporter.state()).w("and"), partner.state()).w("reached");
    return amount(t, c, c.readAs()).w("last year.");
  }

  private static TradeFigure only(Tagged t) {
    return FactGens.only(t, FactGens.read(t, PUBLISHED, STAGE).tradeFigures);
  }

  @Test
  void aSharedNameIsTheReportersOwnMoneyAndSwapsWithTheStates() {
    Prop.check("bare currency of the reporter", CASES, c -> {
      Tagged text = trade(c.a(), c.b(), c);
      TradeFigure f = only(text);
      assertEquals(c.a().code(), f.value().currencyCode(), text::text);
      assertEquals(0, BigDecimal.valueOf(c.amount()).compareTo(f.value().amount()), text::text);
      Tagged swapped = trade(c.b(), c.a(), c);
      assertEquals(c.b().code(), only(swapped).value().currencyCode(), swapped::text);
    });
  }

  @Test
  void aReporterOfAnotherMoneyLeavesTheReading() {
    Prop.check("bare currency, other reporter", Gens.pair(CASES, Gens.elements(FactGens.STATES)), p -> {
      Case c = p.first();
      State other = p.second();
      if (other.code().equals("EGY") || c.family().states().stream().anyMatch(l -> l.state().code().equals(other.code()))) {
        return; // a state of the same money: Egypt's pounds, France's francs
      }
      Tagged text = trade(new Local(other, ""), c.b(), c);
      assertEquals(c.readAs(), only(text).value().currencyCode(), text::text);
    });
  }

  @Test
  void aNameWrittenWithItsStateKeepsItsCurrency() {
    Prop.check("qualified currency", CASES, c -> {
      // "A$ 5 million" and "5 million US dollars" name their money: the reporter's does not replace it
      Tagged t = name(name(new Tagged().w("Trade between"), c.a().state()).w("and"), c.b().state()).w("reached");
      String surface = c.amount() / 1_000_000 + " million US dollars";
      Tagged text = t.money(surface, Money.of(BigDecimal.valueOf(c.amount()), "USD"), Qualifier.EXACT).w("last year.");
      assertEquals("USD", only(text).value().currencyCode(), text::text);
    });
  }

  /** The states whose own reports write their dollar bare (own-dollar-states.txt). */
  private static final Set<String> OWN_DOLLAR = Set.of("AUS", "CAN", "NZL");

  /** "[A] has given [sum] in aid to [B]", or the two states' trade. */
  private static Tagged dollarFigure(Local a, Local b, Case c, String flow, String readAs) {
    if (flow.equals("trade")) {
      Tagged t = name(name(new Tagged().w("Trade between"), a.state()).w("and"), b.state()).w("reached");
      return amount(t, c, readAs).w("last year.");
    }
    Tagged t = name(new Tagged(), a.state()).w("has given");
    return name(amount(t, c, readAs).w("in " + flow + " to"), b.state()).w(".");
  }

  @Test
  void aBareDollarIsTheUsDollarSaveInTheFiguresOfStatesThatWriteTheirOwnBare() {
    // "$" and "dollars" are what reports of most states write for sums between states: the US dollar;
    // Australia's, Canada's and New Zealand's reports write their own dollar so ("$287 billion" of trade)
    Gen<Case> dollars = ALL.filter(c -> c.family().readAs().equals("USD"));
    Prop.check("bare dollars", Gens.pair(dollars, Gens.elements("aid", "loans", "trade")), p -> {
      Case c = p.first();
      Tagged text = dollarFigure(c.a(), c.b(), c, p.second(), "USD");
      String want = OWN_DOLLAR.contains(c.a().state().code()) ? c.a().code() : "USD";
      assertEquals(want, only(text).value().currencyCode(), text::text);
      Tagged swapped = dollarFigure(c.b(), c.a(), c, p.second(), "USD");
      String wantSwapped = OWN_DOLLAR.contains(c.b().state().code()) ? c.b().code() : "USD";
      assertEquals(wantSwapped, only(swapped).value().currencyCode(), swapped::text);
    });
  }

  @Test
  void aBareDollarBetweenAStateThatWritesItsOwnAndTheUnitedStatesStaysTheUsDollar() {
    // "Canada's exports to the United States reached $300 billion": either dollar could be meant; the US one
    Local usa = local("USA", "the United States", "American", "USD");
    Gen<Case> own = ALL.filter(c -> c.family().readAs().equals("USD") && OWN_DOLLAR.contains(c.a().state().code()));
    Prop.check("bare dollars with the United States", Gens.pair(own, Gens.elements("aid", "loans", "trade")), p -> {
      Tagged text = dollarFigure(p.first().a(), usa, p.first(), p.second(), "USD");
      assertEquals("USD", only(text).value().currencyCode(), text::text);
    });
  }
}
