package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> texts(String s) {
    return tokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  private List<Token.Kind> kinds(String s) {
    return tokenizer.tokenize(s).stream().map(Token::kind).toList();
  }

  @Test
  void hyphenatedDesignationsAndRangesStayWhole() {
    assertEquals(List.of("India", "bought", "Su-30MKI", "jets", ",", "Tor-M2", "and", "AK-203", "rifles"),
        texts("India bought Su-30MKI jets, Tor-M2 and AK-203 rifles"));
    assertEquals(List.of("in", "2011-2014", "and", "1998-99"), texts("in 2011–2014 and 1998‑99"));
    assertEquals(List.of(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.NUMBER),
        kinds("in 2011–2014 and 1998‑99"));
    assertEquals(Token.Kind.WORD, tokenizer.tokenize("S-400").get(0).kind());
  }

  @Test
  void aTextEndsAtItsOwnLastCharNotAtThatOfALongerTextBefore() {
    // each short text is the start of the longer one read before it, whose chars stay behind its own
    ReferenceTokenizer reference = new ReferenceTokenizer();
    String[][] pairs = {{"1,250 tonnes", "1,25"}, {"the U.S. envoy", "the U.S"}, {"a \uD83D\uDE00 b", "a \uD83D"},
        {"Tor-M2 systems", "Tor-"}, {"Venezuela's oil", "Venezuela'"}, {"85.2 per cent", "85."}};
    for (String[] pair : pairs) {
      tokenizer.tokenize(pair[0]);
      assertEquals(reference.tokenize(pair[1]), tokenizer.tokenize(pair[1]), pair[1]);
    }
    tokenizer.tokenize("1,250 tonnes");
    assertEquals(List.of("1", ",", "25"), texts("1,25"));
  }

  @Test
  void emDashSeparates() {
    assertEquals(List.of("Chile", "-", "a", "partner", "-", "said"), texts("Chile—a partner — said"));
  }

  @Test
  void decimalsAndThousands() {
    assertEquals(List.of("$", "41.7", "million", "and", "1,250,000", "tonnes"),
        texts("$41.7 million and 1,250,000 tonnes"));
    assertEquals(List.of("2", ",", "5"), texts("2,5"));
    assertEquals(List.of("in", "2020", ".", "The"), texts("in 2020.The"));
  }

  @Test
  void initialismsAndInitials() {
    assertEquals(List.of("the", "U.S.", "and", "U.K.", "envoys"), texts("the U.S. and U.K. envoys"));
    assertEquals(List.of("Harry", "S", ".", "Truman"), texts("Harry S. Truman"));
    assertEquals(List.of("A", ".", "Smith"), texts("A.Smith"));
    assertEquals(List.of("at", "9", "a.m.", "local"), texts("at 9 a.m. local"));
  }

  @Test
  void missingSpaceAfterPeriodSplitsWords() {
    assertEquals(List.of("talks", ".", "Officials", "said"), texts("talks.Officials said"));
  }

  @Test
  void typographicFormsAreMadePlainButOffsetsStayOriginal() {
    String s = "Kenya’s “ally” Côte d’Ivoire";
    List<Token> ts = tokenizer.tokenize(s);
    assertEquals(List.of("Kenya's", "\"", "ally", "\"", "Côte", "d'Ivoire"), ts.stream().map(Token::text).toList());
    assertEquals("cote", ts.get(4).key());
    assertEquals("d’Ivoire", s.substring(ts.get(5).start(), ts.get(5).end()));
  }

  @Test
  void combiningAccentsComposeAndFold() {
    String s = "Jose\u0301 Mu\u0301jica";
    List<Token> ts = tokenizer.tokenize(s);
    assertEquals(List.of("José", "Mújica"), ts.stream().map(Token::text).toList());
    assertEquals(List.of("jose", "mujica"), ts.stream().map(Token::key).toList());
  }

  @Test
  void replacementCharNbspAndSoftHyphenSeparateOrVanish() {
    assertEquals(List.of("interference", "military"), texts("interference \uFFFD military"));
    assertEquals(List.of("Ghana", "Togo"), texts("Ghana\u00A0Togo"));
    List<Token> ts = tokenizer.tokenize("Ma\u00ADlaysia");
    assertEquals(1, ts.size());
    assertEquals("Malaysia", ts.get(0).text());
    assertEquals(9, ts.get(0).end());
  }

  @Test
  void ellipsisIsOneToken() {
    assertEquals(List.of("so", "...", "then", "..."), texts("so... then …"));
  }

  @Test
  void lineStartsAreMarked() {
    List<Token> ts = tokenizer.tokenize("One two\r\n  Three\n\nFour");
    assertEquals(List.of(true, false, true, true), ts.stream().map(Token::lineStart).toList());
  }

  @Test
  void surrogatesStayTogether() {
    String s = "a \uD83D\uDE00 \uD835\uDC00b \uD800 c";
    List<Token> ts = tokenizer.tokenize(s);
    assertEquals(List.of("a", "\uD83D\uDE00", "\uD835\uDC00b", "\uD800", "c"), ts.stream().map(Token::text).toList());
    for (Token t : ts) {
      assertTrue(!Character.isLowSurrogate(s.charAt(t.start())), t.toString());
    }
  }

  @Test
  void theDigitFlagMarksKeysWithAnAsciiDigit() {
    // the same words twice: the second time from the thread's kept words
    for (int pass = 0; pass < 2; pass++) {
      List<Token> ts = tokenizer.tokenize("USD1 EUR500m Su-35 in 2019, Gripen and ١٢ cents");
      assertEquals(List.of(true, true, true, false, true, false, false, false, false, false),
          ts.stream().map(Token::hasDigit).toList());
    }
  }
}
