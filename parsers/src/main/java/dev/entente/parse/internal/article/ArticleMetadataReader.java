package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.keyOf;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the article's own metadata from its opening lines into the {@link Document}: {@code title},
 * {@code author}, {@code dateline}, {@code source} and {@code statedPublished}. Runs after
 * {@link BoilerplateDetector}, whose furniture lines it skips. It walks the lines and
 * composes the readers of each part: {@code Bylines} (bylines and reporters' credits), {@code Outlets}
 * (masthead, title-bar, credit, copyright and source lines), {@code Datelines} (the dateline and the
 * stated date) and {@code ClosingCredits} (credits, sign-offs and addresses on the last lines), all on
 * the token-span helpers of {@code Spans}.
 *
 * <ul>
 *   <li>Title: the first line that is not furniture, when it is headline-shaped (no final period)
 *       and comes before any byline or dateline; a repeat of it is skipped. Short labels above it
 *       ("Middle East", "PRESS RELEASE"), menu lines, "Outlet | Section | Section" lines and an
 *       "Outlet - tagline" line over the site's menu, a masthead's issue line under the paper's name ("THE EXAMPLE HERALD" /
 *       "Lima, Wednesday, September 11, 1985") and an edition's note in brackets or after a bar ("|(English summary)") are not headlines; a standfirst in full sentences may stand between the headline and the byline.
 *   <li>Source from the page: a masthead above the headline, also inside a menu or breadcrumb line
 *       ("Outlet > Section > Section"); a credit line pairing outlet and date ("Outlet | July 12,
 *       2019"); "Special to Outlet" under a byline; a byline naming only a desk ("By Outlet's Asia
 *       Desk"); "Source: X" also after a bar; the outlet of a title bar on either side of the
 *       headline ("Headline | Outlet", "Outlet - Headline"); under "Government of X" the office on the
 *       next masthead line; at the end a closing credit, a copyright line or a broadcast's sign-off
 *       ("This is Example Radio's Asia service."); last, a paper's name alone on the page's first line
 *       over the headline ("UUSI SUOMI", {@code Nameplates}).
 *   <li>Author: a byline, "By Ana Lima", "BY ANA LIMA and JOHN OKO", "Written by ...", with an
 *       agency or outlet after it ("By Ana Lima, Reuters", "By Ana Lima, Continental Press", "By Ana
 *       Lima | Example Herald") or on the line under it taken as the source ("Example Herald",
 *       "Correspondent, Example Herald"); under the headline also without "By": "Ana Lima, Diplomatic
 *       Correspondent", "Ana Lima, Example Herald", "Ana Lima in Lima" and "From Ana Lima in Lima"
 *       (the place is the dateline when the report gives none); "By Ana Lima" on one of the last
 *       lines. Byline lines become furniture.
 *   <li>Dateline and source, at the start of the first report line, in the usual wire forms:
 *       {@code CITY (AGENCY) -} with any dash or a colon, {@code CITY, Month Day (AGENCY) --},
 *       {@code Month Day (AGENCY) --}, {@code CITY, Region (AGENCY) -}, {@code CITY, Month Day.
 *       /AGENCY/.}, {@code CITY (Outlet / Agency - Day Month, Year)}, {@code CITY, Month Day, AGENCY -}, {@code CITY -}, {@code CITY:},
 *       "CITY, Thursday" and "From our correspondent in City" on a line of their own,
 *       and a known city followed by a comma opening a report sentence ("Lima, The minister ..."); also at
 *       the start of the second paragraph under a standfirst in full sentences (not a transcript's
 *       "SPEAKER:"), and, for a press release, the city of its issuer's address on the last lines. Upper-case cities are
 *       written in title case; an agency credited by its initialism is reported as written ("CTK"), other short forms by name ({@code agencies.txt}).
 *   <li>Stated publication date: a "Published ..." (or "Posted", an edition's label "Edition du ...", "Updated" as a fallback) line, or
 *       the dateline's date, or an issue line or masthead; else a head line holding only a month and year ("February 2020"). A day and month without a year take the year that puts them nearest the
 *       caller's publication date, and are left out when the caller gave none.
 * </ul>
 */
public final class ArticleMetadataReader implements Stage {

  /** How many lines from the top may hold the title, byline, timestamps and dateline. */
  static final int HEAD_LINES = 25;

  private final Tokenizer tokenizer = new Tokenizer();
  private final Agencies agencies = new Agencies();
  private final OutletStates outletStates = new OutletStates();
  private final DateWords dates = new DateWords();
  private final Set<String> cities;
  private final Phrases bylineLead;
  private final Outlets outlets;
  private final Datelines datelines;
  private final StatedDates statedDates;
  private final Bylines bylines;
  private final PlainBylines plainBylines;
  private final ClosingCredits closing;
  private final WireHeads wireHeads;
  private final DatedMastheads datedMastheads;
  private final FeedHeaders feedHeaders;
  private final SiteMastheads siteMastheads;
  private final TaglineMastheads taglineMastheads;
  private final Nameplates nameplates;
  /** Languages an edition is named after ({@code boilerplate.txt} [edition-language]). */
  private final Set<String> editionLanguages;

  /** A reader with the shipped word lists. */
  public ArticleMetadataReader() {
    Set<String> c = new HashSet<>();
    for (String city : WordLists.lines(ArticleMetadataReader.class, "dateline-cities.txt")) {
      c.add(keyOf(tokenizer.tokenize(city), 0, Integer.MAX_VALUE));
    }
    cities = Set.copyOf(c);
    Map<String, List<String>> b = WordLists.sections(ArticleMetadataReader.class, "bylines.txt");
    bylineLead = new Phrases(b.getOrDefault("lead", List.of()), tokenizer);
    Set<String> particles = keySet(b.getOrDefault("particles", List.of()));
    Set<String> notPerson = keySet(b.getOrDefault("not-person", List.of()));
    Set<String> outletWords = keySet(b.getOrDefault("outlet", List.of()));
    Set<String> officeWords = keySet(b.getOrDefault("office", List.of()));
    Map<String, List<String>> furniture = WordLists.sections(ArticleMetadataReader.class, "boilerplate.txt");
    Set<String> navigation = keySet(furniture.getOrDefault("navigation", List.of()));
    editionLanguages = keySet(furniture.getOrDefault("edition-language", List.of()));
    HeadWords head = new HeadWords(agencies, dates, cities, particles, notPerson, outletWords,
        keySet(furniture.getOrDefault("wire-slug", List.of())));
    feedHeaders = new FeedHeaders(head);
    outlets = new Outlets(tokenizer, head, officeWords, navigation, bylineLead);
    wireHeads = new WireHeads(head, outlets, head.wireSlug(), keySet(furniture.getOrDefault("service", List.of())));
    datelines = new Datelines(head);
    statedDates = new StatedDates(tokenizer, head);
    datedMastheads = new DatedMastheads(head, outlets, editionLanguages);
    siteMastheads = new SiteMastheads(head, outlets);
    taglineMastheads = new TaglineMastheads(head);
    Set<String> sectionWords = new HashSet<>(keySet(furniture.getOrDefault("label", List.of())));
    sectionWords.addAll(navigation); // "Menu", "Subscribe", "WORLD NEWS" over a page name no paper
    sectionWords.addAll(keySet(furniture.getOrDefault("signup", List.of())));
    sectionWords.addAll(keySet(furniture.getOrDefault("ad", List.of())));
    nameplates = new Nameplates(head, Set.copyOf(sectionWords), editionLanguages);
    bylines = new Bylines(head, bylineLead, outlets, datelines);
    plainBylines = new PlainBylines(head, bylines.nameRuns, outlets, datelines, statedDates);
    closing = new ClosingCredits(agencies, cities, outlets, datelines, bylines);
  }

  private static Set<String> keySet(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Keys.of(w));
    }
    return Set.copyOf(out);
  }

  @Override
  public void apply(Document doc) {
    List<Line> lines = Line.of(doc);
    List<Token> tokens = doc.tokens;
    int[] ids = doc.wordIds();
    int head = Math.min(lines.size(), HEAD_LINES);
    statedDates.readStatedDate(doc, lines, head);
    String titleKey = null;
    boolean bylineSeen = false;
    boolean leadSeen = false;
    int standfirsts = 0;
    List<Integer> bylineLines = new ArrayList<>();
    // "RTS - Radiodiffusion Television Senegalaise" on the first line: the outlet's initials and name, before any other masthead reading
    boolean initialsFirst = !lines.isEmpty() && outlets.readInitialsMasthead(doc, tokens, lines.get(0));
    int mastheadEnd = siteMastheads.read(doc, doc.input, tokens, lines);
    for (int li = 0; li < head && !leadSeen; li++) {
      Line line = lines.get(li);
      if (doc.dateline == null && li > 0) { // on the page's first line, "[Paper] | [Town] | [date]" is the masthead's town
        datelines.readBarredPlace(doc, tokens, line); // "[AGENCY] | [City] | [date]": the place, whatever else the line holds
      }
      if (li == 0 && initialsFirst) {
        bylineLines.add(li);
        continue;
      }
      if (li <= mastheadEnd) {
        bylineLines.add(li); // the site's name, tagline and menu above the headline
        continue;
      }
      if (li < 3 && titleKey == null && !bylineSeen && doc.source == null && wireHeads.readWireHeader(doc, tokens, line)) {
        bylineLines.add(li); // "[AGENCY] [number] [date]": the wire's header names the source
        continue;
      }
      if (feedHeaders.read(doc, tokens, line)) {
        bylineLines.add(li); // "BYLINE=[NAME]", "DATELINE: [PLACE]": a feed's header line
        continue;
      }
      if (doc.source == null && bylines.readAgencyLine(doc, tokens, line)) {
        bylineLines.add(li); // a line that names only an agency ("VNA", "Xinhua") is the report's source, not its headline
        continue;
      }
      if (li < 3 && titleKey == null && !bylineSeen && li + 1 < lines.size() && taglineMastheads.read(doc, tokens, line, lines.get(li + 1))) {
        bylineLines.add(li); // "EXAMPLE POST (Lima) -- English service": the paper's name, not a dateline or the headline
        continue;
      }
      if (line.wordCount(tokens) == 0) {
        continue; // a rule ("-----", "* * *") between the page's head lines: no headline, byline or report line
      }
      boolean furniture = isFurniture(doc, line);
      if (titleKey == null && !bylineSeen && li + 1 < lines.size()
          && (!furniture || doc.source == null || Outlets.isGovernment(doc.source)) && outlets.readMasthead(doc, tokens, line)) {
        bylineLines.add(li); // the outlet's or office's name above the headline is its source, even in a menu line
        continue;
      }
      if (titleKey == null && !bylineSeen && doc.source == null && li + 1 < lines.size() && bars(tokens, line) == 0
          && isMenu(tokens, lines.get(li + 1)) && !line.endsWithPeriod(tokens)) {
        wireHeads.readMastheadOverMenu(doc, tokens, line); // the outlet's name over the site's menu, read as furniture or not
      }
      if (furniture) {
        continue;
      }
      if (WireHeads.isEditorsNote(tokens, line)) {
        bylineLines.add(li); // "EDS: Adds quotes": the wire's note to editors, no dateline ("CITY: ...") or standfirst
        continue;
      }
      if (titleKey == null && !bylineSeen && WireHeads.isBracketedNote(tokens, line)) {
        bylineLines.add(li); // "(English summary for the foreign press)" under the masthead: the edition's note
        continue;
      }
      if (titleKey == null && !bylineSeen && (wireHeads.isServiceLine(tokens, line) || wireHeads.readAgencyServiceLine(doc, tokens, line))) {
        bylineLines.add(li); // "ENGLISH SERVICE" under the agency's name: the service, not the headline
        continue;
      }
      if (doc.author == null && (bylines.readByline(doc, tokens, line) || bylines.readNameAndOutlet(doc, tokens, line)
          || titleKey != null && (plainBylines.readNameLine(doc, tokens, line)
              || li + 1 < lines.size() && plainBylines.readNameAboveDate(doc, tokens, line, lines.get(li + 1))))) {
        bylineSeen = true;
        bylineLines.add(li);
        continue;
      }
      if (doc.source == null && titleKey != null && bylines.readStaffLine(doc, tokens, line)) {
        bylineLines.add(li); // "Example Herald staff" under the headline
        continue;
      }
      if (titleKey == null && !bylineSeen && wireHeads.isWireSlug(tokens, line)) {
        bylineLines.add(li); // "AFP-107" / "[TOPIC] 1ST LEAD": the wire's message header above the headline
        continue;
      }
      if (titleKey == null && !bylineSeen && datedMastheads.read(doc, tokens, line)) {
        bylineLines.add(li); // "THE EXAMPLE HERALD, TUESDAY, MARCH 17, 1953" above the headline
        continue;
      }
      if (titleKey == null && !bylineSeen && isDatedSection(doc, tokens, line)) {
        bylineLines.add(li); // "February 22, 1995 | WORLD" under the masthead: the issue and its section
        continue;
      }
      if (doc.source == null && outlets.readCreditLine(doc, tokens, line)) {
        bylineLines.add(li); // "Outlet | 12 July 2019" under the headline
        continue;
      }
      boolean firstReport = titleKey == null && !bylineSeen;
      if (doc.dateline == null && datelines.readDatelineLine(doc, tokens, line, titleKey != null || bylineSeen)) {
        if (!datelines.hasDate(tokens, line)) {
          bylineLines.add(li); // a dateline on a line of its own, above or below the headline
        } // a dated one stays report text: its day is the one the report's "today" and "tonight" mean
        continue;
      }
      if (bylineSeen && doc.source == null && !bylineLines.isEmpty() && bylineLines.get(bylineLines.size() - 1) == li - 1
          && bylines.readOutletUnderByline(doc, tokens, line)) {
        bylineLines.add(li); // the outlet on the line under the byline: "By Ana Lima" / "Eurasia Channel"
        continue;
      }
      if (firstReport && !bylineSeen && li + 1 < lines.size() && isTitle(tokens, line)
          && standsOverHeadline(doc, ids, lines, li)) {
        bylineLines.add(li); // "PAPER" / "Town, Weekday, Month D, YYYY - English service" / "" / "Headline": the masthead's block
        DateWords.Read date = dates.find(tokens, line.firstToken(), line.endToken());
        Datelines.stateDate(doc, date != null && date.year() > 0 ? date : null);
        if (doc.source == null && date != null && date.year() > 0 && bylineLines.contains(li - 1)) {
          datedMastheads.readNameOverIssue(doc, tokens, lines.get(li - 1)); // the paper's name over its issue's line
        }
        continue;
      }
      if (datelines.readDateline(doc, tokens, line, true)) {
        leadSeen = true;
        continue;
      }
      if (firstReport && datedMastheads.readIssueLine(doc, doc.input, tokens, line)) {
        bylineLines.add(li); // "[Service] / [Bulletin] No. [N] / [day month year]": the issue, not the headline
        continue;
      }
      int wrapped = firstReport ? wrappedHeadlineEnd(doc.input, tokens, ids, lines, li) : li;
      if (wrapped > li) {
        // a headline in capitals wrapped over lines with no blank line between is one headline
        Line last = lines.get(wrapped);
        Line headline = new Line(line.index(), line.firstSentence(), last.endSentence(), line.firstToken(), last.endToken());
        doc.title = headline.normalized(tokens);
        titleKey = headline.key(tokens, headline.firstToken(), headline.endToken());
        li = wrapped;
        continue;
      }
      if (firstReport && li + 1 < lines.size() && (isSectionLabel(tokens, line, lines.get(li + 1))
          || bars(tokens, line) >= 2 && line.tokenCount() <= 40)) {
        bylineLines.add(li); // "Middle East", "DEFENCE INDUSTRY", "Outlet - tagline | Section | Section" above the headline
        continue;
      }
      if (firstReport && li + 1 < lines.size() && bars(tokens, line) == 0 && isMenu(tokens, lines.get(li + 1))
          && !line.endsWithPeriod(tokens)) {
        bylineLines.add(li); // "Outlet - tagline" over the site's menu: the masthead, not the headline
        continue;
      }
      DateWords.Read issue = firstReport && li > 0 && bylineLines.contains(li - 1)
          ? datedMastheads.issueUnder(doc.input, tokens, lines.get(li - 1), line, li + 1 < lines.size() ? lines.get(li + 1) : null) : null;
      if (issue != null) {
        datedMastheads.readNameOverIssue(doc, tokens, lines.get(li - 1)); // "EXAMPLE NEWS -- Desk" / "N 12, 7 May 2006"
      } else if (firstReport && li + 1 < lines.size()) {
        issue = datedMastheads.issueUnder(doc.input, tokens, line, lines.get(li + 1), li + 2 < lines.size() ? lines.get(li + 2) : null);
        if (issue != null && datedMastheads.readNameOverIssue(doc, tokens, line)) {
          bylineLines.add(li++); // "THE EXAMPLE HERALD" / "Tuesday, 26 October, 2004"
        } else {
          issue = null;
        }
      }
      if (issue != null) {
        Datelines.stateDate(doc, issue);
        bylineLines.add(li); // the issue's line under the paper's name
        continue;
      }
      if (firstReport && !bylineSeen && li + 1 < lines.size() && isTitle(tokens, line)
          && bylineLead.matchAt(ids, line.firstToken(), line.endToken()) < 0) { // "By our Foreign Desk" is no headline
        // a byline or credit line run on into the headline's sentence: "Headline" / "Ana Lima, Example Agency"
        Line under = Line.underHeadline(doc.input, tokens, line);
        int note = WireHeads.editorsNoteStart(doc.input, tokens, line);
        int slug = datelines.lookalikes.afterSlugCredit(tokens, line); // "TALKS-ARMS (AGENCY) Headline"
        Line headline = slug > line.firstToken() ? new Line(line.index(), line.firstSentence(), line.endSentence(), slug, line.endToken())
            : note < line.endToken() // "Headline" / "Eds: UPDATES with ...": the note is no part of it
            ? new Line(line.index(), line.firstSentence(), line.endSentence(), line.firstToken(), note)
            : under != null && bylines.readUnderHeadline(doc, tokens, under)
            ? new Line(line.index(), line.firstSentence(), line.endSentence(), line.firstToken(), under.firstToken()) : line;
        bylineSeen = doc.author != null;
        doc.title = headline.normalized(tokens);
        titleKey = headline.key(tokens, headline.firstToken(), headline.endToken());
        if (!outlets.readTitleOutlet(doc, tokens, line)) {
          outlets.readOutletTitle(doc, tokens, line);
        }
        continue;
      }
      if (titleKey != null && line.keyIs(titleKey, tokens, line.firstToken(), line.endToken())) {
        continue; // the headline shown twice
      }
      if (titleKey != null && standfirsts < 2 && !line.endsWithPeriod(tokens) && line.tokenCount() <= 80) {
        standfirsts++; // a standfirst under the headline
        continue;
      }
      if (titleKey != null && standfirsts < 2 && !bylineSeen && li + 1 < head && bylines.startsByline(tokens, ids, lines.get(li + 1))) {
        standfirsts++; // a standfirst in full sentences, with the byline under it
        continue;
      }
      if (titleKey != null && doc.dateline == null && li + 1 < head && !opensWithSpeaker(tokens, lines.get(li + 1))) {
        if (!datelines.readDateline(doc, tokens, lines.get(li + 1), false) && li + 2 < head && isCreditLine(tokens, lines.get(li + 1))
            && datelines.readDateline(doc, tokens, lines.get(li + 2), false)) {
          bylineLines.add(li + 1); // a standfirst, a credit line ("Example Agency") and the dateline under them
        } // a standfirst in full sentences, the dateline under it
      }
      leadSeen = true;
    }
    markFurniture(doc, lines, bylineLines);
    if (doc.source == null) {
      outlets.readSourceLine(doc, tokens, lines);
    }
    if (doc.source == null || doc.author == null) {
      List<Line> tail = Line.physical(tokens, lines, lines.size() - 6);
      closing.readClosingCredit(doc, tokens, tail);
      if (doc.source == null) {
        outlets.readCopyright(doc, tokens, tail);
      }
    }
    if (doc.dateline == null && doc.source != null) {
      closing.readAddress(doc, tokens, Line.physical(tokens, lines, lines.size() - 3));
    }
    if (doc.source == null) {
      nameplates.read(doc, tokens, lines, titleKey); // "UUSI SUOMI" alone over the headline: the paper's name, read last
    }
    if (doc.statedPublished == null) {
      statedDates.readIssueMonth(doc, lines, head);
    }
    if (doc.source != null) {
      doc.source = withoutEditionLanguage(doc.source);
    }
    doc.sourceState = doc.source == null ? null : agencies.stateOf(doc.source);
    doc.outletState = doc.sourceState != null ? doc.sourceState : outletStates.mastheadState(doc);
  }

  /**
   * {@code source} without its edition's language at the end: "Example Radio in English" as "Example
   * Radio", "AGENCY English" as "AGENCY" when the rest is a known agency or an initialism in capitals
   * (a site named "Example English" keeps its name).
   */
  String withoutEditionLanguage(String source) {
    int space = source.lastIndexOf(' ');
    if (space <= 0 || !editionLanguages.contains(Keys.of(source.substring(space + 1)))) {
      return source;
    }
    String rest = source.substring(0, space).strip();
    int before = rest.lastIndexOf(' ');
    if (before > 0 && rest.substring(before + 1).equalsIgnoreCase("in")) {
      return rest.substring(0, before).strip(); // "... in English"
    }
    boolean initialism = rest.length() >= 2 && rest.length() <= 7 && rest.chars().allMatch(Character::isUpperCase);
    return initialism || agencies.name(rest) != null ? rest : source;
  }

  /**
   * Whether lines[li] is a line of the masthead's block, not the headline: a headline stands alone, and
   * this line is in the page's first block under its first line with no blank line between (the paper's name above it),
   * in a block of at most four short lines that are no sentence and no byline, not all in capitals, and the block is followed,
   * after a blank line, by one headline-shaped line of three words or more that stands alone (a blank line, a
   * byline or the end under it), in capitals or with a lower-case word of four letters or more, and is no credit
   * ("From our correspondent in Lima") or dateline with a date: "PAPER" / "Town, Weekday, D Month YYYY - English service" / "Front page" / "" / "Headline".
   */
  private boolean standsOverHeadline(Document doc, int[] ids, List<Line> lines, int li) {
    String input = doc.input;
    List<Token> tokens = doc.tokens;
    Line line = lines.get(li);
    if (li == 0) {
      return false;
    }
    for (int k = 1; k <= li; k++) { // the page's first block: no blank line above the line
      if (newlines(input, tokens.get(lines.get(k - 1).endToken() - 1).end(), tokens.get(lines.get(k).firstToken()).start()) != 1) {
        return false;
      }
    }
    int j = li;
    while (true) {
      Line b = lines.get(j);
      if (b.tokenCount() > 30 || b.endsWithPeriod(tokens) || bylineLead.matchAt(ids, b.firstToken(), b.endToken()) >= 0
          || physicalLines(input, tokens, b) > 3) {
        return false;
      }
      if (j + 1 >= lines.size() || j - li >= 3
          || newlines(input, tokens.get(b.endToken() - 1).end(), tokens.get(lines.get(j + 1).firstToken()).start()) != 1) {
        break;
      }
      j++;
    }
    if (j + 1 >= lines.size() || j - li >= 3 || Spans.allCaps(tokens, line.firstToken(), lines.get(j).endToken())) {
      return false; // a headline in capitals wrapped over lines, its deck under it: "TREATY SIGNED" / "IN THE CAPITAL"
    }
    Line h = lines.get(j + 1);
    Token first = tokens.get(h.firstToken());
    if (!isTitle(tokens, h) || h.wordCount(tokens) < 3 || first.is("from") // a credit: "Staff Report", "From our correspondent in Lima"
        || physicalLines(input, tokens, h) != 1 || isFurniture(doc, h) || dates.isWeekday(first)
        || dates.find(tokens, h.firstToken(), h.endToken()) != null || bylineLead.matchAt(ids, h.firstToken(), h.endToken()) >= 0) {
      return false;
    }
    boolean phrase = Spans.allCaps(tokens, h.firstToken(), h.endToken());
    for (int i = h.firstToken(); i < h.endToken() && !phrase; i++) {
      phrase = tokens.get(i).isWord() && tokens.get(i).isLowerCase() && tokens.get(i).text().length() >= 4
          && !elidedName(tokens.get(i).text());
    }
    if (!phrase) {
      return false; // names alone ("Ana Lima and Ode Oko") are a byline under a headline, not a headline
    }
    if (j + 2 >= lines.size()) {
      return true;
    }
    Line after = lines.get(j + 2);
    return newlines(input, tokens.get(h.endToken() - 1).end(), tokens.get(after.firstToken()).start()) >= 2
        || bylines.startsByline(tokens, ids, after);
  }

  // the lines of the page a line spans
  private static int physicalLines(String input, List<Token> tokens, Line line) {
    return 1 + newlines(input, tokens.get(line.firstToken()).start(), tokens.get(line.endToken() - 1).end());
  }

  // a short credit line of capitalized words, no sentence: "Example Agency", "Agencia EX"
  private static boolean isCreditLine(List<Token> tokens, Line line) {
    if (line.tokenCount() > 4) {
      return false;
    }
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (!tokens.get(i).isWord() || !tokens.get(i).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  // "QUESTION: ...", "LAVROV: ...": a transcript's speaker, not a dateline in capitals (a known city may be one)
  private boolean opensWithSpeaker(List<Token> tokens, Line line) {
    int from = line.firstToken();
    int c = from;
    while (c < line.endToken() && c - from < 4 && tokens.get(c).isWord()) {
      c++;
    }
    return c > from && c < line.endToken() && tokens.get(c).text().equals(":") && !cities.contains(keyOf(tokens, from, c));
  }

  // a full date, perhaps after its weekday, a bar and a section's name of at most four words:
  // "February 22, 1995 | THE WORLD", "Tuesday, 3 March 2015 | Nation"; the date is the issue's
  private boolean isDatedSection(Document doc, List<Token> tokens, Line line) {
    int end = line.endToken();
    int first = line.firstToken();
    if (dates.isWeekday(tokens.get(first))) {
      first = Spans.skip(tokens, first + 1, end, ",");
    }
    DateWords.Read date = line.tokenCount() <= 14 ? dates.readAt(tokens, first, end) : null;
    if (date == null || date.year() == 0 || date.end() + 1 >= end || !tokens.get(date.end()).text().equals("|")) {
      return false;
    }
    for (int i = date.end() + 1; i < end; i++) {
      if (!tokens.get(i).isWord() || !tokens.get(i).isCapitalized() || i - date.end() > 4) {
        return false;
      }
    }
    Datelines.stateDate(doc, date);
    return true;
  }

  /**
   * The last of the lines from {@code li} that make one headline in capitals wrapped with no blank
   * line between ("SIDES SIGN ARMS" / "PACT IN THE CAPITAL"), at most four; {@code li} when the line
   * is not such a headline's first. A byline under it ("BY ANA LIMA") is not part of it.
   */
  private int wrappedHeadlineEnd(String input, List<Token> tokens, int[] ids, List<Line> lines, int li) {
    int j = li;
    while (j + 1 < lines.size() && j - li < 3 && isCapsHeadline(tokens, lines.get(j)) && isCapsHeadline(tokens, lines.get(j + 1))
        && newlines(input, tokens.get(lines.get(j).endToken() - 1).end(), tokens.get(lines.get(j + 1).firstToken()).start()) == 1
        && bylineLead.matchAt(ids, lines.get(j + 1).firstToken(), lines.get(j + 1).endToken()) < 0) {
      j++;
    }
    return j;
  }

  private boolean isCapsHeadline(List<Token> tokens, Line line) {
    if (line.tokenCount() > 20 || line.endsWithPeriod(tokens) || !Spans.allCaps(tokens, line.firstToken(), line.endToken())
        || wireHeads.isWireSlug(tokens, line)) {
      return false;
    }
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (tokens.get(i).text().equals("=")) {
        return false; // "KEY=VALUE" lines of a feed's header
      }
    }
    return true;
  }

  /** The line breaks in {@code input} between {@code from} and {@code to}. */
  static int newlines(String input, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += input.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }

  /**
   * A label above the headline: at most three words, no sentence, and the next line no report
   * sentence either ("Middle East" / "Iran and ... agree to restore ties", "PRESS RELEASE" / "No. 412").
   */
  private static boolean isSectionLabel(List<Token> tokens, Line line, Line next) {
    int words = line.wordCount(tokens);
    return words >= 1 && words <= 3 && line.tokenCount() <= 6 && !line.endsWithPeriod(tokens)
        && !next.endsWithPeriod(tokens) && next.tokenCount() <= 40 && (tokens.get(line.firstToken()).isCapitalized()
        || tokens.get(line.firstToken()).isNumber());
  }

  static boolean isFurniture(Document doc, Line line) {
    return doc.sentences.get(line.firstSentence()).boilerplate();
  }

  // "Politics | World | Asia": at least two bars between words, no label, time or date
  private static boolean isMenu(List<Token> tokens, Line line) {
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (tokens.get(i).isNumber() || tokens.get(i).text().equals(":")) {
        return false;
      }
    }
    return bars(tokens, line) >= 2;
  }

  private static int bars(List<Token> tokens, Line line) {
    int bars = 0;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      bars += tokens.get(i).text().equals("|") ? 1 : 0;
    }
    return bars;
  }

  /** A name after an elided particle ("d'Information", "l'Est"): a capitalised word, not a headline's lower-case one. */
  private static boolean elidedName(String word) {
    int apostrophe = word.indexOf('\'') >= 0 ? word.indexOf('\'') : word.indexOf('\u2019');
    return apostrophe > 0 && apostrophe <= 2 && apostrophe + 1 < word.length() && Character.isUpperCase(word.charAt(apostrophe + 1));
  }

  private static boolean isTitle(List<Token> tokens, Line line) {
    Token first = tokens.get(line.firstToken());
    if (first.isPunct() && !first.text().equals("\"") && !first.text().equals("'") && !WireHeads.isBracketTag(tokens, line)) {
      return false; // a bullet or a bracket opens list items and notes, not headlines
    }
    // "Outlet | Section | Section" is page chrome; a headline has at most one bar ("Headline | Outlet")
    return bars(tokens, line) < 2 && BoilerplateDetector.isHeadlineShaped(tokens, line) && line.tokenCount() <= 40;
  }

  private static void markFurniture(Document doc, List<Line> lines, List<Integer> which) {
    if (which.isEmpty()) {
      return;
    }
    List<Sentence> out = new ArrayList<>(doc.sentences);
    for (int li : which) {
      Line line = lines.get(li);
      for (int s = line.firstSentence(); s < line.endSentence(); s++) {
        out.set(s, out.get(s).withBoilerplate(true));
      }
    }
    doc.sentences = List.copyOf(out);
  }
}
