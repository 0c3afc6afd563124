package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.text.Token;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The size of the city list, a check of every line, and how cities are found in text. */
class PlacesTest {

  private final Places places = Places.builtIn();

  @Test
  void listHoldsSixHundredCitiesWithKnownCodes() {
    Set<String> states = new TreeSet<>();
    int capitals = 0;
    for (City c : places.cities()) {
      assertTrue(Country.isKnown(c.country().code()), c.name() + ": " + c.country().code());
      states.add(c.country().code());
      capitals += c.has(City.Flag.CAPITAL) ? 1 : 0;
    }
    System.out.println("cities.tsv: " + places.cities().size() + " cities of " + states.size() + " states, " + capitals + " capitals");
    assertTrue(places.cities().size() >= 600, "want at least 600 cities, have " + places.cities().size());
  }

  @Test
  void everyCapitalTheGazetteerKnowsIsListedForItsState() {
    List<String> missing = new ArrayList<>();
    for (CountryGazetteer.Name n : CountryGazetteer.standard().names()) {
      if (n.form() != CountryForm.CAPITAL) {
        continue;
      }
      List<City> named = places.named(n.surface());
      if (named.stream().noneMatch(c -> c.country().equals(n.country()))) {
        missing.add(n.surface() + " (" + n.country().code() + ")");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void noNameIsGivenToTwoCitiesOfOneState() {
    Map<String, City> seen = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (City c : places.cities()) {
      List<String> names = new ArrayList<>(c.variants());
      names.add(c.name());
      for (String n : names) {
        City before = seen.putIfAbsent(TokensForTest.keyOf(n), c);
        if (before != null && before != c) {
          twice.add(n + ": " + before.name() + " (" + before.country().code() + ") and " + c.name() + " (" + c.country().code() + ")");
        }
      }
    }
    assertEquals(List.of(), twice);
  }

  @Test
  void oldSpellingsFindTheCityAndItsState() {
    City kiev = find("Talks in Kiev ended.", "Kiev").city();
    assertEquals("Kyiv", kiev.name());
    assertEquals("UKR", kiev.country().code());
    assertTrue(kiev.isSeatOfGovernment());
    City bombay = find("He flew to Bombay on Monday.", "Bombay").city();
    assertEquals("IND", bombay.country().code());
    assertTrue(!bombay.isSeatOfGovernment());
    City bonn = find("The accord signed in Bonn held.", "Bonn").city();
    assertTrue(bonn.has(City.Flag.FORMER) && !bonn.isSeatOfGovernment());
    Places.Match hague = find("They met in The Hague.", "The");
    assertEquals(2, hague.end() - hague.start());
    assertEquals("NLD", hague.city().country().code());
  }

  @Test
  void lowerCaseWordsAreNoCities() {
    List<Token> tokens = TokensForTest.of("the nice weather in sofia");
    for (int i = 0; i < tokens.size(); i++) {
      assertNull(places.at(tokens, i), tokens.get(i).text());
    }
  }

  @Test
  void aUsersCityIsAddedAndReplacesOneOfTheSameNameAndState() {
    Places mine = places.with(Places.read(new StringReader("Nova Vila\tNovavila\tBRA\tcapital\nBonn\t\tDEU\t\n"), "mine.tsv"));
    assertEquals(places.cities().size() + 1, mine.cities().size());
    assertEquals("BRA", mine.named("Novavila").get(0).country().code());
    assertTrue(!mine.named("Bonn").get(0).has(City.Flag.FORMER));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Places.read(new StringReader("Bonn\t\tDEU\tcapitol\n"), "mine.tsv"));
    assertTrue(e.getMessage().contains("mine.tsv line 1"), e.getMessage());
  }

  private Places.Match find(String text, String word) {
    List<Token> tokens = TokensForTest.of(text);
    Places.Match m = places.at(tokens, TokensForTest.indexOf(tokens, word));
    assertNotNull(m, "nothing at \"" + word + "\" in " + text);
    return m;
  }
}
