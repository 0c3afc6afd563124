package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Digits with thousands separators and decimal marks read as the plain definition of the groups says. */
class NumberDigitsTest {

  // The groups by splitting: 1-3 digits, then groups of 3 (or 2 before the last), no other separator.
  private static boolean groupsBySplit(String s, char sep, int intEnd) {
    String whole = s.substring(0, intEnd);
    String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int g = 1; g < groups.length; g++) {
      int len = groups[g].length();
      if (!(len == 3 || g < groups.length - 1 && len == 2)) {
        return false;
      }
    }
    return whole.indexOf(sep == ',' ? '.' : ',') < 0;
  }

  private static @Nullable BigDecimal bySplit(String s) {
    if (s.isEmpty() || s.length() > 40 || !s.matches("[0-9.,]+")) {
      return null;
    }
    long commas = s.chars().filter(c -> c == ',').count();
    long dots = s.chars().filter(c -> c == '.').count();
    String plain;
    if (commas == 0 && dots <= 1) {
      plain = s;
    } else if (dots == 0 && commas == 1 && s.length() - s.indexOf(',') - 1 != 3) {
      plain = s.replace(',', '.');
    } else if (dots <= 1 && groupsBySplit(s, ',', dots == 1 ? s.indexOf('.') : s.length())) {
      plain = s.replace(",", "");
    } else if (commas <= 1 && groupsBySplit(s, '.', commas == 1 ? s.indexOf(',') : s.length())) {
      plain = s.replace(".", "").replace(',', '.');
    } else {
      return null;
    }
    return plain.startsWith(".") || plain.endsWith(".") ? null : new BigDecimal(plain);
  }

  @Test
  void digitsReadAsTheGroupsSay() {
    Prop.check("digits", Gens.strings("0123456789,,,..", 1, 14), s -> assertEquals(bySplit(s), NumberReader.digits(s)));
  }

  @Test
  void examples() {
    assertEquals(new BigDecimal("1234567.5"), NumberReader.digits("1.234.567,5"));
    assertEquals(new BigDecimal("500000"), NumberReader.digits("5,00,000"));
    assertEquals(new BigDecimal("257200"), NumberReader.digits("257,200"));
    assertEquals(new BigDecimal("1.00"), NumberReader.digits("1,00"));
    assertNull(NumberReader.digits("1,0000,000"));
    assertNull(NumberReader.digits("12,34,5"));
  }
}
