package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/** The data files' word splitting gives what the regular expressions it replaces give. */
class WordListsTest {
  // separators of both kinds, white space that \s does not match, and words
  private static final Gen<String> LINES = Gens.strings(Gens.frequency(
      Gens.weighted(4, Gens.elements(" ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2028", "\u0085")),
      Gens.weighted(4, Gens.elements("a", "Air", "S-400", "|", "x:y", "", "é")),
      Gens.weighted(1, Gens.anyChar())), 0, 20);

  @Test
  void wordsSplitAsTheWhitespacePattern() {
    Prop.check("words(s) == s.split(\"\\\\s+\")", LINES, 5000,
        s -> assertArrayEquals(s.split("\\s+"), WordLists.words(s), s));
  }

  @Test
  void spacedSplitsAsTheSpacesPattern() {
    Prop.check("spaced(s) == s.split(\" +\")", LINES, 5000,
        s -> assertArrayEquals(s.split(" +"), WordLists.spaced(s), s));
  }

  @Test
  void edgeCasesSplitAsTheJdk() {
    for (String s : new String[] {"", " ", "  ", "a", " a", "a ", " a  b ", "\ta\tb", "a\u00A0b"}) {
      assertArrayEquals(s.split("\\s+"), WordLists.words(s), s);
      assertArrayEquals(s.split(" +"), WordLists.spaced(s), s);
    }
  }
}
