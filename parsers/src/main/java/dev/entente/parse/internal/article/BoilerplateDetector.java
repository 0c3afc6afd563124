package dev.entente.parse.internal.article;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.parse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the sentences of page-furniture lines as {@link Sentence#boilerplate()}, by the shape of
 * the line and the small word lists of {@code boilerplate.txt}:
 *
 * <ul>
 *   <li>menus, share bars and section labels: short lines made only of such words ("• WhatsApp",
 *       "Politics"), and breadcrumbs ("World > Africa");
 *   <li>link lines: "Read more: ...", "RELATED:", and the headline right after a lone marker;
 *   <li>comment widgets and counters ("12 comments", "Be the first to comment", a lone number);
 *   <li>captions and credits ("... | Photo: X", "Image credit: X", "AGENCY/Photographer"), gallery
 *       counters ("Photo 3 of 12"), and lines repeating a caption's text;
 *   <li>timestamps ("Updated 14:05 GMT", "Posted on 3 March 2021", "2 min read");
 *   <li>sign-up prompts ("Subscribe to our newsletter") and ad markers ("Advertisement");
 *   <li>credit and copyright trailers ("(Reporting by ...; Editing by ...)", "Source: X", "© 2021 X").
 * </ul>
 *
 * Only short lines are considered (at most {@value #MAX_TOKENS} tokens), so a report paragraph is
 * never furniture. Offsets stay those of the original text.
 *
 * <p>Most lines are report paragraphs that no test marks; the loops over a line's every token first
 * read the tokens' {@link TokenBits} and word numbers (arrays the text reader made) and follow the
 * reference to a {@link Token} only where its text can matter, for speed: by the time this stage runs
 * the tokens are mostly out of the CPU's nearer caches.
 */
public final class BoilerplateDetector implements Stage {

  /** Lines longer than this many tokens are always report. */
  static final int MAX_TOKENS = 60;

  private final Tokenizer tokenizer = new Tokenizer();
  private final Agencies agencies = new Agencies();
  private final DateWords dates = new DateWords();
  private final MenuLines menus;
  private final Phrases link;
  private final Set<String> comment;
  private final Set<String> commentFiller;
  private final Phrases credit;
  private final Set<String> gallery;
  private final Phrases time;
  private final Set<String> timeFiller;
  private final Phrases signup;
  private final Phrases ad;
  private final Set<String> adWords;
  private final Phrases trailer;
  /** The word number ({@link WordIds}) of "all", which opens "All rights reserved". */
  private final int all;

  /** A detector with the shipped word lists. */
  public BoilerplateDetector() {
    Map<String, List<String>> s = WordLists.sections(BoilerplateDetector.class, "boilerplate.txt");
    menus = new MenuLines(keys(s.get("navigation")), dates);
    link = new Phrases(list(s, "link"), tokenizer);
    comment = keys(s.get("comment"));
    commentFiller = keys(s.get("comment-filler"));
    credit = new Phrases(list(s, "credit"), tokenizer);
    gallery = keys(s.get("gallery"));
    time = new Phrases(list(s, "time"), tokenizer);
    timeFiller = keys(s.get("time-filler"));
    signup = new Phrases(list(s, "signup"), tokenizer);
    ad = new Phrases(list(s, "ad"), tokenizer);
    adWords = keys(s.get("ad"));
    trailer = new Phrases(list(s, "trailer"), tokenizer);
    all = WordIds.register(List.of("all")).of("all");
  }

  private static List<String> list(Map<String, List<String>> s, String name) {
    List<String> l = s.get(name);
    if (l == null) {
      throw new IllegalStateException("boilerplate.txt has no [" + name + "] section");
    }
    return l;
  }

  private Set<String> keys(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words == null ? List.<String>of() : words) {
      for (Token t : tokenizer.tokenize(w)) {
        if (!t.isPunct()) {
          out.add(t.key());
        }
      }
    }
    return Set.copyOf(out);
  }

  @Override
  public void apply(Document doc) {
    List<Line> lines = Line.of(doc);
    List<Token> tokens = doc.tokens;
    byte[] bits = doc.tokenBits();
    int[] ids = doc.wordIds();
    boolean[] furniture = new boolean[lines.size()];
    Set<String> captions = new HashSet<>();
    boolean afterLinkMarker = false;
    // before the first report paragraph a headline-shaped line may be the article's own headline
    boolean reportSeen = false;
    for (Line line : lines) {
      if (line.tokenCount() > MAX_TOKENS) {
        afterLinkMarker = false;
        reportSeen = true;
        continue;
      }
      boolean mark = menus.isNavigation(doc.text, tokens, bits, line) || isLink(tokens, ids, line, reportSeen) || isComment(tokens, line)
          || isCaption(tokens, bits, ids, line, captions) || isGallery(tokens, line) || isTimestamp(tokens, ids, line)
          || isSignup(tokens, ids, line) || isAd(tokens, ids, line) || isTrailer(doc.text, tokens, bits, ids, line);
      if (!mark && afterLinkMarker && reportSeen && isHeadlineShaped(tokens, line)) {
        mark = true; // the linked headline under a lone "RELATED" marker
      }
      afterLinkMarker = isLinkMarker(tokens, ids, line);
      reportSeen |= !mark && line.endsWithPeriod(tokens) && line.wordCount(bits) >= 8;
      furniture[line.index()] = mark;
    }
    if (!captions.isEmpty()) {
      for (Line line : lines) {
        if (!furniture[line.index()] && line.tokenCount() <= MAX_TOKENS && isCaptionKey(captions, tokens, line)) {
          furniture[line.index()] = true; // a caption's text shown again, as alt text or a teaser
        }
      }
    }
    List<Sentence> out = null;
    for (Line line : lines) {
      if (!furniture[line.index()]) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(doc.sentences);
      }
      for (int s = line.firstSentence(); s < line.endSentence(); s++) {
        out.set(s, out.get(s).withBoilerplate(true));
      }
    }
    if (out != null) {
      doc.sentences = List.copyOf(out);
    }
  }

  /** Whether a line looks like a headline: 2 to 30 words, not ending like a sentence. */
  static boolean isHeadlineShaped(List<Token> tokens, Line line) {
    int words = line.wordCount(tokens);
    return words >= 2 && words <= 30 && !line.endsWithPeriod(tokens);
  }

  private boolean isLink(List<Token> tokens, int[] ids, Line line, boolean reportSeen) {
    int i = line.firstWord(tokens);
    int end = link.matchAt(ids, i, line.endToken());
    if (end < 0) {
      return false;
    }
    if (end == line.endToken()) {
      return true;
    }
    String next = tokens.get(end).text();
    if (next.equals(":") || next.equals("|") || next.equals(">") || next.equals("-")) {
      return true;
    }
    return reportSeen && isHeadlineShaped(tokens, line) && line.wordCount(tokens) <= 15;
  }

  private boolean isLinkMarker(List<Token> tokens, int[] ids, Line line) {
    int end = link.matchAt(ids, line.firstWord(tokens), line.endToken());
    if (end < 0) {
      return false;
    }
    for (int i = end; i < line.endToken(); i++) {
      if (!tokens.get(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  private boolean isComment(List<Token> tokens, Line line) {
    if (line.tokenCount() > 12) {
      return false;
    }
    boolean core = false;
    int words = 0;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        continue;
      }
      words++;
      if (t.isNumber()) {
        continue;
      }
      if (comment.contains(t.key())) {
        core = true;
      } else if (!commentFiller.contains(t.key())) {
        return false;
      }
    }
    // a lone counter ("0", "12") is a comment or share count
    return core || (words > 0 && words <= 2 && line.wordCount(tokens) == countNumbers(tokens, line));
  }

  private static int countNumbers(List<Token> tokens, Line line) {
    int n = 0;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (tokens.get(i).isNumber()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the key of {@code line} is one of {@code captions}: compared with each in place, so that
   * a line that is none (most lines) builds no key.
   */
  private static boolean isCaptionKey(Set<String> captions, List<Token> tokens, Line line) {
    for (String caption : captions) {
      if (line.keyIs(caption, tokens, line.firstToken(), line.endToken())) {
        return true;
      }
    }
    return false;
  }

  private boolean isCaption(List<Token> tokens, byte[] bits, int[] ids, Line line, Set<String> captions) {
    int first = line.firstWord(tokens);
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      boolean opens = i == first;
      if (!opens && !TokenBits.isPunct(bits[i]) && (i + 2 >= line.endToken() || !TokenBits.isPunct(bits[i + 1]))) {
        continue; // a word inside the line matters only before a slash: told by the bits
      }
      Token t = tokens.get(i);
      int from = i;
      if (t.isPunct()) {
        String s = t.text();
        if (s.length() != 1 || "|([/".indexOf(s.charAt(0)) < 0) {
          continue;
        }
        from = i + 1;
      } else if (!opens) {
        // the cheap tests first: most words are followed by no slash
        if (i + 2 < line.endToken() && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).text().equals("/")
            && t.isWord() && t.isAllCaps() && agencies.isKnownKey(t.key()) && tokens.get(i + 2).isCapitalized()) {
          return true; // AGENCY/Photographer Name
        }
        continue;
      }
      int end = credit.matchAt(ids, from, line.endToken());
      if (end < 0) {
        continue;
      }
      // "Image credit:", "Photo by", "Photo: X"
      int more = credit.matchAt(ids, end, line.endToken());
      if (more > 0) {
        end = more;
      }
      if (end < line.endToken() && (tokens.get(end).text().equals(":") || tokens.get(end).is("by"))) {
        if (t.text().equals("|")) {
          captions.add(line.key(tokens, line.firstToken(), i));
        }
        return true;
      }
    }
    return false;
  }

  private boolean isGallery(List<Token> tokens, Line line) {
    if (line.tokenCount() > 8) {
      return false;
    }
    boolean counter = false;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isNumber() && i + 2 < line.endToken() && tokens.get(i + 2).isNumber()
          && (tokens.get(i + 1).text().equals("/") || tokens.get(i + 1).is("of"))) {
        counter = true;
      } else if (t.isWord() && !gallery.contains(t.key()) && !(i > line.firstToken() && tokens.get(i - 1).isNumber())) {
        return false;
      }
    }
    return counter;
  }

  private boolean isTimestamp(List<Token> tokens, int[] ids, Line line) {
    if (line.tokenCount() > 24) {
      return false;
    }
    int first = line.firstWord(tokens);
    int after = time.matchAt(ids, first, line.endToken());
    for (int i = first + 1; after < 0 && i < line.endToken(); i++) {
      if (tokens.get(i - 1).text().equals("|")) {
        after = time.matchAt(ids, i, line.endToken()); // "PTI | Updated: ..."
      }
    }
    if (after > 0 && after < line.endToken()) {
      for (int i = after; i < line.endToken(); i++) {
        if (tokens.get(i).isNumber() || dates.month(tokens.get(i)) > 0) {
          return true;
        }
      }
      return false;
    }
    // a line of only dates, times and their words: "Sept. 3, 2021 11:42 GMT", "5 hours ago"
    boolean number = false;
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        continue;
      }
      if (t.isNumber() || isOrdinal(t)) {
        number = true;
      } else if (dates.month(t) == 0 && !dates.isWeekday(t) && !timeFiller.contains(t.key())
          && !agencies.isKnownKey(t.key())) {
        return false;
      }
    }
    return number && line.wordCount(tokens) >= 2;
  }

  private static boolean isOrdinal(Token t) {
    String k = t.key();
    return !k.isEmpty() && Character.isDigit(k.charAt(0))
        && (k.endsWith("st") || k.endsWith("nd") || k.endsWith("rd") || k.endsWith("th")) && k.length() <= 4;
  }

  private boolean isSignup(List<Token> tokens, int[] ids, Line line) {
    if (line.tokenCount() > 30) {
      return false;
    }
    int first = line.firstWord(tokens);
    if (signup.matchAt(ids, first, line.endToken()) > 0) {
      return true;
    }
    if (line.tokenCount() > 15 || line.endsWithPeriod(tokens)) {
      return false;
    }
    for (int i = first + 1; i < line.endToken(); i++) {
      int end = signup.matchAt(ids, i, line.endToken());
      // inside a line only a phrase or "newsletter" is a prompt; one word may be a headline's ("to subscribe to")
      if (end > 0 && (end - i >= 2 || tokens.get(i).key().startsWith("newsletter"))) {
        return true;
      }
    }
    return false;
  }

  private boolean isTrailer(String text, List<Token> tokens, byte[] bits, int[] ids, Line line) {
    if (line.tokenCount() > 40) {
      return false;
    }
    int first = line.firstToken();
    Token t = tokens.get(first);
    if (t.text().equals("(") || t.text().equals("[") || t.text().equals("-") || copyrightSign(text, t)) {
      first++;
    }
    int end = trailer.matchAt(ids, first, line.endToken());
    if (end > 0 && end < line.endToken()) {
      String next = tokens.get(end).text();
      // "Source: Xinhua", "Reporting by Ana Lima", "Copyright 2021", "(With inputs from PTI)"
      boolean copyright = tokens.get(first).is("copyright")
          && (tokens.get(end).isNumber() || copyrightSign(text, tokens.get(end)));
      if (next.equals(":") || copyright || end - first >= 2) {
        return true;
      }
    }
    for (int i = line.firstToken(); i < line.endToken(); i++) {
      if (ids[i] == all && trailer.matchAt(ids, i, line.endToken()) > 0) {
        return true; // "... All rights reserved."
      }
      if (TokenBits.isPunct(bits[i]) && copyrightSign(text, tokens.get(i)) && i + 1 < line.endToken()
          && TokenBits.isNumber(bits[i + 1])) {
        return true; // "© 2021 Example News"
      }
    }
    return false;
  }

  /** Whether {@code t} starts with the copyright sign, a symbol: only a punctuation token's text is read. */
  private static boolean copyrightSign(String text, Token t) {
    return t.isPunct() && text.charAt(t.start()) == '\u00A9';
  }

  private boolean isAd(List<Token> tokens, int[] ids, Line line) {
    int first = line.firstWord(tokens);
    int end = ad.matchAt(ids, first, line.endToken());
    if (end < 0) {
      return false;
    }
    if (end - first >= 3) {
      return true; // "Story continues below advertisement"
    }
    for (int i = first; i < line.endToken(); i++) {
      Token t = tokens.get(i);
      if (!t.isPunct() && !adWords.contains(t.key())) {
        return false;
      }
    }
    return true;
  }
}
