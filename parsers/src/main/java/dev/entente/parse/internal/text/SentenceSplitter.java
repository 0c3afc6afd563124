package dev.entente.parse.internal.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups tokens into sentences, in one pass. Every token belongs to exactly one sentence; sentences
 * are in text order and never overlap.
 *
 * <ul>
 *   <li>A sentence ends at {@code . ! ?} or an ellipsis (with the closing quotes and brackets written
 *       right after it) when what follows can open a sentence: not a lower-case word, not {@code , ; :}.
 *       A missing space does not matter ("said.The" splits).
 *   <li>The period of a capitalised title ("Mr.", "Dr.", "St.", "Gov.", "Sen.") never ends a
 *       sentence, nor that of a reference abbreviation before a number ("No. 7", "Art. 5"). The period of another abbreviation ("Jan.", "Inc."), of an initial ("George
 *       W. Bush") or of an initialism ("U.S.", "U.N.") ends one only before a usual sentence opener
 *       ("... in the U.S. The ..."); initials in a run ("Z. A. [Surname]") or written onto the name
 *       without a space ("Ch.[Surname]") never end one. Decimals and thousands are inside number tokens, so never split.
 *   <li>A line break ends a sentence, so headlines, bullets, captions and one-line paragraphs stand
 *       alone, except inside a hard-wrapped paragraph: a single line break after a line that does not
 *       end in sentence punctuation, before a lower-case word, or after a comma, a lower-case
 *       function word ("arrived on") or a lower-case part of a name before its next part ("Mr Joop
 *       den / Uyl", {@code name-joiners.txt}).
 *   <li>A run of more than {@value #MAX_TOKENS} tokens without an end is cut, so no later stage sees a
 *       sentence of unbounded length.
 * </ul>
 *
 * <p>The word lists (abbreviations, sentence openers) are data files read once per instance.
 */
public final class SentenceSplitter {

  /** The most tokens one sentence holds; longer runs are cut. */
  public static final int MAX_TOKENS = 400;

  private final Set<String> prefixAbbreviations;
  private final Set<String> referenceAbbreviations;
  private final Set<String> otherAbbreviations;
  private final Set<String> openers;
  private final Set<String> nameJoiners;

  /** A splitter with the shipped word lists. */
  public SentenceSplitter() {
    Map<String, List<String>> abbreviations = WordLists.sections(SentenceSplitter.class, "abbreviations.txt");
    prefixAbbreviations = keys(abbreviations.getOrDefault("prefix", List.of()));
    referenceAbbreviations = keys(abbreviations.getOrDefault("reference", List.of()));
    otherAbbreviations = keys(abbreviations.getOrDefault("other", List.of()));
    openers = keys(WordLists.lines(SentenceSplitter.class, "sentence-starters.txt"));
    nameJoiners = keys(WordLists.lines(SentenceSplitter.class, "name-joiners.txt"));
  }

  private static Set<String> keys(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Keys.of(w));
    }
    return Set.copyOf(out);
  }

  /** The sentences of {@code text}, whose tokens are {@code tokens}; never throws. */
  public List<Sentence> split(String text, List<Token> tokens) {
    int n = tokens.size();
    List<Sentence> out = new ArrayList<>(Math.max(4, n / 20));
    int first = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (i > first && ((t.lineStart() && !continuesLine(text, tokens, i)) || i - first >= MAX_TOKENS)) {
        out.add(make(out.size(), tokens, first, i));
        first = i;
      }
      if (!isTerminal(t)) {
        continue;
      }
      int end = i + 1;
      while (end < n && isCloser(tokens.get(end)) && tokens.get(end).start() == tokens.get(end - 1).end()
          && !tokens.get(end).lineStart()) {
        end++;
      }
      if (end < n && !tokens.get(end).lineStart() && splitsBefore(tokens, first, i, tokens.get(end))) {
        out.add(make(out.size(), tokens, first, end));
        first = end;
        i = end - 1;
      }
    }
    if (first < n) {
      out.add(make(out.size(), tokens, first, n));
    }
    return out;
  }

  // (tests on chars, not string comparisons: they run on every token)
  private static boolean isTerminal(Token t) {
    if ((t.flags() & Token.FINAL_PERIOD) == 0 && !t.isPunct()) {
      return false; // most words: told by the token's flags, without reading its text
    }
    String s = t.text();
    if (t.isPunct()) {
      if (s.isEmpty()) {
        return false;
      }
      char c = s.charAt(0);
      return s.length() == 1 ? c == '.' || c == '!' || c == '?' : c == '.' && s.charAt(1) == '.';
    }
    // an initialism with its final period, "U.S."
    return t.isWord() && s.length() >= 3 && s.charAt(s.length() - 1) == '.';
  }

  private static boolean isCloser(Token t) {
    if (!t.isPunct()) {
      return false;
    }
    String s = t.text();
    return s.length() == 1 && "\"')]}".indexOf(s.charAt(0)) >= 0;
  }

  private boolean splitsBefore(List<Token> tokens, int first, int i, Token next) {
    Token p = tokens.get(i);
    if (p.isWord()) {
      return isOpener(next);
    }
    if (!p.text().equals(".") || i == 0) {
      return opens(next);
    }
    Token prev = tokens.get(i - 1);
    if (prev.end() == p.start()) {
      if (prev.isWord()) {
        if (next.start() == p.end() && (next.isNumber() || Character.isDigit(next.text().charAt(0))) && prev.hasDigit()) {
          return false; // a decimal point inside an amount glued to its currency: "Rs5.6 billion", "$A1.8 billion", "Sh1.1bn"
        }
        if (prefixAbbreviations.contains(prev.key()) && prev.isCapitalized()) {
          return false;
        }
        if (referenceAbbreviations.contains(prev.key()) && next.isNumber()) {
          return false;
        }
        if (isInitial(prev) && (next.start() == p.end() && next.isWord() || isInitial(next) && next.text().length() == 1
            && i + 2 < tokens.size() && tokens.get(i + 1) == next && tokens.get(i + 2).text().equals(".")
            && tokens.get(i + 2).start() == next.end())) {
          return false; // initials in a run, or one written onto the name: "Z. A. [Surname]", "Ch.[Surname]"
        }
        if (otherAbbreviations.contains(prev.key()) || isInitial(prev)) {
          return isOpener(next);
        }
      } else if (prev.isNumber() && i - 1 == first && prev.lineStart()) {
        return false; // "1." numbering a list item
      }
    }
    return opens(next);
  }

  // "W.", and the two-letter initials of transliterated names, "Th.", "Kh.", "Sh.", "Ts."
  private static boolean isInitial(Token t) {
    String s = t.text();
    return (s.length() == 1 || s.length() == 2 && (s.charAt(1) == 'h' || s.charAt(1) == 's' && s.charAt(0) == 'T'))
        && Character.isUpperCase(s.charAt(0));
  }

  // whether a token can open a sentence at all: not a lower-case word, not trailing punctuation
  private static boolean opens(Token t) {
    if (t.isLowerCase()) {
      return false; // the flag is the case of the text's first code point: read without reading the text
    }
    if (!t.isPunct()) {
      return true;
    }
    int c = t.text().codePointAt(0);
    return !(c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '%' || c == '.'
        || c == '/');
  }

  // whether a token usually opens a sentence, for periods that may also just end an abbreviation
  private boolean isOpener(Token t) {
    if (t.isPunct()) {
      return t.text().equals("\"");
    }
    return t.isCapitalized() && openers.contains(t.key());
  }

  // a single line break inside a hard-wrapped paragraph does not end the sentence
  private boolean continuesLine(String text, List<Token> tokens, int i) {
    Token prev = tokens.get(i - 1);
    Token t = tokens.get(i);
    if (lineBreaks(text, prev.end(), t.start()) > 1) {
      return false;
    }
    if (prev.isPunct()) {
      String s = prev.text();
      return s.equals(",") || s.equals(";");
    }
    if (isTerminal(prev)) {
      return false;
    }
    // a line ending in a function word ("arrived on") is cut mid-sentence, as is a name wrapped after
    // a lower-case part of it ("Mr Joop den / Uyl") or a date whose day is wrapped after its month
    // ("signed in [City] on February / 27, 1992")
    return t.isLowerCase() || (prev.isWord() && prev.isLowerCase() && openers.contains(prev.key()))
        || prev.isWord() && prev.isLowerCase() && t.isCapitalized() && nameJoiners.contains(prev.key())
        || prev.isCapitalized() && CalendarNames.month(prev.key()) && t.isNumber() && t.text().length() <= 2;
  }

  private static int lineBreaks(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\r' ? k + 1 >= to || text.charAt(k + 1) != '\n' : Chars.isLineBreak(c)) {
        count++; // CRLF counts once
      }
    }
    return count;
  }

  private static Sentence make(int index, List<Token> tokens, int first, int end) {
    return new Sentence(index, tokens.get(first).start(), tokens.get(end - 1).end(), first, end, false);
  }
}
