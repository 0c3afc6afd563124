package dev.entente.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Groups tokens into sentences: at sentence-final punctuation not ending an abbreviation, and at line breaks. */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "col", "lt", "no", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "inc", "co", "corp", "ltd", "jr", "sr", "prof");

  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > first && t.lineStart()) {
        out.add(make(out.size(), tokens, first, i));
        first = i;
      }
      if (isEnd(tokens, i)) {
        int end = i + 1;
        // closing quotes and brackets belong to the sentence they close
        while (end < tokens.size() && !tokens.get(end).lineStart()
            && (tokens.get(end).text().equals("\"") || tokens.get(end).text().equals(")"))) {
          end++;
        }
        if (end >= tokens.size() || tokens.get(end).lineStart() || startsSentence(tokens.get(end))) {
          out.add(make(out.size(), tokens, first, end));
          first = end;
          i = end - 1;
        }
      }
    }
    if (first < tokens.size()) {
      out.add(make(out.size(), tokens, first, tokens.size()));
    }
    return out;
  }

  private static boolean isEnd(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isPunct()) {
      return false;
    }
    String s = t.text();
    if (s.equals("!") || s.equals("?")) {
      return true;
    }
    if (!s.equals(".")) {
      return false;
    }
    if (i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.end() != t.start()) {
      return true;
    }
    if (prev.isWord() && (ABBREVIATIONS.contains(prev.key()) || (prev.text().length() == 1 && prev.isCapitalized()))) {
      return false;
    }
    return true;
  }

  private static boolean startsSentence(Token t) {
    return t.isCapitalized() || t.isNumber() || t.text().equals("\"") || t.text().equals("(")
        || !Character.isLetter(t.text().codePointAt(0));
  }

  private static Sentence make(int index, List<Token> tokens, int first, int end) {
    return new Sentence(index, tokens.get(first).start(), tokens.get(end - 1).end(), first, end, false);
  }
}
