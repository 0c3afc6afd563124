package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Lookup;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Name;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Size;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gazetteer's coverage and its lookups for other stages. */
class CountryGazetteerTest {

  private final CountryGazetteer g = CountryGazetteer.standard();

  @Test
  void everyIsoStateHasANameThatLooksUpToIt() {
    List<String> missing = new ArrayList<>();
    for (String a2 : Locale.getISOCountries()) {
      Country c = Country.fromAlpha2(a2);
      boolean found = false;
      for (Name n : g.names()) {
        if (n.country().equals(c) && n.form() == CountryForm.NAME
            && g.lookup(n.surface()).map(Lookup::country).equals(Optional.of(c))) {
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(c.code() + " " + c.name());
      }
    }
    Size size = g.size();
    System.out.println("Country gazetteer: " + size);
    assertEquals(List.of(), missing, "ISO 3166-1 states without a name in the gazetteer");
    assertTrue(size.states() >= Locale.getISOCountries().length, size.toString());
    assertTrue(size.names() >= 500 && size.adjectives() >= 300 && size.capitals() >= 180 && size.seats() >= 15, size.toString());
  }

  @Test
  void formerStatesAndCommonAlternativesAreNamed() {
    String[][] cases = {
        {"Soviet Union", "SUN"}, {"USSR", "SUN"}, {"Yugoslavia", "YUG"}, {"Czechoslovakia", "CSK"}, {"East Germany", "DDR"},
        {"the United States", "USA"}, {"U.S.", "USA"}, {"US", "USA"}, {"USA", "USA"}, {"America", "USA"},
        {"UK", "GBR"}, {"Britain", "GBR"}, {"Great Britain", "GBR"}, {"Ivory Coast", "CIV"}, {"Côte d’Ivoire", "CIV"},
        {"Czechia", "CZE"}, {"Burma", "MMR"}, {"the Holy See", "VAT"}, {"Russian Federation", "RUS"}, {"DPRK", "PRK"},
        {"ROK", "KOR"}, {"PRC", "CHN"}, {"UAE", "ARE"}, {"St. Kitts and Nevis", "KNA"}, {"Saint Lucia", "LCA"},
        {"Bosnia & Herzegovina", "BIH"}, {"Trinidad and Tobago", "TTO"}, {"São Tomé and Príncipe", "STP"}, {"Kosovo", "XKX"}};
    for (String[] c : cases) {
      assertEquals(Optional.of(new Lookup(Country.of(c[1]), CountryForm.NAME)), g.lookup(c[0]), c[0]);
    }
  }

  @Test
  void adjectivesCapitalsAndSeatsSayHowTheyNameTheirState() {
    assertEquals(Optional.of(new Lookup(Country.of("PHL"), CountryForm.ADJECTIVE)), g.lookup("Filipino"));
    assertEquals(Optional.of(new Lookup(Country.of("ARG"), CountryForm.ADJECTIVE)), g.lookup("Argentinian"));
    assertEquals(Optional.of(new Lookup(Country.of("ARE"), CountryForm.ADJECTIVE)), g.lookup("Emirati"));
    assertEquals(Optional.of(new Lookup(Country.of("SAU"), CountryForm.ADJECTIVE)), g.lookup("Saudi"));
    assertEquals(Optional.of(new Lookup(Country.of("VEN"), CountryForm.CAPITAL)), g.lookup("Caracas"));
    assertEquals(Optional.of(new Lookup(Country.of("MEX"), CountryForm.CAPITAL)), g.lookup("Mexico City"));
    assertEquals(Optional.of(new Lookup(Country.of("RUS"), CountryForm.SEAT)), g.lookup("the Kremlin"));
    assertEquals(Optional.of(new Lookup(Country.of("FRA"), CountryForm.SEAT)), g.lookup("the Élysée"));
    assertEquals(Optional.of(new Lookup(Country.of("GBR"), CountryForm.SEAT)), g.lookup("Downing Street"));
    assertEquals(Optional.of(new Lookup(Country.of("USA"), CountryForm.SEAT)), g.lookup("the White House"));
  }

  @Test
  void lookupTakesPossessivesAndRefusesWhatIsNoState() {
    assertEquals(Optional.of(Country.of("VEN")), g.lookup("Venezuela's").map(Lookup::country));
    assertEquals(Optional.of(Country.of("VEN")), g.lookup("Caracas’").map(Lookup::country));
    for (String none : new String[] {"New York", "New Mexico", "Latin America", "European", "the Gulf", "Arab",
        "African Union", "turkey", "china", "us", "British Columbia", "Guinea pig", "", "  ", "Venezuela Caracas"}) {
      assertEquals(Optional.empty(), g.lookup(none), none);
    }
  }

  @Test
  void placeOfLeavesAdjectivesOut() {
    var tokens = new dev.entente.parse.internal.text.Tokenizer().tokenize("a summit in Tehran with Russian envoys");
    String text = "a summit in Tehran with Russian envoys";
    assertEquals(Optional.of(Country.of("IRN")), g.placeOf(text, tokens, 3, 4));
    assertEquals(Optional.empty(), g.placeOf(text, tokens, 5, 6));
    assertEquals(Optional.empty(), g.placeOf(text, tokens, 6, 4));
  }
}
