package dev.entente.parse.events;

import dev.entente.model.EventType;
import dev.entente.parse.people.DataFiles;
import dev.entente.parse.text.Keys;
import dev.entente.parse.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
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
      boolean person, int literals) {}

  /**
   * A phrase: its parts, and per part the most words it may stand for when it is a gap ({@code *}:
   * three, {@code **}: eight), -1 for a word.
   */
  private record Pattern(String[] parts, int[] gaps, EventType type, boolean verb, boolean base, boolean plural,
      boolean place, boolean person, int literals) {

    Pattern(String[] parts, EventType type, boolean verb, boolean base, boolean plural, boolean place, boolean person) {
      this(parts, gaps(parts), type, verb, base, plural, place, person, literals(parts));
    }

    private static int[] gaps(String[] parts) {
      int[] gaps = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        gaps[k] = parts[k].equals("*") ? 3 : parts[k].equals("**") ? 8 : -1;
      }
      return gaps;
    }

    /** How many words the phrase spells out: on a tie, the more specific phrase wins. */
    private static int literals(String[] parts) {
      int n = 0;
      for (String part : parts) {
        if (!part.startsWith("*")) {
          n++;
        }
      }
      return n;
    }
  }

  /** Where a gap ends: words skipped by {@code *} never cross these. */
  static final Set<String> GAP_STOPS = Set.of(",", ";", ":", "(", ")", "\"", ".", "!", "?");
  private static final String GAP_STOP_CHARS = ",;:()\".!?";

  private final Map<String, List<Pattern>> byFirst = new HashMap<>();

  private TriggerLexicon() {}

  /** Loads {@code triggers.tsv} from the class path. */
  public static TriggerLexicon load() {
    TriggerLexicon lex = new TriggerLexicon();
    for (String line : DataFiles.lines(TriggerLexicon.class, "triggers.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException("triggers.tsv: want phrase<TAB>type<TAB>flags, got \"" + line + "\"");
      }
      String[] parts = Keys.of(cols[0].strip()).split(" +");
      if (parts[0].startsWith("*")) {
        throw new IllegalStateException("triggers.tsv: a phrase must not start with a gap: \"" + line + "\"");
      }
      Set<String> flags = Set.of(cols[2].strip().split(","));
      Pattern p = new Pattern(parts, EventType.valueOf(cols[1].strip()), flags.contains("verb"),
          flags.contains("base"), flags.contains("plural"), flags.contains("place"), flags.contains("person"));
      lex.byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(p);
    }
    return lex;
  }

  /** Every phrase starting at token {@code i}, ending before {@code limit}: the shortest match of each. */
  public List<Hit> matchAt(List<Token> tokens, int i, int limit) {
    List<Pattern> patterns = byFirst.get(tokens.get(i).key());
    if (patterns == null) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>(2);
    for (Pattern p : patterns) {
      int end = match(tokens, p, 0, i, limit);
      if (end > 0) {
        out.add(new Hit(i, end, p.type, p.verb, p.base, p.plural, p.place, p.person, p.literals));
      }
    }
    return out;
  }

  /** The end of a match of {@code parts[k..]} from token {@code i}, or -1; gaps take as few words as they can. */
  private static int match(List<Token> tokens, Pattern p, int k, int i, int limit) {
    String[] parts = p.parts;
    if (k == parts.length) {
      return i;
    }
    int max = p.gaps[k];
    if (max >= 0) {
      // a word after the gap: only where the token is that word can the rest match
      String next = k + 1 < parts.length && p.gaps[k + 1] < 0 ? parts[k + 1] : null;
      for (int skip = 0; skip <= max && i + skip <= limit; skip++) {
        if (skip > 0 && gapStop(tokens.get(i + skip - 1).text())) {
          return -1;
        }
        if (next != null && (i + skip >= limit || !tokens.get(i + skip).key().equals(next))) {
          continue;
        }
        int end = match(tokens, p, k + 1, i + skip, limit);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (i >= limit || !tokens.get(i).key().equals(parts[k])) {
      return -1;
    }
    return match(tokens, p, k + 1, i + 1, limit);
  }

  /** Whether a gap stops at a token: one of {@link #GAP_STOPS}, all single characters. */
  static boolean gapStop(String text) {
    return text.length() == 1 && GAP_STOP_CHARS.indexOf(text.charAt(0)) >= 0;
  }

  /** Whether any phrase starts with {@code key}. */
  public boolean starts(@Nullable String key) {
    return key != null && byFirst.containsKey(key);
  }
}
