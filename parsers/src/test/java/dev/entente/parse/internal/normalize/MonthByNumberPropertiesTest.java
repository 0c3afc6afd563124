package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.text.WordIds;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A month read by a key's word number is the month the key names in the month table, and 0 for any other key. */
class MonthByNumberPropertiesTest {

  @Test
  void theMonthByNumberIsTheMonthByKey() {
    Lexicon lex = Lexicon.get();
    List<String> months = new ArrayList<>(lex.months.keySet());
    // the table's keys, the same keys cut or lengthened by a letter, and made-up words
    Gen<String> keys = Gens.oneOf(Gens.elements(months),
        Gens.pair(Gens.elements(months), Gens.strings("aeiouyst", 1, 2)).map(p -> p.first() + p.second()),
        Gens.elements(months).map(k -> k.substring(0, k.length() - 1)), Gens.strings("abjmnorstuy", 1, 9));
    Prop.check("month by number", keys, key ->
        assertEquals(lex.months.getOrDefault(key, 0).intValue(), lex.monthOf(WordIds.of(key)), key));
  }
}
