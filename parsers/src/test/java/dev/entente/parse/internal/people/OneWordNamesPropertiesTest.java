package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.gazetteer.CountryTagger;
import dev.entente.parse.internal.normalize.DateStage;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.parse.internal.people.Reading.Name;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Reading#oneWordAtMost} against {@link NameReader#readName} itself: wherever the quick
 * test says a name from a token has one word at most, reading it gives no name of more. The texts
 * are random runs of people's names, states, offices, honorifics, particles, hyphenated and elided
 * name words, stop words, suffixes, brackets and punctuation, in upper and lower case.
 */
class OneWordNamesPropertiesTest {

  private static final PeopleStage STAGE = new PeopleStage();
  private static final TextReaderStage READER = new TextReaderStage();
  private static final CountryTagger COUNTRIES = new CountryTagger(CountryGazetteer.standard());
  private static final DateStage DATES = new DateStage();

  /** Words that open, continue or end a name, or none, beside the random people and states. */
  private static final List<String> PIECES = List.of("Sheikh", "Dr.", "Mr", "His", "Excellency", "Her", "bin", "al",
      "van", "der", "de", "al-Assad", "el-Sisi", "d'Estaing", "Jr", "Jr.", "III", "[", "]", ",", ".", "said", "met",
      "the", "The", "He", "he", "In", "Said", "To", "a", "A", "Lt-Col", "former", "then-President", "Monday", "May",
      "counterpart", "visiting", "S.", "G.L.", "NATO", "TANAKA", "'s", "and", "of", "Minister", "minister", "leaders");

  private static String word(SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> World.pick(r, World.FIRST);
      case 1 -> World.pick(r, World.LAST) + (r.nextInt(5) == 0 ? "'s" : "");
      case 2 -> r.nextBoolean() ? World.pick(r, World.STATES).adjective() : World.pick(r, World.STATES).name();
      case 3 -> World.pick(r, World.OFFICES).title();
      default -> {
        String w = World.pick(r, PIECES);
        yield r.nextInt(4) == 0 ? w.toLowerCase(Locale.ROOT) : w;
      }
    };
  }

  private static String text(SplittableRandom r) {
    StringBuilder out = new StringBuilder();
    int n = 4 + r.nextInt(30);
    for (int k = 0; k < n; k++) {
      out.append(k == 0 ? "" : r.nextInt(12) == 0 ? "\n" : " ").append(word(r));
    }
    return out.append('.').toString();
  }

  @Test
  void aNameSaidToHaveOneWordAtMostReadsNoMore() {
    Prop.check("one word at most", World.gen(OneWordNamesPropertiesTest::text), text -> {
      Document doc = new Document("t", text, LocalDate.of(2021, 6, 16));
      READER.apply(doc);
      COUNTRIES.apply(doc);
      DATES.apply(doc);
      Coreference reading = new Coreference(STAGE, doc);
      for (Sentence s : doc.sentences) {
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
          if (reading.tokens.get(k).isCapitalized() && reading.oneWordAtMost(k)) {
            Name name = reading.readName(k, s.endToken());
            int at = k;
            assertTrue(name == null || name.words().size() <= 1,
                () -> "\"" + text + "\" at " + reading.tokens.get(at).text() + ": " + name);
          }
        }
      }
    });
  }

  @Test
  void aCapitalisedWordBeforeOneInLowerCaseIsOftenAnsweredQuickly() {
    Document doc = new Document("t", "The talks in Moscow ended. Later Haddad met them. In May the visit was put off.", null);
    READER.apply(doc);
    COUNTRIES.apply(doc);
    DATES.apply(doc);
    Coreference reading = new Coreference(STAGE, doc);
    int quick = 0;
    for (int k = 0; k + 1 < reading.tokens.size(); k++) {
      quick += reading.tokens.get(k).isCapitalized() && reading.oneWordAtMost(k) ? 1 : 0;
    }
    assertTrue(quick >= 4, quick + " capitalised words answered by the quick test");
  }
}
