package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date words read by a key's word number (months, weekdays, the words the scanner reads after
 * "the", the words of tense and clause ends, and the tables a date may start with) are the words of
 * the tables read by key, and nothing for any other key.
 */
class DateWordsByNumberPropertiesTest {

  private final Lexicon lex = Lexicon.get();

  /** The table's keys, the same keys cut or lengthened by a letter or two, and made-up words. */
  private static Gen<String> keysNear(Collection<String> table) {
    List<String> keys = new ArrayList<>(table);
    return Gens.oneOf(Gens.elements(keys),
        Gens.pair(Gens.elements(keys), Gens.strings("aeiouyst's", 1, 2)).map(p -> p.first() + p.second()),
        Gens.elements(keys).filter(k -> k.length() > 1).map(k -> k.substring(0, k.length() - 1)),
        Gens.strings("abdfhjmnorstuy", 1, 9));
  }

  @Test
  void theMonthByNumberIsTheMonthByKey() {
    Prop.check("month by number", keysNear(lex.months.keySet()), key ->
        assertEquals(lex.months.getOrDefault(key, 0).intValue(), lex.monthOf(WordIds.of(key)), key));
  }

  @Test
  void aWeekdayByNumberIsAWeekdayByKey() {
    Prop.check("weekday by number", keysNear(lex.weekdays.keySet()), key ->
        assertEquals(lex.weekdays.containsKey(key), lex.weekday(WordIds.of(key)), key));
  }

  @Test
  void aWordAfterTheByNumberIsOneByKey() {
    Prop.check("after 'the' by number", keysNear(lex.afterThe), key ->
        assertEquals(lex.afterThe.contains(key), lex.afterThe(WordIds.of(key)), key));
  }

  @Test
  void aWordsTenseByNumberIsItsTenseByKey() {
    List<String> all = new ArrayList<>(lex.futureWords);
    all.addAll(lex.pastWords);
    all.addAll(lex.clauseEnds);
    Prop.check("tense by number", keysNear(all), key -> {
      int bits = lex.tense(WordIds.of(key));
      assertEquals(lex.futureWords.contains(key), (bits & Lexicon.FUTURE_WORD) != 0, key);
      assertEquals(lex.pastWords.contains(key), (bits & Lexicon.PAST_WORD) != 0, key);
      assertEquals(lex.clauseEnds.contains(key), (bits & Lexicon.CLAUSE_END) != 0, key);
    });
  }

  @Test
  void theTablesADateStartsWithByNumberAreThoseByKey() {
    List<String> all = new ArrayList<>(lex.dayWords.keySet());
    all.addAll(lex.shifts.keySet());
    all.addAll(lex.phases.keySet());
    all.addAll(lex.ordinals.keySet());
    all.addAll(lex.parts.keySet());
    all.addAll(lex.seasons.keySet());
    all.addAll(lex.numberWords.keySet());
    Prop.check("date tables by number", keysNear(all), key -> {
      int bits = lex.dateWord(WordIds.of(key));
      assertEquals(lex.dayWords.containsKey(key), (bits & Lexicon.DAY_WORD) != 0, key);
      assertEquals(lex.shifts.containsKey(key), (bits & Lexicon.SHIFT) != 0, key);
      assertEquals(lex.phases.containsKey(key), (bits & Lexicon.PHASE) != 0, key);
      assertEquals(lex.ordinals.containsKey(key), (bits & Lexicon.ORDINAL) != 0, key);
      assertEquals(lex.parts.containsKey(key), (bits & Lexicon.PART) != 0, key);
      assertEquals(lex.seasons.containsKey(key), (bits & Lexicon.SEASON) != 0, key);
      assertEquals(lex.numberWords.containsKey(key), (bits & Lexicon.NUMBER_WORD) != 0, key);
    });
  }
}
