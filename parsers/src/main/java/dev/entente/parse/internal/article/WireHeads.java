package dev.entente.parse.internal.article;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The lines a wire or a site puts above a report's headline, for {@link ArticleMetadataReader}: a
 * wire's message header ("[AGENCY]-[number]", "[TOPIC] 1ST LEAD", "[AGENCY] [number] [date]"), its
 * tag in brackets before the headline ("(LEAD) Headline"), and the outlet's name over the site's menu.
 */
final class WireHeads {

  private final HeadWords lists;
  private final Outlets outlets;
  private final Set<String> slugWords;

  private final Set<String> serviceWords;

  WireHeads(HeadWords lists, Outlets outlets, Set<String> slugWords, Set<String> serviceWords) {
    this.lists = lists;
    this.outlets = outlets;
    this.slugWords = Set.copyOf(slugWords);
    this.serviceWords = Set.copyOf(serviceWords);
  }

  /** Words that open a wire's note to editors before its colon ("Eds:", "Editors' note:", "Note to editors:"). */
  private static final Set<String> NOTE_WORDS = Set.of("eds", "ed", "editors", "editor", "editor's", "editors'");

  /**
   * The first token of a note to editors that the sentence splitter ran on into the headline above it
   * ("[Headline]" / "Eds: UPDATES with [detail]"): a physical line opening with note words and a
   * colon among its first four tokens. {@code line.endToken()} when there is none.
   */
  static int editorsNoteStart(String text, List<Token> tokens, Line line) {
    for (int i = line.firstToken() + 1; i < line.endToken(); i++) {
      if (text.lastIndexOf('\n', tokens.get(i).start()) >= tokens.get(i - 1).end() // also a break the unwrapper read as a space
          && opensNote(tokens, i, line.endToken())) {
        return i;
      }
    }
    return line.endToken();
  }

  /** Whether the line is a note to editors on its own ("EDS: Adds quotes"), no headline, dateline or byline. */
  static boolean isEditorsNote(List<Token> tokens, Line line) {
    return opensNote(tokens, line.firstToken(), line.endToken());
  }

