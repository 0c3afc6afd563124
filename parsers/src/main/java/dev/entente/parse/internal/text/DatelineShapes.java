package dev.entente.parse.internal.text;

/**
 * The shapes of a line that opens with a dateline, for {@link Unwrapper}: a place in capitals and a
 * comma, bracket, colon or dash ("LIMA, ", "LIMA (AGENCY)"); a place and a date ("Lima, May 20",
 * "Praia, Cape Verde, May 20"); a place and an agency in brackets ("Lima (AGENCY) -"); a place and a
 * spaced dash ("Lima - The ..."). Read from the text's chars alone, before there are tokens.
 */
final class DatelineShapes {
  private DatelineShapes() {}

  // whether the line opens with a dateline: a place in capitals, then a comma, a bracket, a colon or a
  // dash; or a place and a date
  static boolean startsWithDateline(String text, int from, int to) {
    return capsDateline(text, from, to) || datedPlace(text, from, to) || creditedPlace(text, from, to)
        || dashedPlace(text, from, to);
  }

  // "Port Louis (AGENCY) -", "Lima (Example Agency): ": up to three capitalised words, an agency in brackets, a dash or colon
  private static boolean creditedPlace(String text, int from, int to) {
    int open = text.indexOf(" (", from);
    if (open < 0 || open - from > 40 || open >= to || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    int words = 1;
    for (int i = from; i < open; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (++words > 3 || !Character.isUpperCase(text.charAt(i + 1))) {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
        return false;
      }
    }
    int close = text.indexOf(')', open);
    if (close < 0 || close + 2 >= to || close - open > 50 || !Character.isUpperCase(text.charAt(open + 2))) {
      return false;
    }
    char after = text.charAt(close + 1) == ' ' ? text.charAt(close + 2) : text.charAt(close + 1);
    return after == '-' || after == '\u2013' || after == '\u2014' || after == ':';
  }

  // "Port Louis - The ...", "Lima -- ": up to three capitalised words, a spaced dash, a capital
  private static boolean dashedPlace(String text, int from, int to) {
    int i = from;
    for (int words = 0; words < 3 && i < to && Character.isUpperCase(text.charAt(i)); words++) {
      i++;
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '.')) {
        i++;
      }
      if (i + 1 >= to || text.charAt(i) != ' ') {
        return false;
      }
      i++;
      char c = text.charAt(i);
      if (c == '-' || c == '\u2013' || c == '\u2014') {
        int d = i;
        while (d < to && (text.charAt(d) == '-' || text.charAt(d) == '\u2013' || text.charAt(d) == '\u2014')) {
          d++;
        }
        return d - i <= 2 && d + 1 < to && text.charAt(d) == ' ' && Character.isUpperCase(text.charAt(d + 1));
      }
    }
    return false;
  }

  // "Berlin, May 20", "Tunis, Dec. 15", "Belgrade, 29 August": up to three capitalised words, a comma, a date
  private static boolean datedPlace(String text, int from, int to) {
    return datedPlace(text, from, to, true);
  }

  // also "Praia, Cape Verde, May 20": a place, its state and a date
  private static boolean datedPlace(String text, int from, int to, boolean stateMayFollow) {
    int i = from;
    for (int words = 0; words < 3 && i < to && Character.isUpperCase(text.charAt(i)); words++) {
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
        i++;
      }
      if (i + 2 < to && text.charAt(i) == ',' && text.charAt(i + 1) == ' ') {
        char c = text.charAt(i + 2);
        if (Character.isDigit(c)) {
          return true;
        }
        int m = i + 2;
        while (m < to && Character.isLetter(text.charAt(m))) {
          m++;
        }
        if (Character.isUpperCase(c) && m - (i + 2) >= 3 && m - (i + 2) <= 9) {
          if (m < to && text.charAt(m) == '.') {
            m++;
          }
          if (m + 1 < to && text.charAt(m) == ' ' && Character.isDigit(text.charAt(m + 1))) {
            return true;
          }
        }
        return stateMayFollow && Character.isUpperCase(c) && datedPlace(text, i + 2, to, false);
      }
      if (i < to && text.charAt(i) == ' ') {
        i++;
      }
    }
    return false;
  }

  private static boolean capsDateline(String text, int from, int to) {
    int i = from;
    int letters = 0;
    while (i < to && i - from < 40) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (Character.isLowerCase(c)) {
        return false;
      } else if (c != ' ' && c != '.' && c != '\'' && c != '-') {
        break;
      }
      i++;
    }
    if (letters < 3 || i >= to) {
      return false;
    }
    char c = text.charAt(i);
    return c == ',' || c == '(' || c == ':' || c == '\u2013' || c == '\u2014' || c == '/'
        || text.charAt(i - 1) == ' ' && c == '-';
  }
}
