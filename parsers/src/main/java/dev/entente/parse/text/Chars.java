package dev.entente.parse.text;

/** Character classes and look-alike folding used while tokenizing. */
public final class Chars {
  private Chars() {}

  /** Folds typographic look-alikes to their plain ASCII form; other characters are returned as they are. */
  public static char plain(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u00B4': case '\u2032': case '\u02BC': case '`':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u2033':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
        return ' ';
      default:
        return c;
    }
  }

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF' || c == '\u200B';
  }
}
