package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The author of an article, for {@link ArticleMetadataReader}: a byline with or without "By", with
 * the outlet beside it or on the line under it, an outlet's staff line, and the reporters' credit at
 * the end. Whether a run of words is a person's name is {@link NameRuns}'s.
 */
final class Bylines {

  private final HeadWords lists;
  private final Phrases bylineLead;
  private final Outlets outlets;
  private final Datelines datelines;
  /** Where a run of name words ends and whether it is a person's name. */
  final NameRuns nameRuns;

  Bylines(HeadWords lists, Phrases bylineLead, Outlets outlets, Datelines datelines) {
    this.lists = lists;
    this.bylineLead = bylineLead;
    this.outlets = outlets;
    this.datelines = datelines;
    this.nameRuns = new NameRuns(lists);
  }

  /**
   * The outlet on the line under a byline: "Eurasia Channel", "Special to The Evening Sentinel"
   * (after "Special to" any name of capitalised words is the outlet).
   */
  boolean readOutletUnderByline(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 10) {
      return false;
    }
    while (from < end && tokens.get(from).text().equals("|")) {
      from++;
    }
    boolean special = from + 2 < end && tokens.get(from).is("special") && tokens.get(from + 1).is("to");
    if (special) {
      from += 2;
    }
    int job = nameRuns.deskWords(tokens, from, end);
    if (job > from && job + 1 < end && tokens.get(job).text().equals(",")) {
      from = job + 1; // "Correspondent, Example Herald"
    }
    if (from >= end || end - from > 8 || !outlets.isNameLine(tokens, from, end, special)
        || lists.cities().contains(keyOf(tokens, from, end))) {
      return false;
    }
    doc.source = lists.agencies().nameOrAsWritten(joined(tokens, from, end));
    return true;
  }

  /** A line that names only an agency ("VNA", "Xinhua", "Example News Agency"): the report's source. */
  boolean readAgencyLine(Document doc, List<Token> tokens, Line line) {
    if (line.tokenCount() > 8) {
      return false;
    }
    int from = line.firstToken();
    int end = line.endToken();
    String written = joined(tokens, from, end);
    String name = lists.agencies().name(written) != null ? lists.agencies().nameOrAsWritten(written) : null;
    if (name == null) {
      name = nameWithAbbreviation(tokens, from, end);
    }
    if (name == null) {
      return false;
    }
    doc.source = name;
    return true;
  }

  /**
   * An agency's masthead with its name and abbreviation, one of them known: "EXAMPLE NEWS AGENCY (ENA)",
   * "EXAMPLE NEWS AGENCY - ENA", "ENA - Example News Agency"; an initialism in capitals as written (the
   * name the agency signs its datelines with), else the name as known, else as written.
   */
  private @Nullable String nameWithAbbreviation(List<Token> tokens, int from, int end) {
    int cut = from;
    while (cut < end && !tokens.get(cut).text().equals("(") && !isDash(tokens.get(cut))) {
      cut++;
    }
    boolean paren = cut < end && tokens.get(cut).text().equals("(");
    int right = paren ? end - 1 : end;
    if (cut == from || cut + 1 >= right || paren && !tokens.get(end - 1).text().equals(")")) {
      return null;
    }
    String left = joined(tokens, from, cut);
    String inner = joined(tokens, cut + 1, right);
    String a = lists.agencies().name(left);
    String b = lists.agencies().name(inner);
    if (a == null && b == null) {
      return null;
    }
    boolean leftLong = cut - from >= right - cut - 1; // the longer side is the name, the shorter its abbreviation
    String known = leftLong ? a : b;
    int nameFrom = leftLong ? from : cut + 1;
    int nameTo = leftLong ? cut : right;
    String name = known != null ? lists.agencies().nameOrAsWritten(leftLong ? left : inner)
        : outlets.isNameLine(tokens, nameFrom, nameTo, false)
        ? lists.titleCaseIfCaps(tokens, nameFrom, nameTo, joined(tokens, nameFrom, nameTo)) : null;
    int shortFrom = leftLong ? cut + 1 : from;
    if (name != null && (leftLong ? right : cut) == shortFrom + 1 && isInitialism(tokens.get(shortFrom))) {
      return lists.agencies().nameOrAsWritten(tokens.get(shortFrom).text()); // "ENA - Example News Agency": the initialism
    }
    return name;
  }

  // one word of two to seven capital letters: "ENA", "SUNA"
  private static boolean isInitialism(Token t) {
    String s = t.text();
    return t.isWord() && s.length() >= 2 && s.length() <= 7 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * The line under the headline read as a byline with "By" or a bar (names alone may end a wrapped
   * headline in title case: "... Sign Defense / Cooperation Agreement and Trade Agreement"), an agency, an outlet's staff, a reporter's job
   * alone ("Staff Reporter") or the place filed from, when it ran on into the headline's sentence (no blank line and no end of sentence between
   * them); the headline is then the line above it.
   */
  boolean readUnderHeadline(Document doc, List<Token> tokens, Line under) {
    return doc.source == null && readAgencyLine(doc, tokens, under)
        || doc.author == null && (readByline(doc, tokens, under) || readNameAndOutlet(doc, tokens, under))
        || doc.source == null && readStaffLine(doc, tokens, under)
        || nameRuns.deskWords(tokens, under.firstToken(), under.endToken()) == under.endToken() // "Staff Reporter"
        || doc.dateline == null && (tokens.get(under.firstToken()).is("from") || tokens.get(under.firstToken()).is("by"))
            && datelines.readDatelineLine(doc, tokens, under, true); // a city alone may be a wrapped headline's end
  }

  // whether a line opens with a byline's lead: "By Ana Lima"
  boolean startsByline(List<Token> tokens, int[] ids, Line line) {
    int k = bylineLead.matchAt(ids, line.firstToken(), line.endToken());
    return k > 0 && k < line.endToken() && tokens.get(line.firstToken()).isCapitalized() && line.tokenCount() <= 30;
  }

  // "Nina Keller | Alpine Business Review", "Luciana Vasconcelos | Agencia Brasil", "Nina Keller | World Desk"
  boolean readNameAndOutlet(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 14) {
      return false;
    }
    int bar = from;
    while (bar < end && !tokens.get(bar).text().equals("|")) {
      bar++;
    }
    if (bar >= end - 1 || nameRuns.nameEnd(tokens, from, bar) != bar || !nameRuns.isPerson(tokens, from, bar)
        || !outlets.isNameLine(tokens, bar + 1, end, true)) {
      return false;
    }
    for (int i = bar + 1; i < end; i++) {
      if (tokens.get(i).text().equals("|")) {
        return false;
      }
    }
    doc.author = lists.titleCaseIfCaps(tokens, from, bar, joined(tokens, from, bar));
    if (doc.source == null && nameRuns.deskWords(tokens, bar + 1, end) != end) { // "Ana Lima | Foreign Desk" names no outlet
      doc.source = lists.agencies().nameOrAsWritten(joined(tokens, bar + 1, end));
    }
    return true;
  }

  // "(Reporting by Ana Lima and John Oko in Lima; Editing by Mark Day)": the reporters are the authors
  boolean readReportingCredit(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    if (from + 3 >= line.endToken() || !(tokens.get(from).text().equals("(") || isDash(tokens.get(from))
        || tokens.get(from).is("reporting") || tokens.get(from).is("reported"))) {
      return false;
    }
    int k = tokens.get(from).isPunct() ? from + 1 : from;
    if (!(tokens.get(k).is("reporting") || tokens.get(k).is("reported")) || !tokens.get(k + 1).is("by")) {
      return false;
    }
    List<String> names = new ArrayList<>();
    int i = k + 2;
    int end = line.endToken();
    while (i < end) {
      int e = nameRuns.nameEnd(tokens, i, end);
      if (e == i || !nameRuns.isPerson(tokens, i, e)) {
        break;
      }
      names.add(lists.titleCaseIfCaps(tokens, i, e, joined(tokens, i, e)));
      i = e;
      if (i < end && (tokens.get(i).is("and") || tokens.get(i).text().equals(",") || tokens.get(i).text().equals("&"))) {
        i++;
        continue;
      }
      break;
    }
    if (names.isEmpty()) {
      return false;
    }
    doc.author = String.join(" and ", names);
    return true;
  }

  boolean readByline(Document doc, List<Token> tokens, Line line) {
    int end = line.endToken();
    if (line.tokenCount() > 30) {
      return false;
    }
    int k = bylineLead.matchAt(doc.wordIds(), line.firstToken(), end);
    if (k < 0) {
      return false;
    }
    // "by Ana Lima and John Oko" in lower case is a byline only when names fill the line
    boolean lower = !tokens.get(line.firstToken()).isCapitalized();
    if (k < end && tokens.get(k).text().equals(":")) {
      k++;
    }
    k = nameRuns.afterBeat(tokens, k, end);
    List<String> names = new ArrayList<>();
    String source = null;
    boolean any = false;
    int lead = k;
    int place = -1;
    int placeEnd = -1;
    while (k < end) {
      int nameEnd = nameRuns.nameEnd(tokens, k, end);
      if (nameEnd == k) {
        break;
      }
      any = true;
      String written = joined(tokens, k, nameEnd);
      int staff = staffStart(tokens, k, nameEnd, end);
      if (lists.agencies().name(written) != null) {
        source = lists.agencies().nameOrAsWritten(written);
      } else if (staff > k) {
        source = source == null ? lists.agencies().nameOrAsWritten(joined(tokens, k, staff)) : source; // "By Example Herald Staff"
        while (nameEnd < end && tokens.get(nameEnd).isWord() && lists.notPerson().contains(tokens.get(nameEnd).key())) {
          nameEnd++;
        }
      } else if (!names.isEmpty() && (tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals("|"))
          && isOutlet(tokens, k, nameEnd)) {
        source = source == null ? written : source; // "By Harald Vinter, Nordpress", "By Ana Lima, Continental Press"
      } else if (!names.isEmpty() && place < 0 && tokens.get(k - 1).text().equals(",") && lists.cities().contains(keyOf(tokens, k, nameEnd))) {
        place = k; // "By Ana Lima, Lima, 23 February 2002": the place filed from
        placeEnd = nameEnd;
      } else if (nameRuns.isPerson(tokens, k, nameEnd)) {
        names.add(lists.titleCaseIfCaps(tokens, k, nameEnd, written));
      }
      k = nameEnd;
      if (k < end && (tokens.get(k).is("and") || tokens.get(k).text().equals("&") || tokens.get(k).text().equals(",")
          || tokens.get(k).text().equals("|") || tokens.get(k).text().equals("-") || tokens.get(k).is("for"))) {
        k++;
        continue;
      }
      break;
    }
    if (!any || lower && (k != end || names.isEmpty() || source != null)) {
      return false; // "By the numbers" is no byline
    }
    int city = k + 1 < end && tokens.get(k).is("in") && tokens.get(k).isLowerCase() ? datelines.cityEnd(tokens, k + 1, end) : k;
    if (doc.dateline == null && !names.isEmpty() && city > k + 1 && skip(tokens, city, end, ".") == end) {
      datelines.setDateline(doc, tokens, k + 1, city, null, null); // "By Ana Lima in Lima": the place filed from
    } else if (doc.dateline == null && place >= 0) {
      DateWords.Read date = lists.dates().readAt(tokens, k, end); // "By Ana Lima, Lima, 23 February 2002": the day filed
      if (k == end || date != null && date.year() > 0 && skip(tokens, date.end(), end, ".") == end) {
        datelines.setDateline(doc, tokens, place, placeEnd, null, date);
      }
    }
    if (names.isEmpty() && source == null) {
      source = deskOwner(tokens, lead, end);
    }
    if (!names.isEmpty()) {
      doc.author = String.join(" and ", names);
    }
    if (source != null && doc.source == null) {
      doc.source = source;
    }
    return true;
  }

  /**
   * Where the staff words of an outlet's credit start in the name run [from, to): "Example Herald
   * Staff", "AFP Staff Writer", "Example Herald" followed by "staff" in lower case; {@code from} when
   * the run is no outlet's staff (the outlet needs a known agency's name or an outlet word).
   */
  private int staffStart(List<Token> tokens, int from, int to, int end) {
    int p = to;
    while (p > from && tokens.get(p - 1).isWord() && lists.notPerson().contains(tokens.get(p - 1).key())
        && !lists.outletWords().contains(tokens.get(p - 1).key())) {
      p--; // "Staff", "Staff Writer", not the outlet's own "Wire" or "News"
    }
    for (int i = from; i < p; i++) {
      if (tokens.get(i).text().endsWith("'s") || tokens.get(i).text().endsWith("\u2019s")) {
        return from; // "Example Radio's Asia Desk" is a desk, read by its owner
      }
    }
    boolean staffAfter = to < end && tokens.get(to).isWord() && tokens.get(to).isLowerCase()
        && lists.notPerson().contains(tokens.get(to).key());
    if (p == from || p == to && !staffAfter) {
      return from;
    }
    return lists.agencies().name(joined(tokens, from, p)) != null || outlets.isNameLine(tokens, from, p, false) ? p : from;
  }

  /** "Example Herald staff", "AFP Staff Writer": an outlet's staff credited on a line of its own. */
  boolean readStaffLine(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 10 || !tokens.get(from).isCapitalized()) {
      return false;
    }
    int run = nameRuns.nameEnd(tokens, from, end);
    int staff = staffStart(tokens, from, run, end);
    if (staff == from) {
      return false;
    }
    int e = run;
    while (e < end && tokens.get(e).isWord() && lists.notPerson().contains(tokens.get(e).key())) {
      e++;
    }
    if (e != end) {
      return false;
    }
    doc.source = lists.agencies().nameOrAsWritten(joined(tokens, from, staff));
    return true;
  }

  /**
   * The outlet of a byline that names only its desk: "Example Radio International's Asia Desk" is
   * "Example Radio International"; null when no possessive is followed by a desk word.
   */
  @Nullable String deskOwner(List<Token> tokens, int from, int end) {
    for (int p = from; p < end && p - from < 8; p++) {
      Token t = tokens.get(p);
      String text = t.text();
      if (!t.isWord() || !(text.endsWith("'s") || text.endsWith("\u2019s")) || p + 1 >= end) {
        continue;
      }
      for (int d = p + 1; d < end && d - p <= 4; d++) {
        if (tokens.get(d).isWord() && lists.notPerson().contains(tokens.get(d).key())) {
          String written = joined(tokens, from, p + 1);
          return written.substring(0, written.length() - 2);
        }
      }
      return null;
    }
    return null;
  }

  /**
   * Whether the words after a byline's name and comma name its outlet: words with one that names an
   * outlet ("Continental Press"), or one word that is no city, month, desk or job ("Nordpress").
   */
  private boolean isOutlet(List<Token> tokens, int from, int to) {
    if (outlets.isNameLine(tokens, from, to, false)) {
      return true;
    }
    Token t = tokens.get(from);
    return to - from == 1 && t.isWord() && !t.isAllCaps() && !lists.cities().contains(keyOf(tokens, from, to)) && !lists.notPerson().contains(t.key())
        && lists.dates().month(t) == 0 && !lists.dates().isWeekday(t);
  }
}
