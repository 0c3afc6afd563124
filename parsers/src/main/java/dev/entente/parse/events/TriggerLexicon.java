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

  private record Pattern(String[] parts, EventType type, boolean verb, boolean base, boolean plural, boolean place,
      boolean person) {
    /** How many words the phrase spells out: on a tie, the more specific phrase wins. */
    int literals() {
      int n = 0;
      for (String part : parts) {
        if (!part.startsWith("*")) {
          n++;
        }
      }
      return n;
    }
  }

  private static final Set<String> GAP_STOPS = Set.of(",", ";", ":", "(", ")", "\"", ".", "!", "?");

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
      int end = match(tokens, p.parts, 0, i, limit);
      if (end > 0) {
        out.add(new Hit(i, end, p.type, p.verb, p.base, p.plural, p.place, p.person, p.literals()));
      }
    }
    return out;
  }

  /** The end of a match of {@code parts[k..]} from token {@code i}, or -1; gaps take as few words as they can. */
  private static int match(List<Token> tokens, String[] parts, int k, int i, int limit) {
    if (k == parts.length) {
      return i;
    }
    String part = parts[k];
    if (part.equals("*") || part.equals("**")) {
      int max = part.equals("*") ? 3 : 8;
      for (int skip = 0; skip <= max && i + skip <= limit; skip++) {
        if (skip > 0 && GAP_STOPS.contains(tokens.get(i + skip - 1).text())) {
          return -1;
        }
        int end = match(tokens, parts, k + 1, i + skip, limit);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (i >= limit || !tokens.get(i).key().equals(part)) {
      return -1;
    }
    return match(tokens, parts, k + 1, i + 1, limit);
  }

  /** Whether any phrase starts with {@code key}. */
  public boolean starts(@Nullable String key) {
    return key != null && byFirst.containsKey(key);
  }
}