  private static boolean opensNote(List<Token> tokens, int i, int end) {
    boolean noteTo = tokens.get(i).is("note") && i + 1 < end && tokens.get(i + 1).is("to"); // "Note to editors:"
    if (!tokens.get(i).isWord() || !NOTE_WORDS.contains(tokens.get(i).key()) && !noteTo) {
      return false;
    }
    for (int k = i + 1; k < end && k - i <= 3; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(":")) {
        return true;
      }
      if (!t.isWord() && !t.text().equals("'")) {
        return false;
      }
    }
    return false;
  }

  /**
   * An agency's or broadcaster's service line above the headline: "ENGLISH SERVICE", "English World
   * Service 26-OCT-1998 19:47 GMT", "FOREIGN NEWS SERVICE, 12 March 1999" (words of {@code
   * boilerplate.txt} [service] before "service", then only the date and time).
   */
  boolean isServiceLine(List<Token> tokens, Line line) {
    return line.tokenCount() <= 16 && isService(tokens, line.firstToken(), line.endToken(), false);
  }

  /**
   * The agency's name and its service on one line, a spaced dash between: "[AGENCY] -- ENGLISH
   * SERVICE", "[AGENCY] - Service in English", "[AGENCY] -- SERVICE EN ANGLAIS"; a name of one to four
   * capitalized words, in capitals or a known agency's, becomes the source when none is known. Such a
   * line is no "CITY -" dateline.
   */
  boolean readAgencyServiceLine(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    int dash = from;
    while (dash < end && dash - from < 4 && tokens.get(dash).isWord() && tokens.get(dash).isCapitalized()) {
      dash++;
    }
    int rest = dash;
    while (rest < end && rest - dash < 2 && Spans.isDash(tokens.get(rest))) {
      rest++; // "-", "--" (two tokens)
    }
    if (dash == from || rest == dash || rest >= end || line.tokenCount() > 16
        || tokens.get(dash).start() == tokens.get(dash - 1).end() || !isService(tokens, rest, end, true)) {
      return false;
    }
    String name = Spans.joined(tokens, from, dash);
    boolean known = lists.agencies().name(name) != null;
    if (!known && !Spans.allCaps(tokens, from, dash)) {
      return false;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(name);
    }
    return true;
  }

  /**
   * Whether tokens {@code [from, end)} are a service's name: service words, "service" (the words may be
   * left out when {@code bare}), then only its language ("in English", "en anglais"), words in capitals,
   * the date and time.
   */
  private boolean isService(List<Token> tokens, int from, int end, boolean bare) {
    int k = from;
    while (k < end && k - from < 4 && tokens.get(k).isWord() && serviceWords.contains(tokens.get(k).key())) {
      k++;
    }
    if (k == from && !bare || k >= end || !(tokens.get(k).is("service") || tokens.get(k).is("services"))) {
      return false;
    }
    for (int i = k + 1; i < end; i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.hasDigit() && lists.dates().month(t) == 0 && !lists.dates().isWeekday(t) && !t.isAllCaps()
          && !(bare && (serviceWords.contains(t.key()) || t.is("in") || t.is("en")))) {
        return false; // a headline's words after "service"
      }
    }
    return true;
  }

  /**
   * A wire service's message header: "[TOPIC] 1ST LEAD", "[TOPIC] 2ND ADD" (a header word of
   * {@code boilerplate.txt} [wire-slug] after a number or ordinal), "[AGENCY]-[number]" alone.
   */
  boolean isWireSlug(List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    Token last = tokens.get(end - 1);
    if (end - from >= 2 && slugWords.contains(last.key()) && tokens.get(end - 2).hasDigit()) {
      return true;
    }
    if (end - from == 1) {
      return last.isWord() && last.hasHyphen() && last.hasDigit();
    }
    return end - from == 3 && tokens.get(from).isWord() && Spans.isDash(tokens.get(from + 1)) && last.isNumber();
  }

  /** How many desk codes in capitals may end a wire's header ("POL/BUI", "EXTERIOR"). */
  private static final int MAX_DESK_WORDS = 2;

  // "AAP 1134 11/12/89", "[AGENCY] 15-JAN-92 16:40 GMT", "[AGENCY] 30/06/2010 14:12 POL/BUI": a known agency, then only the
  // message's number, date and time, perhaps the desk's codes in capitals after them
  boolean readWireHeader(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    String name = null;
    int a = from;
    while (line.tokenCount() <= 12 && a < line.endToken() && a - from < 4 && tokens.get(a).isWord() && !tokens.get(a).isNumber()
        && !tokens.get(a).hasDigit()) {
      a++;
      String n = lists.agencies().name(Spans.joined(tokens, from, a));
      name = n != null ? n : name;
    }
    if (name == null || a >= line.endToken() || !(tokens.get(a).isNumber() || isCodedDate(tokens.get(a)))
        || !name.equals(lists.agencies().name(Spans.joined(tokens, from, a)))) {
      return false;
    }
    int desk = 0;
    for (int i = a + 1; i < line.endToken(); i++) {
      Token t = tokens.get(i);
      boolean stamp = t.isNumber() || t.text().equals("/") || Spans.isDash(t) || t.text().equals(":")
          || isCodedDate(t) || lists.dates().month(t) > 0 || t.is("gmt");
      if (stamp && desk > 0 && !t.text().equals("/")) {
        return false; // the desk's codes end the header
      }
      if (!stamp && !(t.isWord() && t.isAllCaps() && !t.hasDigit() && ++desk <= MAX_DESK_WORDS)) {
        return false;
      }
    }
    doc.source = lists.agencies().nameOrAsWritten(Spans.joined(tokens, from, a));
    return true;
  }

  // a date or time written as one word with hyphens: "15-JAN-92"
  private static boolean isCodedDate(Token t) {
    return t.isWord() && t.hasHyphen() && t.hasDigit();
  }

  // "(LEAD) Headline", "(2ND LD) Headline", "(URGENT) Headline": a wire's tag in brackets before the headline
  /**
   * A note in brackets on a line of its own, perhaps after a bar: "(English summary for the foreign press)",
   * "|[Translated from the French]", "|Summary in English": the edition's or editor's note under a masthead, not a headline or a report's
   * first line. It has a word in lower case (not a credit in capitals, "(AP)") and no sentence's end inside.
   */
  static boolean isBracketedNote(List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    while (from < end && tokens.get(from).text().equals("|")) {
      from++;
    }
    if (end - from < 2 || end - from > 16) {
      return false;
    }
    String open = tokens.get(from).text();
    String close = tokens.get(end - 1).text();
    if (open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]")) {
      from++; // inside the brackets
      end--;
    } else if (from == line.firstToken() || !tokens.get(from).isWord()) {
      return false; // not in brackets, and no bar before it
    }
    boolean lower = false;
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      if (t.text().equals(".") || t.text().equals("(") || t.text().equals(")") || t.text().equals("[") || t.text().equals("]")) {
        return false;
      }
      lower |= t.isWord() && t.isLowerCase();
    }
    return lower;
  }

  static boolean isBracketTag(List<Token> tokens, Line line) {
    int from = line.firstToken();
    if (!tokens.get(from).text().equals("(")) {
      return false;
    }
    int close = from + 1;
    while (close < line.endToken() && close - from <= 4 && tokens.get(close).isAllCaps()) {
      close++;
    }
    return close > from + 1 && close + 1 < line.endToken() && tokens.get(close).text().equals(")");
  }

  // "Outlet" or "Outlet - tagline" over the site's menu: the outlet's name (capitalised words) is the source
  void readMastheadOverMenu(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int sep = from;
    while (sep < line.endToken() && !Spans.isDash(tokens.get(sep))) {
      sep++;
    }
    // one word alone ("Subscribe", "Advertisement") names an outlet only when it is an outlet word or a known agency
    if (sep > from && outlets.isNameLine(tokens, from, sep, sep - from >= 2) && !outlets.mostlyNavigation(tokens, from, sep)) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, sep, Spans.joined(tokens, from, sep)));
    }
  }
}
