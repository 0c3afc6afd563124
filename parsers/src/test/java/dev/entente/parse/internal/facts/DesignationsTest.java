package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.facts.Designations.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Designation shapes: models, family forms and compact names, and the look-alikes that are none. */
class DesignationsTest {

  @ParameterizedTest
  @CsvSource({
      "Su-35, MODEL", "AK-103, MODEL", "S-300PMU, MODEL", "Tor-M1, MODEL", "Mi-17V-5, MODEL",
      "Mi-family, FAMILY_FORM", "Su-series, FAMILY_FORM", "Kilo-class, FAMILY_FORM", "Guardian-class, FAMILY_FORM",
      "TB2, COMPACT", "J20, COMPACT", "HQ9B, COMPACT",
      "Army-2019, NONE", "su-35, NONE", "mi-family, NONE", "then-president, NONE", "Russian-made, NONE",
      "tb2, NONE", "2019, NONE", "F, NONE", "Venezuela, NONE", "COVID, NONE", "ABCDE1, NONE", "Extraordinarily-1, NONE", "Guardians-series, NONE", "Extraordinarily-class, NONE"})
  void shapeOfAToken(String text, Shape shape) {
    assertEquals(shape, Designations.shape(text));
  }
}
