package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EventType;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.DataFiles;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trigger phrases matched over word ids agree with matching the phrases' words token by token. */
class TriggerLexiconTest {

  private static final TriggerLexicon LEX = TriggerLexicon.load();

  /** The tokens a gap of a phrase never crosses, as the phrase list's documentation gives them. */
  private static final Set<String> GAP_STOPS = Set.of(",", ";", ":", "(", ")", "\"", ".", "!", "?");

  /** Words of the phrases (some capitalized), words in none, gap stops and punctuation that is not one. */
  private static final Gen<String> WORD = Gens.oneOf(
      Gens.elements(new ArrayList<>(LEX.words())),
      Gens.elements("Held", "Relations", "TIES", "the", "a", "two", "Moscow", "2019", "..."),
      Gens.elements(",", ";", ":", "(", ")", "\"", ".", "!", "?", "-", "'"));

  record Case(List<Token> tokens, int from, int to) {}

  private static final Gen<Case> CASES = Gens.zip(Gens.listOf(WORD, 1, 30), Gens.ints(0, 30), Gens.ints(0, 30),
      (words, a, b) -> {
        List<Token> tokens = WordTokens.of(words);
        int from = Math.min(Math.min(a, b), tokens.size());
        int to = Math.min(Math.max(a, b), tokens.size());
        return new Case(tokens, from, to);
      });

  @Test
  void matchAllAgreesWithMatchingWordByWord() {
    Prop.check("matchAll agrees", CASES, c -> {
      List<Hit> plain = new ArrayList<>();
      for (int i = c.from(); i < c.to(); i++) {
        plain.addAll(Plain.matchAt(c.tokens(), i, c.to()));
      }
      assertEquals(plain, LEX.matchAll(c.tokens(), c.from(), c.to()),
          c.tokens().stream().map(Token::text).toList() + " [" + c.from() + ", " + c.to() + ")");
    });
  }

  @Test
  void everyPhraseAndEveryMatchHoldsAnAnchor() {
    for (List<Plain.Pattern> patterns : Plain.BY_FIRST.values()) {
      for (Plain.Pattern p : patterns) {
        assertTrue(java.util.Arrays.stream(p.parts()).anyMatch(LEX.anchors()::contains), String.join(" ", p.parts()));
      }
    }
    Prop.check("matches hold an anchor", CASES, c -> {
      for (Hit h : LEX.matchAll(c.tokens(), c.from(), c.to())) {
        boolean anchored = false;
        for (int k = h.first(); k < h.end(); k++) {
          anchored |= LEX.anchors().contains(c.tokens().get(k).key());
        }
        assertTrue(anchored, c.tokens().subList(h.first(), h.end()).stream().map(Token::text).toList().toString());
      }
    });
  }

  @Test
  void gapStopsAreTheListedTexts() {
    String chars = ",;:()\".!?-'a ";
    for (char x : chars.toCharArray()) {
      assertEquals(GAP_STOPS.contains(String.valueOf(x)), TriggerLexicon.gapStop(String.valueOf(x)));
      for (char y : chars.toCharArray()) {
        assertEquals(false, TriggerLexicon.gapStop("" + x + y));
      }
    }
  }

  /** The phrases of {@code triggers.tsv} matched by comparing each word with a token's key. */
  private static final class Plain {
    record Pattern(String[] parts, EventType type, Set<String> flags) {}

    static final Map<String, List<Pattern>> BY_FIRST = new LinkedHashMap<>();

    static {
      for (String line : DataFiles.lines(TriggerLexicon.class, "triggers.tsv")) {
        String[] cols = line.split("\t");
        String[] parts = Keys.of(cols[0].strip()).split(" +");
        BY_FIRST.computeIfAbsent(parts[0], k -> new ArrayList<>())
            .add(new Pattern(parts, EventType.valueOf(cols[1].strip()), Set.of(cols[2].strip().split(","))));
      }
    }

    static List<Hit> matchAt(List<Token> tokens, int i, int limit) {
      List<Hit> out = new ArrayList<>();
      for (Pattern p : BY_FIRST.getOrDefault(tokens.get(i).key(), List.of())) {
        int end = match(tokens, p.parts(), 0, i, limit);
        if (end > 0) {
          int literals = (int) java.util.Arrays.stream(p.parts()).filter(part -> !part.startsWith("*")).count();
          out.add(new Hit(i, end, p.type(), p.flags().contains("verb"), p.flags().contains("base"),
              p.flags().contains("plural"), p.flags().contains("place"), p.flags().contains("person"), p.flags().contains("signing"), p.flags().contains("homeward"),
              literals));
        }
      }
      return out;
    }

    static int match(List<Token> tokens, String[] parts, int k, int i, int limit) {
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
  }
}
