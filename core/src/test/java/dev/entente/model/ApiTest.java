package dev.entente.model;

import dev.entente.apisurface.ApiSurface;
import org.junit.jupiter.api.Test;

/** The module's public API is the one listed in its api.txt, and names no internal type. */
class ApiTest {
  @Test
  void apiIsTheListedOne() throws Exception {
    ApiSurface.check();
  }
}
