package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The venues file: its size, and the venues news names most with their cities. */
class VenuesTest {

  @Test
  void holdsTheVenuesNewsNamesWithTheirCitiesAndStates() {
    Map<String, Venues.Venue> byName = Venues.builtIn().all().stream()
        .collect(Collectors.toMap(Venues.Venue::name, v -> v));
    assertTrue(byName.size() >= 150, () -> byName.size() + " venues");
    Set<Country> states = byName.values().stream().map(Venues.Venue::state).collect(Collectors.toSet());
    assertTrue(states.size() >= 80, () -> states.size() + " states");
    Map<String, String> known = Map.ofEntries(Map.entry("Kremlin", "Moscow"), Map.entry("Elysee", "Paris"),
        Map.entry("Camp David", "Thurmont"), Map.entry("Chequers", "Ellesborough"),
        Map.entry("Great Hall of the People", "Beijing"), Map.entry("Zhongnanhai", "Beijing"),
        Map.entry("Blue House", "Seoul"), Map.entry("Akasaka Palace", "Tokyo"), Map.entry("Casa Rosada", "Buenos Aires"),
        Map.entry("Miraflores", "Caracas"), Map.entry("Palacio do Planalto", "Brasilia"),
        Map.entry("Bellevue Palace", "Berlin"), Map.entry("Saadabad Palace", "Tehran"));
    known.forEach((name, city) -> assertEquals(city, byName.get(name).city(), name));
  }
}
