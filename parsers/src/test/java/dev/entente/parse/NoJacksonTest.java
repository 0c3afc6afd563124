package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parsers bring no Jackson, in any scope: their own tests run on a class path without it, so
 * an application's Jackson (2 or 3, any version) never meets a second one through this artifact.
 */
class NoJacksonTest {

  @Test
  void noJacksonOnTheParsersClassPath() {
    for (String name :
        List.of(
            "tools.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonProperty")) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName(name, false, NoJacksonTest.class.getClassLoader()),
          name + " is on the class path of entente-parsers' tests");
    }
  }
}
