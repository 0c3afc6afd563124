package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Entry;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordLists;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Names read without the tokenizer give the entries the tokenizer gives. */
class PlainEntryTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final Country VEN = Country.of("VEN");

  // words and spaces, with what takes a name off the plain path (hyphens, periods, accents, digits)
  private static final Gen<String> NAMES = Gens.strings(Gens.frequency(
      Gens.weighted(6, Gens.elements("a", "Z", "the", "The", "THE", "US", "x", "Korea", "SOUTH", "de", "I")),
      Gens.weighted(3, Gens.elements(" ", "  ")),
      Gens.weighted(1, Gens.elements("-", ".", "'", "é", "1", "&", "\t"))), 1, 12);

  @Test
  void everyNameOfTheDataFilesReadsAsTheTokenizerReadsIt() {
    List<String> names = new ArrayList<>();
    for (String line : WordLists.lines(CountryGazetteer.class, "countries.txt")) {
      String[] fields = line.split("\\|", -1);
      for (int k = 1; k < fields.length; k++) {
        for (String v : fields[k].split(";")) {
          names.add(v.trim());
        }
      }
    }
    for (String line : WordLists.lines(CountryGazetteer.class, "not-countries.txt")) {
      for (String v : line.split(";")) {
        names.add(v.trim());
      }
    }
    for (Map.Entry<String, List<String>> section : WordLists.sections(CountryGazetteer.class, "ambiguous.txt").entrySet()) {
      for (String line : section.getValue()) {
        for (String v : line.substring(line.indexOf(':') + 1).split(";")) {
          int eq = v.indexOf('=');
          names.add((eq < 0 ? v : v.substring(0, eq)).trim());
        }
      }
    }
    for (String code : Country.knownCodes()) {
      names.add(Country.of(code).name());
    }
    int plain = 0;
    for (String name : names) {
      if (!name.isEmpty() && same(name)) {
        plain++;
      }
    }
    assertTrue(plain * 2 > names.size(), "most names take the plain path: " + plain + " of " + names.size());
  }

  @Test
  void generatedNamesReadAsTheTokenizerReadsThem() {
    Prop.check("plainEntry == tokenizedEntry where plain", NAMES, 5000, PlainEntryTest::same);
  }

  /** Whether {@code name} took the plain path, after checking that it gave the tokenizer's entry. */
  private static boolean same(String name) {
    @Nullable Entry plain = CountryGazetteer.plainEntry(name, VEN, CountryForm.NAME);
    if (plain == null) {
      return false;
    }
    Entry slow = CountryGazetteer.tokenizedEntry(TOKENIZER, name, VEN, CountryForm.NAME);
    assertEquals(slow.surface, plain.surface, name);
    assertArrayEquals(slow.keys, plain.keys, name);
    assertArrayEquals(slow.caseNeed, plain.caseNeed, name);
    return true;
  }
}
