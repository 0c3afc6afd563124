package dev.entente.parse.internal.article;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of an article as its sentences {@code [firstSentence, endSentence)} and tokens
 * {@code [firstToken, endToken)}. A hard-wrapped paragraph whose sentences run across line breaks
 * is one line here: a line starts with every sentence that starts a line.
 */
record Line(int index, int firstSentence, int endSentence, int firstToken, int endToken) {

  /** The lines of {@code doc}, from its sentences. */
  static List<Line> of(Document doc) {
    List<Line> out = new ArrayList<>();
    List<Sentence> sentences = doc.sentences;
    int first = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      if (i == sentences.size() || doc.tokens.get(sentences.get(i).firstToken()).lineStart()) {
        out.add(new Line(out.size(), first, i, sentences.get(first).firstToken(), sentences.get(i - 1).endToken()));
        first = i;
      }
    }
    return out;
  }

  /**
   * The last lines of {@code lines} from {@code from} on, each split where a token starts a line of the
   * text: lines without a sentence end between them ("-- AGENCY" over "Leave a comment") are one
   * sentence, and so one {@code Line}, but the credits at a page's end are read line by line. The
   * parts keep their line's sentences.
   */
  static List<Line> physical(List<Token> tokens, List<Line> lines, int from) {
    List<Line> out = new ArrayList<>();
    for (int li = Math.max(0, from); li < lines.size(); li++) {
      Line line = lines.get(li);
      int start = line.firstToken;
      for (int i = start + 1; i <= line.endToken; i++) {
        if (i == line.endToken || tokens.get(i).lineStart()) {
          out.add(new Line(out.size(), line.firstSentence, line.endSentence, start, i));
          start = i;
        }
      }
    }
    return out;
  }

  /**
   * The second physical line of a line of exactly two short ones (a headline and the line under it
   * that the sentence splitter or the unwrapper ran on into it), or null.
   */
  static @Nullable Line underHeadline(String text, List<Token> tokens, Line line) {
    int second = -1;
    for (int i = line.firstToken + 1; i < line.endToken; i++) {
      if (text.lastIndexOf('\n', tokens.get(i).start()) >= tokens.get(i - 1).end()) { // also a break the unwrapper read as a space
        if (second >= 0) {
          return null;
        }
        second = i;
      }
    }
    return second < 0 || line.endToken - second > 12 ? null
        : new Line(line.index, line.firstSentence, line.endSentence, second, line.endToken);
  }

  int tokenCount() {
    return endToken - firstToken;
  }

  /** The number of word and number tokens. */
  int wordCount(List<Token> tokens) {
    int n = 0;
    for (int i = firstToken; i < endToken; i++) {
      if (!tokens.get(i).isPunct()) {
        n++;
      }
    }
    return n;
  }

  /** The number of word and number tokens, told by their {@link TokenBits}. */
  int wordCount(byte[] bits) {
    int n = 0;
    for (int i = firstToken; i < endToken; i++) {
      if (!TokenBits.isPunct(bits[i])) {
        n++;
      }
    }
    return n;
  }

  /** The index of the first word or number token, or {@code endToken} when there is none. */
  int firstWord(List<Token> tokens) {
    int i = firstToken;
    while (i < endToken && tokens.get(i).isPunct()) {
      i++;
    }
    return i;
  }

  /** Whether the line ends like a sentence (a period or a colon), not like a headline or a label. */
  boolean endsWithPeriod(List<Token> tokens) {
    int i = endToken - 1;
    while (i > firstToken && isCloser(tokens.get(i))) {
      i--;
    }
    Token t = tokens.get(i);
    String s = t.text();
    return (t.isPunct() && (s.equals(".") || s.equals(":") || s.equals(";") || s.equals(",")))
        || (t.isWord() && s.length() >= 3 && s.endsWith("."));
  }

  private static boolean isCloser(Token t) {
    return t.isPunct() && (t.text().equals("\"") || t.text().equals("'") || t.text().equals(")"));
  }

  /** The line's text as matching sees it: token texts joined by single spaces. */
  String normalized(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = firstToken; i < endToken; i++) {
      if (sb.length() > 0 && tokens.get(i).start() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /** The line's key: token keys of its words and numbers, joined by single spaces. */
  String key(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }

  /**
   * Whether {@code key} is the line's key of tokens {@code [from, to)} ({@link #key}), compared token
   * by token: asked of every line of a page's head, it builds no string for a line that is not it.
   */
  boolean keyIs(String key, List<Token> tokens, int from, int to) {
    int at = 0; // the length of the line's key so far
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isPunct()) {
        continue;
      }
      if (at > 0) {
        if (at >= key.length() || key.charAt(at) != ' ') {
          return false;
        }
        at++;
      }
      String k = t.key();
      if (!key.startsWith(k, at)) {
        return false;
      }
      at += k.length();
    }
    return at == key.length();
  }
}
