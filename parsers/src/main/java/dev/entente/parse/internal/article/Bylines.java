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
    int job = deskWords(tokens, from, end);
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

  // the end of a run of capitalised desk and job words from `from`: "Diplomatic Correspondent", "Staff Reporter"
  private int deskWords(List<Token> tokens, int from, int end) {
    int i = from;
    boolean desk = false;
    while (i < end && i - from < 4 && tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
      desk |= lists.notPerson().contains(tokens.get(i).key());
      i++;
    }
    return desk && lists.notPerson().contains(tokens.get(i - 1).key()) ? i : from;
  }

  /**
   * A byline under the headline without "By": a name and the reporter's job or outlet after a comma
   * ("Ana Lima, Diplomatic Correspondent", "Ana Lima, Example Herald"), or a name and the place filed
   * from ("Ana Lima in Lima"; "From Ana Lima in Lima"), which is also the dateline; two names and
   * nothing else ("Ana Lima and John Oko").
   */
  boolean readNameLine(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 12) {
      return false;
    }
    if (tokens.get(from).is("from") && tokens.get(from).isCapitalized()) {
      from++;
    }
    int name = nameRuns.nameEnd(tokens, from, end);
    if (name == from || name + 1 >= end || !nameRuns.isPerson(tokens, from, name) || lists.cities().contains(keyOf(tokens, from, name))
        || lists.agencies().name(joined(tokens, from, name)) != null) {
      return false;
    }
    Token after = tokens.get(name);
    if ((after.is("and") && after.isLowerCase() || after.text().equals("&")) && !tokens.get(line.firstToken()).is("from")) {
      int second = nameRuns.nameEnd(tokens, name + 1, end); // "Ana Lima and John Oko": two reporters, nothing else on the line
      if (second != end || !nameRuns.isPerson(tokens, name + 1, end) || lists.cities().contains(keyOf(tokens, name + 1, end))) {
        return false;
      }
      doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)) + " and "
          + lists.titleCaseIfCaps(tokens, name + 1, end, joined(tokens, name + 1, end));
      return true;
    }
    if (after.is("in") && after.isLowerCase()) {
      int c = name + 1;
      while (c < end && c - name <= 4 && datelines.isCityPart(tokens, c, name + 1)) {
        c++;
      }
      if (c == name + 1 || skip(tokens, c, end, ".") != end) {
        return false;
      }
      doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name));
      if (doc.dateline == null) {
        datelines.setDateline(doc, tokens, name + 1, c, null, null);
      }
      return true;
    }
    if (!after.text().equals(",") || tokens.get(line.firstToken()).is("from")) {
      return false;
    }
    String outlet = null;
    String written = joined(tokens, name + 1, end);
    // a known agency first: its name may end in a desk word ("Example News Agency")
    if (lists.agencies().name(written) != null || deskWords(tokens, name + 1, end) != end) {
      if (lists.agencies().name(written) == null && !outlets.isNameLine(tokens, name + 1, end, false)) {
        return false;
      }
      outlet = lists.agencies().nameOrAsWritten(written);
    }
    doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name));
    if (outlet != null && doc.source == null) {
      doc.source = outlet;
    }
    return true;
  }

  /** A line that names only an agency ("VNA", "Xinhua", "Example News Agency"): the report's source. */
  boolean readAgencyLine(Document doc, List<Token> tokens, Line line) {
    if (line.tokenCount() > 8) {
      return false;
    }
    String name = lists.agencies().name(joined(tokens, line.firstToken(), line.endToken()));
    if (name == null) {
      return false;
    }
    doc.source = name;
    return true;
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
        || deskWords(tokens, under.firstToken(), under.endToken()) == under.endToken() // "Staff Reporter"
        || doc.dateline == null && (tokens.get(under.firstToken()).is("from") || tokens.get(under.firstToken()).is("by"))
            && datelines.readDatelineLine(doc, tokens, under, true); // a city alone may be a wrapped headline's end
  }

  // whether a line opens with a byline's lead: "By Ana Lima"
  boolean startsByline(List<Token> tokens, Line line) {
    int k = bylineLead.matchAt(tokens, line.firstToken(), line.endToken());
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
    if (doc.source == null && deskWords(tokens, bar + 1, end) != end) { // "Ana Lima | Foreign Desk" names no outlet
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
    int k = bylineLead.matchAt(tokens, line.firstToken(), end);
    if (k < 0 || !tokens.get(line.firstToken()).isCapitalized()) {
      return false;
    }
    if (k < end && tokens.get(k).text().equals(":")) {
      k++;
    }
    k = nameRuns.afterBeat(tokens, k, end);
    List<String> names = new ArrayList<>();
    String source = null;
    boolean any = false;
    int lead = k;
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
    if (!any) {
      return false; // "By the numbers" is no byline
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
