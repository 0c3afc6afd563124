package dev.entente.parse.internal.text;

/**
 * Finds the line breaks of hard-wrapped text (wire copy and archive pages set in fixed-width
 * lines) and reads each as a space, so a name or phrase broken at a line end is whole for every
 * later stage. The text keeps its length: a break's one or two chars become as many spaces, so
 * every offset is still one into the original text.
 *
 * <p>A text is wrapped when several of its lines reach nearly the same width (the longest line of
 * at most {@value #MAX_WIDTH} chars that has a next line in its block, as a headline or standfirst alone
 * over a blank line may be set wider than the body) without ending a sentence and go on in a next line no longer than
 * that, they outnumber longer lines, and one of them plainly runs on (a comma or a function word at its
 * end, a lower-case word at the next one's start); two that run on are enough in a short text. In
 * a wrapped text a single break is a space when the next line's first word would not have fitted
 * on the line with the spaces it opens with (the mark of a wrapping program; in the report's body, by the widest line that has a
 * next line in its block, as a headline or masthead line alone may be set wider than the body), unless the next line is a new item by its look: a
 * byline ("By ..."), a bullet or a "- " item under another, an indented line under one that ends a sentence (a paragraph's first line), a dateline (also "City (AGENCY) -", "City - The"), a line in capitals under one
 * that is not, or the reverse (but not the last words of a sentence: "... the statistics agency" /
 * "CAPMAS."). Lines wrapped by hand are ragged: a break the next word would have fitted is still a
 * space where the line is as wide as wrapped prose is ({@value #MIN_WIDTH} chars or more), stops
 * mid-sentence (in a word or a number) and the next line opens with a word in mixed case (or a
 * quotation), not a sentence's opener, and goes on to a sentence's end ("[office] [Given]" /
 * "[Surname] said."). A break is a space whatever the width where no paragraph can end or start: after a
 * comma or a function word, before a lower-case word, after a name's initial ("William P." /
 * "Rogers") or a title abbreviated before a name ("Mr." / "Edward Seaga", from the
 * {@code abbreviations.txt} prefixes).
 *
 * <p>Above the first sentence of the report (headline, masthead, byline, dateline lines) a break is a
 * space where the line plainly runs on (the next line starts in lower case; the line ends with a
 * comma, a hyphen, a bar, a function word, also one in capitals, or inside an open quotation), or
 * where the next line ends its block and the two are no longer than a headline, or where the block
 * is in sentences (a caption, the report's first paragraph). A headline stays apart from its
 * standfirst, from a dateline, a desk or credit line with bars, a note in brackets and a label in
 * capitals under it. A break after a colon and a blank line always stay.
 */
public final class Unwrapper {

  private final java.util.Set<String> functionWords =
      java.util.Set.copyOf(WordLists.lines(Unwrapper.class, "sentence-starters.txt"));
  /** Titles abbreviated before a name ("Mr.", "Gen."), whose period never ends a sentence. */
  private final java.util.Set<String> titles = java.util.Set.copyOf(
      WordLists.sections(Unwrapper.class, "abbreviations.txt").getOrDefault("prefix", java.util.List.of()));

  /** Lines longer than this are never wrapped lines. */
  static final int MAX_WIDTH = 100;
  /** How many lines must reach nearly the width without ending a sentence for a text to be wrapped. */
  private static final int MIN_FULL = 4;
  /** Texts set narrower than this are lists or verse, not wrapped prose. */
  private static final int MIN_WIDTH = 40;
  /** Words that link a line in capitals to the one above it: "TREATY OF FRIENDSHIP" / "AND COOPERATION". */
  private static final java.util.Set<String> LINKS = java.util.Set.of("AND", "OR", "OF", "TO", "IN", "ON", "FOR", "WITH",
      "AT", "BY", "FROM");
  /** Headlines are shorter than this: a longer line under a full headline line is its standfirst. */
  private static final int MAX_HEADLINE = 150;
  /** How far below the width a wrapped line may end. */
  private static final int SLACK = 20;

  /** {@code at} with {@code value} at {@code k}, grown when full. */
  private static int[] put(int[] at, int k, int value) {
    int[] a = k < at.length ? at : java.util.Arrays.copyOf(at, at.length * 2);
    a[k] = value;
    return a;
  }

