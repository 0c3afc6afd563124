package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.parse.internal.knowledge.WeaponSystem.Category;
import dev.entente.parse.internal.knowledge.WeaponSystem.Flag;
import dev.entente.parse.internal.text.Token;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The size of the weapon register, a check of every line, and how designations are found in text. */
class WeaponRegisterTest {

  private final WeaponRegister register = WeaponRegister.builtIn();

  @Test
  void registerHoldsFourHundredSystemsAcrossTheCategories() {
    List<WeaponSystem> systems = register.systems();
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    int designations = 0;
    for (WeaponSystem s : systems) {
      byCategory.merge(s.category(), 1, Integer::sum);
      designations += s.designations().size();
    }
    System.out.println("weapons.tsv: " + systems.size() + " systems, " + designations + " designations, " + byCategory);
    assertTrue(systems.size() >= 400, "want at least 400 systems, have " + systems.size());
    for (Category c : List.of(Category.AIRCRAFT, Category.AIR_DEFENCE_SYSTEMS, Category.ARMOURED_VEHICLES,
        Category.ARTILLERY, Category.MISSILES, Category.SHIPS, Category.NAVAL_WEAPONS, Category.SENSORS)) {
      assertTrue(byCategory.getOrDefault(c, 0) >= 3, "too few systems of category " + c.label() + ": " + byCategory);
    }
  }

  @Test
  void everyLineHasKnownCodesAndNoDesignationNamesTwoMakersUnlessFlagged() {
    Map<String, WeaponSystem> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (WeaponSystem s : register.systems()) {
      for (Country c : s.makers()) {
        assertTrue(Country.isKnown(c.code()), s.name() + ": maker " + c.code());
      }
      for (Country c : s.producers()) {
        assertTrue(Country.isKnown(c.code()), s.name() + ": producer " + c.code());
      }
      for (String d : s.designations()) {
        String key = TokensForTest.keyOf(d);
        WeaponSystem before = owner.putIfAbsent(key, s);
        if (before != null && before != s && !(before.has(Flag.SHARED) && s.has(Flag.SHARED))) {
          clashes.add("\"" + d + "\" names " + before.name() + " (" + before.makers() + ") and " + s.name() + " (" + s.makers() + ")");
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void aBareDesignationIsFoundWithItsMakerAndCategory() {
    WeaponRegister.Match m = find("The first Gripen arrived in Brasilia.", "Gripen");
    assertEquals("SWE", m.system().maker().code());
    assertEquals(Category.AIRCRAFT, m.system().category());
    assertEquals("NOR", find("Kyiv received the NASAMS batteries.", "NASAMS").system().maker().code());
    assertEquals("RUS", find("India ordered 12 Su-30MKI jets.", "Su-30MKI").system().maker().code());
  }

  @Test
  void theLongestDesignationWins() {
    WeaponRegister.Match m = find("Berlin will deliver Leopard 2A7 tanks.", "Leopard");
    assertEquals("Leopard 2", m.system().name());
    assertEquals(2, m.end() - m.start());
    WeaponRegister.Match typhoon = find("It bought 24 Eurofighter Typhoon aircraft.", "Eurofighter");
    assertEquals(2, typhoon.end() - typhoon.start());
    assertEquals(Category.AIRCRAFT, typhoon.system().category());
    WeaponRegister.Match kilo = find("Two Project 636 submarines were launched.", "Project");
    assertEquals("RUS", kilo.system().maker().code());
    assertEquals(Category.SHIPS, kilo.system().category());
  }

  @Test
  void lowerCaseWordsAndCapitalsWrittenOtherwiseDoNotMatch() {
    List<Token> tokens = TokensForTest.of("The tow truck left; a typhoon hit the coast; Tow operators struck.");
    for (int i = 0; i < tokens.size(); i++) {
      assertNull(register.at(tokens, i), "token " + tokens.get(i).text());
    }
    assertNotNull(find("Rebels fired TOW missiles.", "TOW"));
  }

  @Test
  void aUsersLineReplacesTheBuiltInSystemOfThatNameAndAddsNewOnes() {
    WeaponRegister user = WeaponRegister.read(new StringReader(
        "# mine\nGripen\tGripen Z\tBRA\t\taircraft\nZephyr-9\tZephyr 9X\tNZL\t\tmissiles\tshared\n"), "mine.tsv");
    WeaponRegister merged = register.with(user);
    assertEquals(register.systems().size() + 1, merged.systems().size());
    List<Token> tokens = TokensForTest.of("Chile bought Zephyr 9X rockets and a Gripen.");
    WeaponRegister.Match zephyr = merged.at(tokens, 2);
    assertNotNull(zephyr);
    assertEquals("NZL", zephyr.system().maker().code());
    assertTrue(zephyr.system().has(Flag.SHARED));
    assertEquals("BRA", merged.at(tokens, tokens.size() - 2).system().maker().code());
  }

  @Test
  void badLinesAreRejectedWithTheirNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeaponRegister.read(new StringReader("Gripen\t\tSWE\t\tjets\n"), "mine.tsv"));
    assertTrue(e.getMessage().contains("mine.tsv line 1") && e.getMessage().contains("jets"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WeaponRegister.read(new StringReader("Gripen\t\tXXQ\t\taircraft\n")));
  }

  private WeaponRegister.Match find(String text, String word) {
    List<Token> tokens = TokensForTest.of(text);
    WeaponRegister.Match m = register.at(tokens, TokensForTest.indexOf(tokens, word));
    assertNotNull(m, "nothing at \"" + word + "\" in " + text);
    return m;
  }
}
