package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.isDash;
import static dev.entente.parse.internal.article.Spans.joined;
import static dev.entente.parse.internal.article.Spans.keyOf;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The article's metadata read from its last lines, for {@link ArticleMetadataReader}: an agency's or
 * outlet's closing credit, the reporters' credit or a byline at the end, a broadcast's sign-off, and
 * a press release's place from its issuer's address.
 */
final class ClosingCredits {

  private final Agencies agencies;
  private final Set<String> cities;
  private final Outlets outlets;
  private final Datelines datelines;
  private final Bylines bylines;

  ClosingCredits(Agencies agencies, Set<String> cities, Outlets outlets, Datelines datelines, Bylines bylines) {
    this.agencies = agencies;
    this.cities = cities;
    this.outlets = outlets;
    this.datelines = datelines;
    this.bylines = bylines;
  }

  /**
   * A credit on one of the last four lines: "(IRNA)", "CWS", "-- BSS", "WAM/Hatem Mohamed", on one of
   * the last two "Radio Rheinland, Cologne", and the reporters' credit "(Reporting by Ana Lima; Editing by John
   * Oko)" as the author. A source found earlier stays; the author is still read from the credit.
   */
  void readClosingCredit(Document doc, List<Token> tokens, List<Line> lines) {
    for (int li = lines.size() - 1; li >= Math.max(0, lines.size() - 4); li--) {
      Line line = lines.get(li);
      int from = line.firstToken();
      int end = line.endToken();
      if (doc.author == null && line.tokenCount() <= 40 && bylines.readReportingCredit(doc, tokens, line)) {
        continue;
      }
      if (doc.author == null && line.tokenCount() <= 12 && bylines.readByline(doc, tokens, line)) {
        continue; // the byline at the report's end: "By Ana Lima"
      }
      boolean last = li >= lines.size() - 2; // a name with its place stands on the last two lines
      if (line.tokenCount() > 12) {
        // a report's last sentence with its agency's credit: "... the Filipino community. (PNA)"
        if (doc.source == null && li == lines.size() - 1 && end - from > 3 && tokens.get(end - 1).text().equals(")")
            && tokens.get(end - 3).text().equals("(") && agencies.name(tokens.get(end - 2).text()) != null) {
          doc.source = agencies.nameOrAsWritten(tokens.get(end - 2).text());
          return;
        }
        continue;
      }
      if (tokens.get(from).text().equals("(") && tokens.get(end - 1).text().equals(")")) {
        from++;
        end--;
      } else {
        while (from < end && isDash(tokens.get(from))) {
          from++; // "-- BSS", "- - Andina"
        }
      }
      if (from >= end) {
        continue;
      }
      String all = joined(tokens, from, end);
      if (agencies.name(all) != null) {
        if (doc.source == null) {
          doc.source = agencies.nameOrAsWritten(all);
        }
        return;
      }
      if (doc.source == null && last && end - from >= 2 && tokens.get(end - 1).is("news")
          && agencies.name(joined(tokens, from, end - 1)) != null) {
        doc.source = agencies.nameOrAsWritten(joined(tokens, from, end - 1)); // "Example World Radio News": the outlet's news
        return;
      }
      String signedOff = doc.source == null && last ? signOff(tokens, from, end) : null;
      if (signedOff != null) {
        doc.source = agencies.nameOrAsWritten(signedOff);
        return;
      }
      int cut = from;
      while (cut < end && !tokens.get(cut).text().equals("/") && !tokens.get(cut).text().equals(",")) {
        cut++;
      }
      if (cut == from || cut >= end) {
        continue;
      }
      String head = joined(tokens, from, cut);
      if (tokens.get(cut).text().equals("/") && agencies.name(head) != null) {
        if (doc.source == null) {
          doc.source = agencies.nameOrAsWritten(head);
        }
        if (doc.author == null && bylines.nameRuns.nameEnd(tokens, cut + 1, end) == end
            && bylines.nameRuns.isPerson(tokens, cut + 1, end)) {
          doc.author = joined(tokens, cut + 1, end); // "WAM/Hatem Mohamed", not the desk's initials of "AGENCY/AB/cd"
        }
        return;
      }
      if (doc.source == null && last && tokens.get(cut).text().equals(",")
          && (agencies.name(head) != null || outlets.isNameLine(tokens, from, cut, false)) && end - cut <= 4) {
        doc.source = agencies.nameOrAsWritten(head); // "Radio Rheinland, Cologne"
        return;
      }
    }
  }

  /**
   * The outlet a broadcast's sign-off names: "This is Example Radio's Asia service." (the owner of
   * the desk or service), "This is Example Radio."; null when the line is no sign-off.
   */
  private @Nullable String signOff(List<Token> tokens, int from, int end) {
    if (end - from < 3 || !tokens.get(from).is("this") || !tokens.get(from + 1).is("is")
        || !tokens.get(from + 2).isCapitalized()) {
      return null;
    }
    String owner = bylines.deskOwner(tokens, from + 2, end);
    if (owner != null) {
      return owner;
    }
    int stop = tokens.get(end - 1).text().equals(".") ? end - 1 : end;
    return stop > from + 2 && outlets.isNameLine(tokens, from + 2, stop, false) ? joined(tokens, from + 2, stop) : null;
  }

  /**
   * The place of a press release given in its issuer's address at the end: "Example Office, Main
   * Street 1, 10117 City" (the line opens with the source's name and ends with a known city).
   */
  void readAddress(Document doc, List<Token> tokens, List<Line> tail) {
    for (Line line : tail) {
      int from = line.firstToken();
      int end = line.endToken();
      if (line.tokenCount() > 20) {
        continue;
      }
      int comma = from;
      while (comma < end && !tokens.get(comma).text().equals(",")) {
        comma++;
      }
      if (comma == from || comma >= end || !joined(tokens, from, comma).equals(doc.source)) {
        continue;
      }
      for (int c = Math.max(comma + 2, end - 3); c < end; c++) {
        Token before = tokens.get(c - 1);
        if ((before.isNumber() || before.text().equals(",")) && tokens.get(c).isCapitalized()
            && cities.contains(keyOf(tokens, c, end))) {
          datelines.setDateline(doc, tokens, c, end, null, null);
          return;
        }
      }
    }
  }
}