  /** {@code text} with the breaks inside its hard-wrapped paragraphs read as spaces; {@code text} itself when there are none. */
  public String unwrap(String text) {
    int n = text.length();
    // line starts and ends (end excludes the break and trailing spaces)
    // without a carriage return (most texts) the breaks are found by String.indexOf, which reads many
    // chars at a time
    boolean cr = text.indexOf('\r') >= 0;
    // where each line ends: a '\n', a '\r', or the '\r' of a "\r\n" (read in one pass over the text)
    int[] breaks = new int[64];
    int count = 0;
    if (cr) {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
          breaks = put(breaks, count++, i);
        }
      }
    } else {
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        breaks = put(breaks, count++, i);
      }
    }
    int lines = count + 1;
    if (lines < 3) {
      return text;
    }
    int[] start = new int[lines];
    int[] col = new int[lines]; // where the line begins, its indent included: widths are counted from here
    int[] end = new int[lines];
    int s = 0;
    for (int li = 0; li < lines; li++) {
      int i = li < count ? breaks[li] : n;
      int e = i;
      while (e > s && Chars.isSpace(text.charAt(e - 1))) {
        e--;
      }
      int after = i == n ? n : (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1);
      col[li] = s;
      while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++; // the line's words begin after its indent (a paragraph's first line, a hanging indent under a bullet)
      }
      start[li] = s;
      end[li] = e;
      s = after;
    }
    int width = 0;
    int inBlock = 0; // a headline or masthead line alone over a blank line may be set wider than the body
    int longer = 0;
    for (int k = 0; k < lines; k++) {
      int len = end[k] - col[k];
      if (len > MAX_WIDTH) {
        longer++;
      } else {
        width = Math.max(width, len);
        if (k + 1 < lines && end[k + 1] > start[k + 1]) {
          inBlock = Math.max(inBlock, len);
        }
      }
    }
    // the body's lines and breaks are read by the body's own width, the widest line with a next line in its block
    int bodyWidth = inBlock >= MIN_WIDTH ? inBlock : width;
    int full = 0;
    int runs = 0; // full lines that plainly go on in the next: a sentence broken, not a stack of short lines
    for (int k = 0; k < lines; k++) {
      int len = end[k] - col[k];
      // a wrapped line goes on in the next line of its paragraph: a menu, headline or byline alone over a
      // blank line or a paragraph set in one long line is no mark of wrapping
      int nextLen = k + 1 < lines ? end[k + 1] - col[k + 1] : 0;
      if (len > 0 && len <= width && len >= bodyWidth - SLACK && nextLen > 0 && nextLen <= MAX_WIDTH
          && !endsSentence(text, start[k], end[k])) {
        full++;
        runs += runsOn(text, start[k], end[k], start[k + 1]) ? 1 : 0;
      }
    }
    if (full < MIN_FULL && runs < 2 || full <= longer || width < MIN_WIDTH || runs == 0) {
      return text;
    }
    char[] out = null;
    boolean head = true;
    int blockStart = 0; // the first line of line k's block (after a blank line)
    for (int k = 0; k + 1 < lines; k++) {
      int len = end[k] - start[k];
      int nlen = end[k + 1] - start[k + 1];
      if (k > 0 && end[k - 1] == start[k - 1]) {
        blockStart = k;
      }
      if (len == 0) {
        continue;
      }
      // the report begins at a dateline, or at a paragraph of full lines after a blank line
      head &= !(DatelineShapes.startsWithDateline(text, start[k], end[k]) || k > 0 && end[k - 1] == start[k - 1]
          && full(text, start, col, end, k, lines, width) && full(text, start, col, end, k + 1, lines, width)
          && sentenceAhead(text, start, end, k, lines));
      boolean blockEnd = k + 2 >= lines || end[k + 2] == start[k + 2] || DatelineShapes.startsWithDateline(text, start[k + 2], end[k + 2])
          || isByline(text, start[k + 2], end[k + 2]);
      // the last line of a wrapped headline: short, and no sentence in it
      boolean tail = !full(text, start, col, end, k + 1, lines, width) && nlen > 0
          && !hasSentenceEnd(text, start[k + 1], end[k + 1]) && !endsSentence(text, start[k + 1], end[k + 1]);
      boolean soft = nlen > 0 && end[k] != start[k + 1]
          && joins(text, start, end, k + 1, start[k] - col[k], start[k + 1] - col[k + 1], width, bodyWidth, head, blockEnd || tail,
              head && (sentenceAhead(text, start, end, k, lines) || opensSentence(text, start[blockStart], wordEnd(text, start[blockStart], end[blockStart]))),
              blockEnd);
      // the report has begun after a line that ends a sentence or plainly runs on into the next
      head &= !(hasSentenceEnd(text, start[k], end[k])
          || nlen > 0 && runsOn(text, start[k], end[k], start[k + 1]) && words(text, start[k], end[k]) >= 6
              && !hasBar(text, start[k], end[k] + 1) && sentenceAhead(text, start, end, k, lines));
      if (!soft) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      for (int i = end[k]; i < start[k + 1]; i++) {
        if (Chars.isLineBreak(out[i])) {
          out[i] = ' ';
        }
      }
    }
    return out == null ? text : new String(out);
  }

  private boolean joins(String text, int[] start, int[] end, int next, int indent, int nextIndent, int width, int bodyWidth, boolean head,
      boolean blockEnd, boolean sentences, boolean blankAfter) {
    int from = start[next - 1];
    int to = end[next - 1];
    int nextFrom = start[next];
    int nextTo = end[next];
    char last = text.charAt(to - 1);
    // a break after a colon stays, but in the report's body before a word in lower case: a list of things
    // or a clause run on ("six documents:" / "besides the debt and base agreements, ..."), no new paragraph
    if (last == ':' && (head || !Character.isLowerCase(text.charAt(nextFrom)) || hasBar(text, from, to + 1))) {
      return false;
    }
    int firstWordEnd = nextFrom;
    while (firstWordEnd < nextTo && !Chars.isSpace(text.charAt(firstWordEnd))) {
      firstWordEnd++;
    }
    boolean caps = allCaps(text, from, to);
    if (isBullet(text.charAt(nextFrom)) || isByline(text, nextFrom, nextTo) || dashItem(text, from, to) && dashItem(text, nextFrom, nextTo)
        || !caps && DatelineShapes.startsWithDateline(text, nextFrom, nextTo)) {
      return false; // a new item, a byline, a dateline opening the report
    }
    if ((endsWithInitial(text, from, to) || endsWithTitle(text, from, to)) && Character.isUpperCase(text.charAt(nextFrom))) {
      return true; // "William P." / "Rogers", "The Opposition Leader, Mr." / "Edward Seaga": a name broken after its initial or title
    }
    // a line whose parts are set apart by a run of spaces (a masthead's name, date and page) is broken
    // at the run: the next line then opens with the rest of the run, which would not have fitted either
    int needs = indent + (to - from) + 1 + nextIndent + (firstWordEnd - nextFrom);
    boolean fits = needs <= width;
    if (head) {
      if ((last == '|' || text.charAt(nextFrom) == '|') && !fits) {
        return true; // a menu line broken at a bar
      }
      if (fits || text.charAt(nextFrom) == '['
          || hasBar(text, nextFrom, nextTo) || !caps && words(text, nextFrom, nextTo) >= 2 && allCaps(text, nextFrom, nextTo)) {
        return false; // the line ended on purpose; a menu or credit line; a note or a label under the line
      }
      // above the report a line is a headline, masthead or byline unless it runs on (also into an open
      // quotation), or ends its block's last line (not under a line in capitals) after a lower-case word or a number
      if (runsOn(text, from, to, nextFrom) || openQuote(text, from, to) || caps && LINKS.contains(text.substring(nextFrom, firstWordEnd))) {
        return true;
      }
      // else only a line whose next ends the block, or a block in sentences (a caption, the report's
      // first paragraph), not a headline over its standfirst; never into a line that opens a sentence
      return (blockEnd && (sentences || (to - from) + 1 + (nextTo - nextFrom) <= MAX_HEADLINE)
          || sentences && !opensSentence(text, nextFrom, firstWordEnd))
          && (Character.isLowerCase(lastWordStart(text, from, to)) || Character.isDigit(last) || !caps
              || blankAfter && allCaps(text, nextFrom, nextTo));
    }
    if (Character.isLowerCase(text.charAt(nextFrom)) || last == ',' || endsWithFunctionWord(text, from, to)) {
      return true; // no paragraph ends with a comma or a function word, and none starts in lower case
    }
    if (nextIndent > indent && endsSentence(text, from, to) && !isBullet(text.charAt(from)) && !dashItem(text, from, to)) {
      return false; // a sentence's end over an indented line: the next paragraph's first line (not a bullet's hanging indent)
    }
    if (needs <= bodyWidth) {
      // the next word would have fitted the body's width: the line ended here on purpose, unless it is
      // nearly as wide as the body and stops mid-sentence, as lines wrapped by hand do ("[Given]" / "[Surname] said.")
      return raggedRunOn(text, from, to, indent, nextIndent, nextFrom, nextTo, firstWordEnd, bodyWidth, caps)
          && !opensSentence(text, nextFrom, firstWordEnd) && sentenceAhead(text, start, end, next, start.length);
    }
    if (runsOn(text, from, to, nextFrom)) {
      return true;
    }
    if (!endsSentence(text, from, to) && words(text, nextFrom, nextTo) <= 3 && endsSentence(text, nextFrom, nextTo)) {
      return true; // the last words of a sentence: "according to the statistics agency" / "CAPMAS."
    }
    // a line in capitals under one that is not, or the reverse, is a new item
    return caps == allCaps(text, nextFrom, Math.min(nextTo, firstWordEnd + 20));
  }

  // whether a line that would have had room for the next word still runs on: it is as wide as wrapped
  // prose (a length that does not depend on the width, so a text reads the same at any width) and ends
  // in a word or a number (no sentence's end, no colon), the next line is no further indented and opens
  // with a word not in capitals or a quotation, and neither is a menu or credit line with bars (a sentence
  // that goes on is checked by the caller: a stack of headlines has no end)
  private static boolean raggedRunOn(String text, int from, int to, int indent, int nextIndent, int nextFrom,
      int nextTo, int firstWordEnd, int bodyWidth, boolean caps) {
    char last = text.charAt(to - 1);
    return indent + (to - from) >= MIN_WIDTH && nextIndent <= indent && !caps
        && (Character.isLetterOrDigit(last) || last == ';')
        && (Character.isLetterOrDigit(text.charAt(nextFrom)) || opensQuote(text, nextFrom, nextTo)) && !allCaps(text, nextFrom, firstWordEnd)
        && !hasBar(text, from, to + 1) && !hasBar(text, nextFrom, nextTo + 1);
  }

  // whether a quotation opens at {@code from} on a word: "about matters ...", “watershed”
  private static boolean opensQuote(String text, int from, int to) {
    char c = text.charAt(from);
    return (c == '"' || c == '\u201C') && from + 1 < to && Character.isLetterOrDigit(text.charAt(from + 1));
  }

  // whether line k or one of the next seven, up to a blank line, holds a sentence's end: a paragraph or a
  // caption, not a headline over its standfirst
  private static boolean sentenceAhead(String text, int[] start, int[] end, int k, int lines) {
    for (int j = k; j < lines && j < k + 8 && end[j] > start[j]; j++) {
      if (hasSentenceEnd(text, start[j], end[j]) || endsSentence(text, start[j], end[j])) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String text, int from, int to) {
    int i = from;
    while (i < to && !Chars.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // whether the word [from, to) opens a sentence: a capitalised function word ("The", "On")
  private boolean opensSentence(String text, int from, int to) {
    return to - from <= 7 && Character.isUpperCase(text.charAt(from)) && to - from > 1
        && Character.isLowerCase(text.charAt(from + 1)) && functionWords.contains(text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
  }

  // "- item": a list item opened by a dash and a space
  private static boolean dashItem(String text, int from, int to) {
    return to - from > 2 && (text.charAt(from) == '-' || text.charAt(from) == '\u2013') && text.charAt(from + 1) == ' ';
  }

  // whether the line ends with a single capital and its period, an initial: "Secretary of State William P."
  private static boolean endsWithInitial(String text, int from, int to) {
    return to - from >= 3 && text.charAt(to - 1) == '.' && Character.isUpperCase(text.charAt(to - 2))
        && text.charAt(to - 3) == ' ';
  }

  // whether the line ends with a title abbreviated before a name, capitalised: "The Opposition Leader, Mr."
  private boolean endsWithTitle(String text, int from, int to) {
    if (text.charAt(to - 1) != '.') {
      return false;
    }
    int i = to - 1;
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i < to - 1 && to - 1 - i <= 6 && Character.isUpperCase(text.charAt(i)) && (i == from || Chars.isSpace(text.charAt(i - 1)))
        && titles.contains(text.substring(i, to - 1).toLowerCase(java.util.Locale.ROOT));
  }

  // whether the line holds a bar between spaces: "Home | World", "Source: Xinhua | Editor: ..."
  private static boolean hasBar(String text, int from, int to) {
    for (int i = from + 1; i + 1 < to; i++) {
      if (text.charAt(i) == '|' && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  // whether a quotation opened on the line is still open at its end: agree on "Fresh / Partnership" programme
  private static boolean openQuote(String text, int from, int to) {
    int straight = 0;
    int open = -1;
    int close = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '\u201C') {
        open = i;
      } else if (c == '\u201D') {
        close = i;
      }
    }
    return straight % 2 == 1 || open > close;
  }

  // whether the next line's first word would not have fitted on line k: the mark of a wrapping program
  private static boolean full(String text, int[] start, int[] col, int[] end, int k, int lines, int width) {
    if (k + 1 >= lines || end[k] == start[k] || end[k + 1] == start[k + 1]) {
      return false;
    }
    int w = start[k + 1];
    while (w < end[k + 1] && !Chars.isSpace(text.charAt(w))) {
      w++;
    }
    return (end[k] - col[k]) + 1 + (w - start[k + 1]) > width;
  }

  // whether the line plainly goes on: the next starts in lower case, or the line ends with a comma, a
  // hyphen or a function word
  private boolean runsOn(String text, int from, int to, int nextFrom) {
    char last = text.charAt(to - 1);
    return Character.isLowerCase(text.charAt(nextFrom)) || last == ',' || last == '-' || last == '|'
        || endsWithFunctionWord(text, from, to);
  }

  private static boolean isBullet(char c) {
    return c == '\u2022' || c == '*' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF' || c == '>';
  }

  private static boolean isByline(String text, int from, int to) {
    return to - from > 3 && (text.startsWith("By ", from) || text.startsWith("BY ", from))
        && (Character.isUpperCase(text.charAt(from + 3)) || text.startsWith("our ", from + 3))
        || text.startsWith("From our ", from) || text.startsWith("FROM OUR ", from); // "From our correspondent [Name]"
  }

  // whether the line has cased letters and none of them lower case
  private static boolean allCaps(String text, int from, int to) {
    boolean upper = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  private boolean endsWithFunctionWord(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    if (to - i > 7 || to == i || (i > from && !Chars.isSpace(text.charAt(i - 1)))) {
      return false;
    }
    String word = text.substring(i, to);
    // "AND" ends a line in capitals as "and" ends one in lower case
    return functionWords.contains(Character.isUpperCase(text.charAt(to - 1)) ? word.toLowerCase(java.util.Locale.ROOT) : word);
  }

  // whether the line ends a sentence: . ! ? with any closing quotes or brackets after it
  private static boolean endsSentence(String text, int from, int to) {
    int i = to - 1;
    while (i > from && "\"')]\u201D\u2019".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  // the first char of the line's last word
  private static char lastWordStart(String text, int from, int to) {
    int i = to;
    while (i > from && !Chars.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return text.charAt(i);
  }

  // whether the line holds the end of a sentence of the report: a word of three letters or more in lower
  // case and a period, then the line's end or a capital
  private static boolean hasSentenceEnd(String text, int from, int to) {
    if (words(text, from, to) < 4) {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isLowerCase(text.charAt(i - 1))
          && Character.isLowerCase(text.charAt(i - 2)) && Character.isLetter(text.charAt(i - 3))
          && (i + 1 == to || i + 2 < to && text.charAt(i + 1) == ' ' && !Character.isLowerCase(text.charAt(i + 2)))) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text, int from, int to) {
    int w = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean sp = Chars.isSpace(text.charAt(i));
      if (!sp && !in) {
        w++;
      }
      in = !sp;
    }
    return w;
  }
}
