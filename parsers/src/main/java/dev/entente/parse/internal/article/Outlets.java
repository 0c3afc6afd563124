package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.allCaps;
import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.util.List;
import java.util.Set;

/**
 * The outlet or office an article comes from, for {@link ArticleMetadataReader}: a masthead above
 * the headline, the outlet of a title bar, a credit line pairing outlet and date, a copyright line
 * and a "Source: X" line; and whether a run of words names an outlet or office at all.
 */
final class Outlets {

  private final HeadWords lists;
  private final Set<String> officeWords;
  private final Set<String> navigation;
  private final Phrases bylineLead;
  private final Phrases sourceLead;

  Outlets(Tokenizer tokenizer, HeadWords lists, Set<String> officeWords, Set<String> navigation, Phrases bylineLead) {
    this.lists = lists;
    this.officeWords = officeWords;
    this.navigation = navigation;
    this.bylineLead = bylineLead;
    sourceLead = new Phrases(List.of("source", "sources", "with inputs from", "with input from", "inputs from"),
        tokenizer);
  }

  /**
   * A line above the headline that names the outlet or office: "THE NAIROBI LEDGER", "Ministry of
   * Foreign Affairs of Japan", "APP", "GulfEuro Wire | Home | World", "Steppe Daily > Markets",
   * "CWS - Caucasus Wire Service". The first sets the source; later ones ("Press Release",
   * "Government of India") are furniture too.
   */
  boolean readMasthead(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.endsWithPeriod(tokens) || line.tokenCount() > 40 || bylineLead.matchAt(doc.wordIds(), from, end) >= 0) {
      return false;
    }
    int sep = from;
    while (sep < end && !isSeparator(tokens, sep)) {
      sep++;
    }
    if (sep == from) {
      return false;
    }
    String written = joined(tokens, from, sep);
    boolean known = lists.agencies().name(written) != null;
    // "Menu Home World | Sign in", "Home > Politics": a menu line among the mastheads, naming no outlet
    boolean menu = !known && mostlyNavigation(tokens, from, sep);
    if (sep < end) {
      // "Outlet | Section | Section", "Outlet > Section": the sections are short labels
      if (!known && !isNameLine(tokens, from, sep, true)) {
        return false;
      }
      if (!known && allCaps(tokens, from, end) && !hasOutletWord(tokens, from, sep)
          && !mostlyNavigation(tokens, sep + 1, end)) {
        return false; // "ENERGY | NORTH AFRICA" is a section label, not an outlet
      }
      int segments = 1;
      for (int i = sep + 1, s = sep + 1; i <= end; i++) {
        if (i == end || isSeparator(tokens, i)) {
          if (i - s > 5 || i == s || !tokens.get(s).isCapitalized() && !tokens.get(s).isNumber()) {
            return false;
          }
          segments++;
          s = i + 1;
        }
      }
      if (segments < 2) {
        return false;
      }
      String second = joined(tokens, sep + 1, end);
      if (!known && lists.agencies().name(second) != null && !tokens.get(sep).text().equals(">")) {
        written = second; // "CWS - Caucasus Wire Service"
      }
    } else if (!known && !isNameLine(tokens, from, end, false)) {
      return false;
    }
    if (!menu && (doc.source == null || isGovernment(doc.source) && isOffice(tokens, from, sep))) {
      // a state's government over the office that issues the page: the office is the source
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, from + tokenLength(tokens, from, written),
          written));
    }
    return true;
  }

  // "Government of the Republic of X": a state's government, which names no issuing office
  static boolean isGovernment(String source) {
    return source.startsWith("Government of ");
  }

  // whether tokens [from, to) name an office ("Ministry of Foreign Affairs"), not a government or a label
  private boolean isOffice(List<Token> tokens, int from, int to) {
    if (tokens.get(from).is("government")) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord() && officeWords.contains(tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outlet a page's title line names after the headline: "Headline | Example Herald", "Headline -
   * Reuters", "Headline -- Example Daily". The outlet (a known agency, or a name with an outlet
   * word) is the source when none is known, and the title is the headline alone.
   */
  boolean readTitleOutlet(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    int sep = end - 1;
    while (sep > from && end - sep <= 9 && !(isSeparator(tokens, sep) || isDash(tokens.get(sep)))) {
      sep--;
    }
    if (sep <= from + 2 || end - sep > 9 || sep + 1 >= end || tokens.get(sep).text().equals(">")
        || tokens.get(sep).start() == tokens.get(sep - 1).end()) {
      return false;
    }
    String written = joined(tokens, sep + 1, end);
    if (lists.agencies().name(written) == null && !isNameLine(tokens, sep + 1, end, false)) {
      return false;
    }
    doc.title = joined(tokens, from, sep);
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, sep + 1, end, written));
    }
    return true;
  }

  /**
   * The outlet a page's title bar names before the headline: "Example Herald | Headline", "Reuters -
   * Headline". The outlet is a known agency or a name with an outlet word and a word of its own (not
   * a label such as "Press Release"); the headline after it has at least three words.
   */
  void readOutletTitle(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    int sep = from + 1;
    while (sep < end && sep - from <= 8 && !(tokens.get(sep).text().equals("|")
        || isDash(tokens.get(sep)) && tokens.get(sep).start() > tokens.get(sep - 1).end())) {
      sep++;
    }
    if (sep >= end || sep - from > 8 || end - sep < 4) {
      return;
    }
    String written = joined(tokens, from, sep);
    if (lists.agencies().name(written) == null && !(isNameLine(tokens, from, sep, false) && !onlyOutletWords(tokens, from, sep))) {
      return;
    }
    doc.title = joined(tokens, sep + 1, end);
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, from, sep, written));
    }
  }

  // whether every word of tokens [from, to) is an outlet word ("Press Release", "Daily News")
  private boolean onlyOutletWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord() && !lists.outletWords().contains(tokens.get(i).key())) {
        return false;
      }
    }
    return true;
  }

  // whether a word of tokens [from, to) names an outlet ("Herald", "Radio") or is a known agency
  private boolean hasOutletWord(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord() && (lists.outletWords().contains(tokens.get(i).key()) || lists.agencies().isKnownKey(tokens.get(i).key()))) {
        return true;
      }
    }
    return false;
  }

  // whether more than half the words of tokens [from, to) are menu words ("Home", "World", "Opinion")
  boolean mostlyNavigation(List<Token> tokens, int from, int to) {
    int words = 0;
    int nav = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        words++;
        nav += navigation.contains(t.key()) ? 1 : 0;
      }
    }
    return 2 * nav > words;
  }

  /**
   * A credit line under the headline that pairs the outlet with the date, either way round:
   * "Example Television News | July 12, 2019", "Daily Brief / MTI | 18 December 2023, 19:05". Each
   * part of the name ("/" between) that is a known agency or an outlet's name may be the source.
   */
  boolean readCreditLine(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 20) {
      return false;
    }
    int bar = from;
    while (bar < end && !tokens.get(bar).text().equals("|") && !tokens.get(bar).text().equals("\u00B7")) {
      bar++;
    }
    if (bar == from || bar >= end - 1) {
      return false;
    }
    int nameFrom = from;
    int nameTo = bar;
    DateWords.Read date = lists.dates().readAt(tokens, bar + 1, end);
    if (date == null) {
      date = lists.dates().readAt(tokens, from, bar);
      nameFrom = bar + 1;
      nameTo = end;
      if (date == null || skip(tokens, date.end(), bar, ",") != bar) {
        return false;
      }
    }
    for (int s = nameFrom, i = nameFrom; i <= nameTo; i++) {
      if (i == nameTo || tokens.get(i).text().equals("/")) {
        if (i > s && (lists.agencies().name(joined(tokens, s, i)) != null || isNameLine(tokens, s, i, false))) {
          doc.source = lists.agencies().nameOrAsWritten(lists.titleCaseIfCaps(tokens, s, i, joined(tokens, s, i)));
          return true;
        }
        s = i + 1;
      }
    }
    return false;
  }

  // "|", ">", "/", and a dash with a space before it ("CWS - Caucasus Wire Service", not "U.A.R.-SOVIET")
  /**
   * An outlet's masthead written as its initials, a dash and the words they stand for ("RTS -
   * Radiodiffusion Television Senegalaise", "DV - Dagbladid Visir"), alone on its line or before a
   * column gap: the initials are the source, and the line is neither the dateline nor the headline.
   */
  boolean readInitialsMasthead(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (end - from < 4 || !tokens.get(from).isWord() || !tokens.get(from).isAllCaps() || !isAnyDash(tokens.get(from + 1))) {
      return false;
    }
    String initials = tokens.get(from).text();
    if (initials.length() < 2 || initials.length() > 8 || lists.agencies().name(initials) != null) {
      return false; // a known agency's masthead is read with its own name
    }
    int k = from + 1;
    while (k < end && isAnyDash(tokens.get(k))) {
      k++; // "--" may come as two dashes
    }
    for (int i = 0; i < initials.length(); i++) {
      while (k < end && i > 0 && tokens.get(k).isWord() && (tokens.get(k).isLowerCase() || LINK_WORDS.contains(tokens.get(k).key()))
          && (Character.toUpperCase(tokens.get(k).text().charAt(0)) != initials.charAt(i)
              || k + 1 < end && tokens.get(k + 1).isWord() && !LINK_WORDS.contains(tokens.get(k + 1).key())
                  && Character.toUpperCase(tokens.get(k + 1).text().charAt(0)) == initials.charAt(i))) {
        k++; // "of", "de": words an outlet's initials may skip ("Voice of America" is VOA, "Agence de Presse" AP)
      }
      if (k >= end || !tokens.get(k).isWord() || !tokens.get(k).isCapitalized() && !LINK_WORDS.contains(tokens.get(k).key())
          || Character.toUpperCase(tokens.get(k).text().charAt(0)) != initials.charAt(i)) {
        return false;
      }
      k++;
    }
    if (k < end && tokens.get(k).start() - tokens.get(k - 1).end() < 3) {
      return false; // the words run on: not the outlet's name alone
    }
    doc.source = initials;
    return true;
  }

  private static final Set<String> LINK_WORDS = Set.of("of", "de", "du", "des", "del", "la", "le", "el", "the", "and", "for", "di",
      "do", "da", "und", "y", "et", "e");

  private static boolean isAnyDash(Token t) {
    return isDash(t) || t.isPunct() && (t.text().equals("\u2013") || t.text().equals("\u2014"));
  }

  private static boolean isSeparator(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String s = t.text();
    return t.isPunct() && (s.equals("|") || s.equals(">") || s.equals("/")
        || s.equals("-") && i > 0 && t.start() > tokens.get(i - 1).end());
  }

  // how many tokens from `from` make up `written` (written is joined from tokens starting there)
  private static int tokenLength(List<Token> tokens, int from, String written) {
    int i = from;
    int len = 0;
    while (i < tokens.size() && len < written.length()) {
      len += tokens.get(i).text().length();
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        len++;
      }
      i++;
    }
    return i - from;
  }

  /**
   * Whether tokens [from, to) are a name of an outlet or office: one to eight capitalised words
   * (with "of", "the", "and", "&" inside), and, unless {@code anyName}, a word that names an outlet.
   * A brand written with a capital inside a word ("xxYyy", "Xxx Yyyzzz" with an inner capital) names an
   * outlet, and may open with a lower-case word.
   */
  boolean isNameLine(List<Token> tokens, int from, int to, boolean anyName) {
    if (to > from && (tokens.get(from).is("a") || tokens.get(from).is("an"))) {
      return false; // "A Government Agency Website": a banner about the site, not its name
    }
    int words = 0;
    boolean outlet = anyName;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        if (!t.text().equals("&") && !t.text().equals("'") && !t.text().equals(".")) {
          return false;
        }
        continue;
      }
      words++;
      boolean brand = isBrandShaped(t);
      outlet |= brand;
      if (t.isLowerCase() && !brand && !(i > from && (t.is("of") || t.is("the") || t.is("and") || t.is("for")
          || lists.outletWords().contains(t.key())))
          && !(i == from && i + 1 < to && isBrandShaped(tokens.get(i + 1)))) {
        return false;
      }
      if (lists.dates().month(t) > 0 || lists.dates().isWeekday(t) || isCopula(t)) {
        return false; // "THE EXAMPLE IS INDEPENDENT": a headline's verb, in capitals, names no outlet
      }
      String key = t.key().endsWith("'s") ? t.key().substring(0, t.key().length() - 2) : t.key();
      outlet |= lists.outletWords().contains(key) || lists.agencies().isKnownKey(key) || t.isWord() && t.isAllCaps() && words == 1
          && i + 1 == to && t.text().length() <= 6;
    }
    return words >= 1 && words <= 9 && outlet;
  }

  // "is", "are", "was", "were": a sentence's verb, never a word of an outlet's name
  private static boolean isCopula(Token t) {
    return t.is("is") || t.is("are") || t.is("was") || t.is("were");
  }

  /**
   * A word with a capital right after a lower-case letter inside it, as brands are written
   * ("xxYyy", "XxxYyy"); not a name's "Mc"/"Mac" prefix nor a hyphen's or apostrophe's new part.
   */
  static boolean isBrandShaped(Token t) {
    String s = t.text();
    if (!t.isWord() || s.length() < 4 || s.startsWith("Mc") || s.startsWith("Mac")) {
      return false;
    }
    for (int k = 1; k < s.length(); k++) {
      if (Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outlet of a copyright line at the end of the page: "© 2019 Example Herald. All rights
   * reserved.", "(c) Example Daily 2023", "Copyright 2021 Example Television | Privacy".
   */
  void readCopyright(Document doc, List<Token> tokens, List<Line> lines) {
    for (int li = lines.size() - 1; li >= Math.max(0, lines.size() - 6); li--) {
      Line line = lines.get(li);
      int i = line.firstToken();
      int end = line.endToken();
      if (line.tokenCount() > 30) {
        continue;
      }
      boolean mark = false;
      while (i < end) {
        Token t = tokens.get(i);
        if (t.is("copyright") || doc.text.charAt(t.start()) == '\u00A9') {
          i++;
        } else if (t.text().equals("(") && i + 2 < end && tokens.get(i + 1).is("c")
            && tokens.get(i + 2).text().equals(")")) {
          i += 3;
        } else {
          break;
        }
        mark = true;
      }
      if (!mark) {
        continue;
      }
      while (i < end && (tokens.get(i).isNumber() || isDash(tokens.get(i)) || tokens.get(i).text().equals(","))) {
        i++; // the year or years: "© 2009-2019"
      }
      int e = i;
      while (e < end && !tokens.get(e).isNumber() && !tokens.get(e).text().equals("|")
          && !tokens.get(e).text().equals(",") && !(tokens.get(e).text().equals(".") && e + 1 < end
              && tokens.get(e + 1).isCapitalized())) {
        e++;
      }
      if (e > i && tokens.get(e - 1).text().equals(".")) {
        e--;
      }
      if (e > i && e - i <= 8 && tokens.get(i).isCapitalized()
          && (isNameLine(tokens, i, e, true) || lists.agencies().name(joined(tokens, i, e)) != null)) {
        doc.source = lists.agencies().nameOrAsWritten(joined(tokens, i, e));
        return;
      }
    }
  }

  // "Source: Xinhua", "(With inputs from PTI)", "Sources: AFP, Reuters" anywhere in the article
  void readSourceLine(Document doc, List<Token> tokens, List<Line> lines) {
    int[] ids = doc.wordIds();
    for (Line line : lines) {
      if (line.tokenCount() > 20) {
        continue;
      }
      int i = line.firstWord(tokens);
      int k = sourceLead.matchAt(ids, i, line.endToken());
      for (int b = i + 1; k < 0 && b < line.endToken(); b++) {
        if (tokens.get(b - 1).text().equals("|")) {
          i = b;
          k = sourceLead.matchAt(ids, b, line.endToken()); // "September 11, 2023 | Source: ..."
        }
      }
      if (k < 0) {
        continue;
      }
      boolean colon = k < line.endToken() && tokens.get(k).text().equals(":");
      if (colon) {
        k++;
      } else if (k - i < 2) {
        continue; // "Source" needs its colon; "With inputs from" does not
      }
      int e = k;
      while (e < line.endToken() && !tokens.get(e).text().equals(",") && !tokens.get(e).text().equals(")")
          && !tokens.get(e).text().equals("(") && !tokens.get(e).text().equals("|")
          && !tokens.get(e).text().equals(".") && !tokens.get(e).is("and")) {
        e++;
      }
      if (e > k && e - k <= 6 && tokens.get(k).isCapitalized() || e > k && lists.agencies().isKnownKey(tokens.get(k).key())) {
        doc.source = lists.agencies().nameOrAsWritten(joined(tokens, k, e));
        return;
      }
    }
  }

}
