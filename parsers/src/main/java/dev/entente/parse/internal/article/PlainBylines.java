package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;
import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;

/**
 * Bylines under the headline that have no "By", for {@link ArticleMetadataReader}: a name with the
 * reporter's job, outlet or place after it, two names alone, and a name alone over the report's
 * timestamp.
 */
final class PlainBylines {

  private final HeadWords lists;
  private final NameRuns nameRuns;
  private final Outlets outlets;
  private final Datelines datelines;
  private final StatedDates statedDates;

  PlainBylines(HeadWords lists, NameRuns nameRuns, Outlets outlets, Datelines datelines, StatedDates statedDates) {
    this.lists = lists;
    this.nameRuns = nameRuns;
    this.outlets = outlets;
    this.datelines = datelines;
    this.statedDates = statedDates;
  }

  /**
   * A byline under the headline without "By": a name and the reporter's job or outlet after a comma
   * ("Ana Lima, Diplomatic Correspondent", "Ana Lima, Example Herald"; after a slash a place or an
   * outlet only: "ANA LIMA / LIMA"), or a name and the place filed from ("Ana Lima in Lima"; "From Ana Lima in Lima"), which is also the dateline; two names and
   * nothing else or with their outlet and place ("Ana Lima and John Oko", "Ana Lima and John Oko, Example Herald,
   * Lima"); a name over a bar and the date ("Ana Lima | 03.02.2022"); "From ANA LIMA, our correspondent".
   */
  boolean readNameLine(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 16) { // two names, an outlet and a place at most
      return false;
    }
    if ((tokens.get(from).is("from") || tokens.get(from).is("by")) && tokens.get(from).isCapitalized()) {
      if (readOurDeskFirst(doc, tokens, from + 1, end)) {
        return true; // "From our correspondent Ana Lima", "By our Lima correspondent, Ana Lima"
      }
      from += tokens.get(from).is("from") ? 1 : 0;
    } else if (tokens.get(from).is("our") && tokens.get(from).isCapitalized() && readOurDeskFirst(doc, tokens, from, end)) {
      return true; // "Our correspondent Ana Lima reports from Lima"
    }
    int name = nameRuns.nameEnd(tokens, from, end);
    if (name == from || name + 1 >= end || !nameRuns.isPerson(tokens, from, name) || lists.cities().contains(keyOf(tokens, from, name))
        || lists.agencies().name(joined(tokens, from, name)) != null) {
      return false;
    }
    Token after = tokens.get(name);
    if (after.text().equals("|") && lists.dates().readAt(tokens, name + 1, end) != null
        || after.text().equals(",") && isOurDesk(tokens, name + 1, end)) {
      doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)); // "Ana Lima | 03.02.2022", "From ANA LIMA, our correspondent"
      return true;
    }
    if ((after.is("and") && (after.isLowerCase() || Spans.allCaps(tokens, from, end)) || after.text().equals("&"))
        && !tokens.get(line.firstToken()).is("from")) {
      int second = nameRuns.nameEnd(tokens, name + 1, end); // "Ana Lima and John Oko": two reporters, nothing else on the line
      int outlet = second < end && tokens.get(second).text().equals(",") ? outletAfter(tokens, second + 1, end) : second;
      if (outlet != end && second != end || !nameRuns.isPerson(tokens, name + 1, second)
          || lists.cities().contains(keyOf(tokens, name + 1, second))) {
        return false;
      }
      doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)) + " and "
          + lists.titleCaseIfCaps(tokens, name + 1, second, joined(tokens, name + 1, second));
      readOutletAndPlace(doc, tokens, second + 1, end); // "Ana Lima and John Oko, Example Herald, Lima"
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
    boolean slash = after.text().equals("/"); // "ANA LIMA / LIMA", "Ana Lima / Example Agency"
    if (!(after.text().equals(",") || slash) || tokens.get(line.firstToken()).is("from")) {
      return false;
    }
    int city = datelines.cityEnd(tokens, name + 1, end);
    if (doc.dateline == null && city > name + 1 && skip(tokens, city, end, ".") == end
        && lists.cities().contains(keyOf(tokens, name + 1, city))) {
      doc.author = lists.titleCaseIfCaps(tokens, from, name, joined(tokens, from, name)); // "Ana Lima, Lima": the place filed from
      datelines.setDateline(doc, tokens, name + 1, city, null, null);
      return true;
    }
    String outlet = null;
    String written = joined(tokens, name + 1, end);
    // a known agency first: its name may end in a desk word ("Example News Agency")
    if (slash && lists.agencies().name(written) == null && !outlets.isNameLine(tokens, name + 1, end, false)) {
      return false; // after a slash only a place or an outlet, not a job
    }
    if (lists.agencies().name(written) != null || nameRuns.deskWords(tokens, name + 1, end) != end) {
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

  /**
   * "From our correspondent Ana Lima", "From our special envoy Ana Lima", "From our correspondent in
   * Lima, Ana Lima:", "By our Lima correspondent, Ana Lima", "From our correspondent Ana Lima, in Lima",
   * "Our correspondent Ana Lima reports from Lima": the outlet's own desk, then the reporter, the whole
   * line; the place filed from is also the dateline.
   */
  private boolean readOurDeskFirst(Document doc, List<Token> tokens, int from, int end) {
    if (from >= end || !tokens.get(from).is("our") || !tokens.get(from).isLowerCase() && !tokens.get(from).lineStart()) {
      return false;
    }
    int k = from + 1;
    while (k < end && k - from < 4 && tokens.get(k).isWord() && !lists.notPerson().contains(tokens.get(k).key())) {
      k++; // "special", "own", "diplomatic"
    }
    if (k >= end || !lists.notPerson().contains(tokens.get(k).key())) {
      return false;
    }
    k++;
    int city = k;
    int cityEnd = k;
    if (k < end && tokens.get(k).is("in") && tokens.get(k).isLowerCase()) {
      cityEnd = datelines.cityEnd(tokens, k + 1, end);
      if (cityEnd == k + 1 || cityEnd >= end || !tokens.get(cityEnd).text().equals(",")) {
        return false;
      }
      city = k + 1;
      k = cityEnd + 1;
    } else if (k < end && tokens.get(k).text().equals(",")) {
      k++; // "our special correspondent, Ana Lima"
    }
    int name = nameRuns.nameEnd(tokens, k, end);
    int last = skip(tokens, skip(tokens, name, end, ":"), end, ".");
    if (last != end && city == cityEnd) {
      int in = skip(tokens, name, end, ","); // "Ana Lima, in Lima", "Ana Lima reports from Lima": the place after the name
      in += in + 1 < end && tokens.get(in).isLowerCase() && !tokens.get(in).is("in") && tokens.get(in + 1).is("from") ? 1 : 0;
      int placeEnd = in + 1 < end && (tokens.get(in).is("in") || tokens.get(in).is("from")) && tokens.get(in).isLowerCase()
          ? datelines.cityEnd(tokens, in + 1, end) : in + 1;
      if (placeEnd > in + 1 && skip(tokens, placeEnd, end, ".") == end) {
        city = in + 1;
        cityEnd = placeEnd;
        last = end;
      }
    }
    if (name == k || last != end || !nameRuns.isPerson(tokens, k, name)) {
      return false;
    }
    doc.author = lists.titleCaseIfCaps(tokens, k, name, joined(tokens, k, name));
    if (cityEnd > city && doc.dateline == null && lists.cities().contains(keyOf(tokens, city, cityEnd))) {
      datelines.setDateline(doc, tokens, city, cityEnd, null, null);
    }
    return true;
  }

  // "our correspondent", "our own reporter": the outlet's own desk after a reporter's name
  private boolean isOurDesk(List<Token> tokens, int from, int end) {
    int k = from;
    if (k + 1 >= end || !tokens.get(k).is("our") || !tokens.get(k).isLowerCase()) {
      return false;
    }
    k += tokens.get(k + 1).is("own") ? 2 : 1;
    return k < end && lists.notPerson().contains(tokens.get(k).key());
  }

  // the end of an outlet's name from `from` and of a place after it behind a comma; `from` when none
  private int outletAfter(List<Token> tokens, int from, int end) {
    int o = from;
    while (o < end && !tokens.get(o).text().equals(",")) {
      o++;
    }
    if (o == from || lists.agencies().name(joined(tokens, from, o)) == null && !outlets.isNameLine(tokens, from, o, false)) {
      return from;
    }
    if (o == end) {
      return end;
    }
    int c = datelines.cityEnd(tokens, o + 1, end);
    return c > o + 1 && (c == end || tokens.get(c).text().equals("/")) ? end : from; // "[City]/[City]": the first place
  }

  private void readOutletAndPlace(Document doc, List<Token> tokens, int from, int end) {
    if (from >= end) {
      return;
    }
    int o = from;
    while (o < end && !tokens.get(o).text().equals(",")) {
      o++;
    }
    if (doc.source == null) {
      doc.source = lists.agencies().nameOrAsWritten(joined(tokens, from, o));
    }
    if (o < end && doc.dateline == null) {
      datelines.setDateline(doc, tokens, o + 1, datelines.cityEnd(tokens, o + 1, end), null, null);
    }
  }

  /**
   * A reporter's name alone on the line above the report's timestamp ("Ana Lima" / "January 26,
   * 2017"): two to four name words that are no place, agency or outlet.
   */
  boolean readNameAboveDate(Document doc, List<Token> tokens, Line line, Line next) {
    int from = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 5 || nameRuns.nameEnd(tokens, from, end) != end || !nameRuns.isPerson(tokens, from, end)
        || end - from > 4 || lists.cities().contains(keyOf(tokens, from, end)) || lists.agencies().name(joined(tokens, from, end)) != null
        || outlets.isNameLine(tokens, from, end, false) || !statedDates.isDateLine(tokens, doc.wordIds(), next)) {
      return false;
    }
    doc.author = lists.titleCaseIfCaps(tokens, from, end, joined(tokens, from, end));
    return true;
  }
}
