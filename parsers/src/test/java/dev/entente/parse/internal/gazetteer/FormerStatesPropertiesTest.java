package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.parse.ArticleParser;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The states a report names are the states of its day: a state that was then part of a former one
 * ({@code former-states.txt}) is listed as that former state whether the report names it by its
 * capital, its name or its adjective, and as itself from the day it left it.
 */
class FormerStatesPropertiesTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  /** A state that was part of a former one, or had another name (and code) before a day, as reports name it. */
  private record Successor(Country now, Country then, LocalDate until, String name, String adjective, String capital) {}

  private static final List<Successor> SUCCESSORS = List.of(
      new Successor(Country.of("RUS"), Country.of("SUN"), LocalDate.of(1991, 12, 26), "Russia", "Russian", "Moscow"),
      new Successor(Country.of("UKR"), Country.of("SUN"), LocalDate.of(1991, 8, 24), "Ukraine", "Ukrainian", "Kyiv"),
      new Successor(Country.of("BLR"), Country.of("SUN"), LocalDate.of(1991, 8, 25), "Belarus", "Belarusian", "Minsk"),
      new Successor(Country.of("SVN"), Country.of("YUG"), LocalDate.of(1991, 6, 25), "Slovenia", "Slovenian", "Ljubljana"),
      new Successor(Country.of("HRV"), Country.of("YUG"), LocalDate.of(1991, 6, 25), "Croatia", "Croatian", "Zagreb"),
      new Successor(Country.of("SVK"), Country.of("CSK"), LocalDate.of(1993, 1, 1), "Slovakia", "Slovak", "Bratislava"),
      new Successor(Country.of("COD"), Country.of("ZAR"), LocalDate.of(1997, 5, 17), "DR Congo", "DRC", "Kinshasa"));

  /** Other states, never part of a former one. */
  private static final List<String[]> OTHERS = List.of(new String[] {"IND", "India"}, new String[] {"EGY", "Egypt"},
      new String[] {"FIN", "Finland"}, new String[] {"MEX", "Mexico"}, new String[] {"JPN", "Japan"});

  /** Ways a report names the state. */
  private static final List<Function<Successor, String>> NAMINGS = List.of(
      s -> "Officials in " + s.capital() + " said",
      s -> s.name() + " said",
      s -> "The " + s.adjective() + " delegation said",
      s -> "A spokesman for " + s.name() + "'s trade ministry said");

  private record Case(Successor s, String[] other, int naming, int days) {}

  private static final Gen<Case> CASES = Gens.elements(SUCCESSORS).flatMap(s -> Gens.elements(OTHERS).flatMap(o ->
      Gens.ints(0, NAMINGS.size() - 1).flatMap(n -> Gens.ints(1, 12000).map(d -> new Case(s, o, n, d)))));

  private static Set<String> states(Case c, LocalDate published) {
    String text = NAMINGS.get(c.naming()).apply(c.s()) + " on Tuesday that talks with " + c.other()[1]
        + " on trade would resume next month.";
    ArticleExtraction e = PARSER.parse("generated", text, published);
    Set<String> out = new TreeSet<>();
    for (CountryMention m : e.countries()) {
      out.add(m.country().code());
    }
    return out;
  }

  @Test
  void aStateNamedBeforeItLeftAFormerStateIsThatFormerState() {
    Prop.check("before", CASES, c -> assertEquals(new TreeSet<>(Set.of(c.s().then().code(), c.other()[0])),
        states(c, c.s().until().minusDays(c.days())), c.toString()));
  }

  @Test
  void aStateNamedFromTheDayItLeftIsItself() {
    Prop.check("after", CASES, c -> assertEquals(new TreeSet<>(Set.of(c.s().now().code(), c.other()[0])),
        states(c, c.s().until().plusDays(c.days() - 1)), c.toString()));
  }
}
