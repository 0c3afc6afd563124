package dev.entente.parse.internal.events;

import dev.entente.model.EventType;
import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words and phrases that report events ({@code "held talks"}, {@code "paid * visit"},
 * {@code "relations ** established"}), read once from {@code triggers.tsv}. A {@code *} in a phrase
 * stands for up to three words, {@code **} for up to eight; gaps never cross punctuation.
 */
public final class TriggerLexicon {

  /** A phrase found over tokens {@code [first, end)}. */
  public record Hit(int first, int end, EventType type, boolean verb, boolean base, boolean plural, boolean place,
      boolean person, boolean signing, boolean homeward, int literals) {}

  /**
   * A phrase: per part the id of its word, or for a gap minus the most words it may stand for
   * ({@code *}: -3, {@code **}: -8).
   */
  private record Pattern(int[] parts, EventType type, boolean verb, boolean base, boolean plural, boolean place,
      boolean person, boolean signing, boolean homeward, int literals) {}

  /** Where a gap ends: words skipped by {@code *} never cross these punctuation tokens. */
  private static final String GAP_STOP_CHARS = ",;:()\".!?";

  /** The id of each word of the phrases (numbered from 0), and by id of its first word the phrases. */
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<List<Pattern>> byFirst = new ArrayList<>();
  /** Of each phrase its longest word, which every match of it holds: a sentence without any has no match. */
  private final Set<String> anchors = new HashSet<>();

  private TriggerLexicon() {}

  /** Loads {@code triggers.tsv} from the class path. */
  public static TriggerLexicon load() {
    TriggerLexicon lex = new TriggerLexicon();
    for (String line : DataFiles.lines(TriggerLexicon.class, "triggers.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException("triggers.tsv: want phrase<TAB>type<TAB>flags, got \"" + line + "\"");
      }
      String[] words = WordLists.spaced(Keys.of(cols[0].strip()));
      if (words[0].startsWith("*")) {
        throw new IllegalStateException("triggers.tsv: a phrase must not start with a gap: \"" + line + "\"");
      }
      int[] parts = new int[words.length];
      int literals = 0;
      String anchor = words[0];
      for (int k = 0; k < words.length; k++) {
        if (words[k].equals("*") || words[k].equals("**")) {
          parts[k] = words[k].equals("*") ? -3 : -8;
        } else {
          Integer id = lex.ids.get(words[k]);
          if (id == null) {
            id = lex.ids.size();
            lex.ids.put(words[k], id);
          }
          parts[k] = id;
          literals++;
          anchor = words[k].length() > anchor.length() ? words[k] : anchor;
        }
      }
      lex.anchors.add(anchor);
      Set<String> flags = Set.of(cols[2].strip().split(","));
      Pattern p = new Pattern(parts, EventType.valueOf(cols[1].strip()), flags.contains("verb"),
          flags.contains("base"), flags.contains("plural"), flags.contains("place"), flags.contains("person"),
          flags.contains("signing"), flags.contains("homeward"), literals);
      while (lex.byFirst.size() < lex.ids.size()) {
        lex.byFirst.add(new ArrayList<>());
      }
      lex.byFirst.get(parts[0]).add(p);
    }
    return lex;
  }

  /** The id of a word of the phrases, or -1 for a word in none. */
  public int id(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /**
   * Words one of which every match of any phrase holds (of each phrase its longest word): a sentence
   * without any of them has no match.
   */
  public Set<String> anchors() {
    return Collections.unmodifiableSet(anchors);
  }

  /** The words of the phrases (each once). */
  public Set<String> words() {
    return ids.keySet();
  }

  /** Every phrase starting at a token in {@code [from, to)} and ending by {@code to}: the shortest match of each. */
  public List<Hit> matchAll(List<Token> tokens, int from, int to) {
    int[] words = new int[to - from];
    for (int k = from; k < to; k++) {
      words[k - from] = id(tokens.get(k).key());
    }
    return matchAll(tokens, words, from, to);
  }

  /**
   * {@link #matchAll(List, int, int)} given the {@link #id} of each token's key in {@code words}
   * ({@code words[k - from]} for token {@code k}); in token order, and at one token in the order of
   * {@code triggers.tsv}.
   */
  public List<Hit> matchAll(List<Token> tokens, int[] words, int from, int to) {
    List<Hit> out = new ArrayList<>(2);
    for (int i = from; i < to; i++) {
      int first = words[i - from];
      if (first < 0 || byFirst.get(first).isEmpty()) {
        continue;
      }
      for (Pattern p : byFirst.get(first)) {
        int end = match(tokens, words, from, p.parts, 1, i + 1, to);
        if (end > 0) {
          out.add(new Hit(i, end, p.type, p.verb, p.base, p.plural, p.place, p.person, p.signing, p.homeward, p.literals));
        }
      }
    }
    return out;
  }

  /** The end of a match of {@code parts[k..]} from token {@code i}, or -1; gaps take as few words as they can. */
  private static int match(List<Token> tokens, int[] words, int from, int[] parts, int k, int i, int limit) {
    if (k == parts.length) {
      return i;
    }
    if (parts[k] < 0) {
      int max = -parts[k];
      // a word after the gap: only where the token is that word can the rest match
      int next = k + 1 < parts.length ? parts[k + 1] : -1;
      for (int skip = 0; skip <= max && i + skip <= limit; skip++) {
        if (skip > 0 && gapStop(tokens.get(i + skip - 1).text()) && !yearComma(tokens, i + skip - 1)) {
          return -1;
        }
        if (next >= 0 && (i + skip >= limit || words[i + skip - from] != next)) {
          continue;
        }
        if (skip > 0 && tokens.get(i + skip - 1).is("and")) {
          // "broke off relations with A and established ...": a gap ends at no "and" before the next word
          return -1;
        }
        int end = match(tokens, words, from, parts, k + 1, i + skip, limit);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (i >= limit || words[i - from] != parts[k]) {
      return -1;
    }
    return match(tokens, words, from, parts, k + 1, i + 1, limit);
  }

  /**
   * Whether token {@code k} is the comma between a day and its year ("on April 22, 2007 by"): part of
   * a date, not the end of a clause, so a gap runs through it.
   */
  static boolean yearComma(List<Token> tokens, int k) {
    if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).text().equals(",")) {
      return false;
    }
    Token day = tokens.get(k - 1);
    Token year = tokens.get(k + 1);
    return day.isNumber() && day.length() <= 2 && year.isNumber() && year.length() == 4;
  }

  /** Whether a gap stops at a token: one of the characters of {@link #GAP_STOP_CHARS}, alone. */
  static boolean gapStop(String text) {
    return text.length() == 1 && GAP_STOP_CHARS.indexOf(text.charAt(0)) >= 0;
  }

  /** Whether any phrase starts with {@code key}. */
  public boolean starts(@Nullable String key) {
    int id = key == null ? -1 : id(key);
    return id >= 0 && !byFirst.get(id).isEmpty();
  }
}
