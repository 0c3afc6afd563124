package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import org.junit.jupiter.api.Test;

/** Invariants of tokens and sentences over arbitrary text. */
class TextPropertiesTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  // pieces that stress the cutting rules: marks, surrogates, look-alikes, broken encodings, line ends
  private static final String[] PIECES = {
      "a", "Z", "é", "e\u0301", "\u0301", "\u0308", "7", "٣", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00",
      "\uFFFD", "\r\n", "\n", "\r", "\u2028", " ", "\u00A0", "\u202F", "\t", "\u00AD", "\u200D", "\u200B", "\uFEFF",
      "-", "\u2011", "\u2013", "\u2014", "'", "\u2019", "\u00B4", "\"", "\u201C", "\u201D", "\u00AB", ".", "..",
      "\u2026", ",", "!", "?", ":", ";", "(", ")", "$", "%", "•", "|", "/", "ß", "İ", "ı", "ø", "中", "Mr.", "U.S.",
      "St.", "257,200", "85.2", "2015-2018", "AK-103", "said.The", " No. ", "\u0000", "\u001F", "\u0085"};

  /** Article-like text built from the stress pieces above and arbitrary characters. */
  static final Gen<String> TEXTS = Gens.strings(
      Gens.frequency(Gens.weighted(3, Gens.elements(PIECES)), Gens.weighted(2, Gens.anyChar())), 0, 150);

  private static String randomText(SplittableRandom r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(r.nextInt(4) == 0 ? Character.toString(r.nextInt(0x110000)) : PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void tokenSpansMapBackToTheSameCharacters() {
    Prop.check("token spans map back to the original characters", TEXTS, 2000,
        text -> checkTokens(text, tokenizer.tokenize(text)));
  }

  @Test
  void tokensAreThoseOfTheReferenceRules() {
    // ASCII-heavy text too, where the fast paths run: words, symbols, the backquote, marks after symbols
    Gen<String> ascii = Gens.strings(Gens.frequency(
        Gens.weighted(4, Gens.elements("Venezuela", "U.S.", " ", "said", "Said", "the", "The", "THE", "thee", "A", "a", "I", "x", "$", "`", "`s", "\u0301", "-", "'", ".", ",",
            "4", "1,200", "Russian-made", "O'Neil", "\n", "\u007F", "~", "#", "é")),
        Gens.weighted(1, Gens.anyChar())), 0, 120);
    ReferenceTokenizer reference = new ReferenceTokenizer();
    Prop.check("tokenize == reference", Gens.oneOf(TEXTS, ascii), 2000,
        text -> assertEquals(reference.tokenize(text), tokenizer.tokenize(text)));
  }

  @Test
  void wordNumbersAreThoseOfTheWordLists() {
    // words the lists hold and words they do not, in any case, as long as the kept words' longest and
    // longer, so that the kept words' numbers, chars and flags are read back from every part of a slot
    WordIds.Ids listed = WordIds.register(List.of("said", "billion", "venezuela", "abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmnopqrstuvwxy", "su-35"));
    Gen<String> words = Gens.elements("said", "SAID", "Said", "billion", "Venezuela", "the", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxy", "abcdefghijklmnopqrstuvwxyza", "Su-35", "2019", "x");
    Gen<String> texts = Gens.strings(Gens.frequency(Gens.weighted(4, words),
        Gens.weighted(2, Gens.elements(" ", ", ", ".\n", "'s ")), Gens.weighted(1, Gens.anyChar())), 0, 80);
    Prop.check("word numbers == the lists' numbers of the keys", texts, 2000, text -> {
      Tokenizer.Numbered numbered = tokenizer.tokenizeNumbered(text);
      assertEquals(new ReferenceTokenizer().tokenize(text), numbered.tokens);
      int[] expected = new int[numbered.tokens.size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = numbered.numbering.of(numbered.tokens.get(i).key());
      }
      assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(numbered.wordIds));
      assertTrue(listed.size() <= numbered.numbering.size());
    });
  }

  @Test
  void caseFlagsAreTheOriginalTextsAndCasedWordsHaveLetterKeys() {
    // the country tagger reads a token's case from its flags, not from the text, and the date and amount
    // scanners know a cased word's key starts with a letter without reading it
    Prop.check("case flag == the original first code point's case; a cased word's key starts with no digit",
        TEXTS, 2000, text -> {
          for (Token t : tokenizer.tokenize(text)) {
            char c0 = text.charAt(t.start());
            boolean upper = c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(text.codePointAt(t.start()));
            assertEquals(upper, t.isCapitalized(), () -> "case of " + t);
            if (t.isWord() && (t.isCapitalized() || t.isLowerCase())) {
              assertTrue(!t.key().isEmpty() && !Character.isDigit(t.key().charAt(0)), () -> "key of " + t);
            }
          }
        });
  }

  @Test
  void sentencesPartitionTheTokensInOrder() {
    Prop.check("sentences partition the tokens in order", TEXTS, 2000, text -> {
      List<Token> tokens = tokenizer.tokenize(text);
      checkSentences(tokens, splitter.split(text, tokens), text);
    });
  }

  @Test
  void emptyAndHugeInputsFinish() {
    assertEquals(List.of(), tokenizer.tokenize(""));
    assertEquals(List.of(), splitter.split("", List.of()));
    assertEquals(List.of(), splitter.split(" \n\uFFFD ", tokenizer.tokenize(" \n\uFFFD ")));
    SplittableRandom r = new SplittableRandom(5L);
    StringBuilder sb = new StringBuilder(5 * 1024 * 1024 + 100);
    while (sb.length() < 5 * 1024 * 1024) {
      sb.append(randomText(r, 50));
    }
    String text = sb.toString();
    List<Token> tokens = tokenizer.tokenize(text);
    checkSentences(tokens, splitter.split(text, tokens), text);
    // one unbroken 5 MB word, and 5 MB of periods
    String word = "a".repeat(5 * 1024 * 1024);
    assertEquals(1, tokenizer.tokenize(word).size());
    String dots = ".".repeat(5 * 1024 * 1024);
    assertEquals(1, splitter.split(dots, tokenizer.tokenize(dots)).size());
  }

  static void checkTokens(String text, List<Token> tokens) {
    int last = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      assertEquals(k, t.index());
      assertTrue(t.start() >= last && t.end() <= text.length(), () -> "span out of order: " + t + " in " + escape(text));
      for (int g = last; g < t.start(); g++) {
        char c = text.charAt(g);
        assertTrue(Chars.isSpace(c) || Chars.isLineBreak(c) || Chars.isIgnorable(c),
            "a gap holds a character that is no separator: U+" + Integer.toHexString(c) + " in " + escape(text));
      }
      String original = text.substring(t.start(), t.end());
      assertEquals(Chars.normalize(original), t.text(), () -> "token text differs from its span " + escape(original));
      assertEquals(Keys.of(t.text()), t.key());
      assertTrue(!Character.isLowSurrogate(text.charAt(t.start())) || t.start() == 0
          || !Character.isHighSurrogate(text.charAt(t.start() - 1)), "a token starts inside a surrogate pair");
      assertTrue(t.end() == text.length() || !Character.isLowSurrogate(text.charAt(t.end()))
          || !Character.isHighSurrogate(text.charAt(t.end() - 1)), "a token ends inside a surrogate pair");
      last = t.end();
    }
    for (int g = last; g < text.length(); g++) {
      char c = text.charAt(g);
      assertTrue(Chars.isSpace(c) || Chars.isLineBreak(c) || Chars.isIgnorable(c), "trailing gap holds a character");
    }
  }

  static void checkSentences(List<Token> tokens, List<Sentence> sentences, String text) {
    int next = 0;
    int lastEnd = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      assertEquals(k, s.index());
      assertEquals(next, s.firstToken(), () -> "sentences skip or repeat tokens in " + escape(text));
      assertTrue(s.endToken() - s.firstToken() <= SentenceSplitter.MAX_TOKENS);
      assertEquals(tokens.get(s.firstToken()).start(), s.start());
      assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
      assertTrue(s.start() >= lastEnd);
      lastEnd = s.end();
      next = s.endToken();
    }
    assertEquals(tokens.size(), next, "sentences do not cover every token");
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 32 && c < 127) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }
}
