package dev.entente.parse.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.parse.internal.pipeline.MentionIndex.Overlap;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-article tables that keep their memory to the tokens that have something ({@link
 * MentionIndex}, {@link TokenPages}) answer every question as a plain table of all the tokens does,
 * whatever the order of the questions, and whatever the tables of an article read before them on the
 * same thread held (their arrays are handed out again).
 */
class TokenTablesPropertiesTest {

  /** A mention over tokens {@code [first, end)}; {@code id} tells equal ranges apart. */
  record Ref(int id, int first, int end) {}

  record Case(int tokens, List<Ref> refs, List<Integer> asked, Overlap overlap) {}

  /** Mentions in text order with gaps (what the taggers give), or in any order and overlapping. */
  private static final Gen<Case> CASES = Gens.zip(
      Gens.ints(0, 3000),
      Gens.listOf(Gens.pair(Gens.ints(0, 40), Gens.ints(1, 5)), 0, 60),
      Gens.listOf(Gens.ints(-3, 3003), 0, 80),
      Gens.triple(Gens.booleans(), Gens.enums(Overlap.class), Gens.ints(1, 100)),
      (tokens, gaps, asked, how) -> {
        boolean sorted = how.first();
        List<Ref> refs = new ArrayList<>();
        int at = 0;
        for (var g : gaps) {
          // sorted: each after the last, a gap of g tokens; else anywhere, and some past the end
          int first = sorted ? at + g.first() : g.first() * how.third() % Math.max(1, tokens + 2);
          refs.add(new Ref(refs.size(), first, first + g.second()));
          at = first + g.second();
        }
        List<Integer> questions = new ArrayList<>(asked);
        // a scan in text order too, as the stages make
        for (int i = 0; i < Math.min(tokens, 200); i++) {
          questions.add(i);
        }
        return new Case(tokens, refs, questions, how.second());
      });

  private static Ref[] painted(Case c) {
    Ref[] table = new Ref[c.tokens()];
    for (Ref r : c.refs()) {
      for (int i = Math.max(0, r.first()); i < Math.min(r.end(), c.tokens()); i++) {
        if (c.overlap() == Overlap.LATER || table[i] == null) {
          table[i] = r;
        }
      }
    }
    return table;
  }

  /**
   * The tables of an article read before on this thread, a few slots of the first ones written (from
   * places and at strides of their own) and every slot of the later ones, then a new article: the
   * case's tables may be made of the same arrays, and must not see what they held.
   */
  private static void readAnArticleBefore() {
    TokenPages.newArticle();
    Ref old = new Ref(-1, 0, 1);
    for (int k = 0; k < 8; k++) {
      TokenPages<Ref> pages = new TokenPages<>(3000);
      for (int i = 3000 - 1 - k * 131; i >= 0; i -= 2 + k * 97) {
        pages.set(i, old);
      }
    }
    for (int k = 0; k < 8; k++) {
      TokenPages<Ref> pages = new TokenPages<>(3000);
      for (int i = 0; i < 3000; i++) {
        pages.set(i, old);
      }
    }
    // overlapping: a table per token, every slot written
    MentionIndex.of(List.of(old, new Ref(-2, 0, 3000)), Ref::first, Ref::end, 3000, Overlap.LATER, Integer.MAX_VALUE);
    TokenPages.newArticle();
  }

  @Test
  void mentionIndexAnswersAsATableOfEveryToken() {
    Prop.check("mention index", CASES, c -> {
      readAnArticleBefore();
      Ref[] table = painted(c);
      // the table the article already has of the mentions (Document's, the later of two winning), which
      // the index reads as it is only where it gives the same answers
      Ref[] articleTable = painted(new Case(c.tokens(), c.refs(), c.asked(), Overlap.LATER));
      // every form: the search over the mentions (as for long texts), the table per token (as for news),
      // and the article's table
      for (int form = 0; form < 3; form++) {
        MentionIndex<Ref> index = form == 2
            ? MentionIndex.of(c.refs(), Ref::first, Ref::end, c.tokens(), c.overlap(), articleTable)
            : MentionIndex.of(c.refs(), Ref::first, Ref::end, c.tokens(), c.overlap(), form == 0 ? 0 : Integer.MAX_VALUE);
        for (int i : c.asked()) {
          Ref expected = i >= 0 && i < table.length ? table[i] : null;
          assertEquals(expected, index.at(i), "token " + i);
        }
        for (int k = 0; k + 1 < c.asked().size(); k += 2) {
          int from = c.asked().get(k);
          int to = c.asked().get(k + 1);
          List<Ref> expected = new ArrayList<>();
          for (int i = Math.max(0, from); i < Math.min(to, table.length); i++) {
            if (table[i] != null && table[i].first() == i) {
              expected.add(table[i]);
            }
          }
          assertEquals(expected, index.startingIn(from, to), "[" + from + ", " + to + ")");
        }
      }
    });
  }

  @Test
  void tokenPagesKeepWhatWasSetAndFindTheLastTokenWithAValue() {
    Prop.check("token pages", CASES, c -> {
      readAnArticleBefore();
      TokenPages<Ref> pages = new TokenPages<>(c.tokens());
      Map<Integer, Ref> model = new HashMap<>();
      for (Ref r : c.refs()) {
        if (r.first() < c.tokens()) {
          // an end of 1 clears the token: a page with nothing set answers as one never made
          Ref value = r.end() - r.first() == 1 ? null : r;
          pages.set(r.first(), value);
          if (value == null) {
            model.remove(r.first());
          } else {
            model.put(r.first(), value);
          }
        }
      }
      for (int i : c.asked()) {
        assertEquals(model.get(i), pages.get(i), "token " + i);
        int last = -1;
        for (int k = Math.min(i, c.tokens()) - 1; k >= 0 && last < 0; k--) {
          last = model.containsKey(k) ? k : -1;
        }
        assertEquals(last, pages.lastBefore(i), "before " + i);
      }
    });
  }

  @Test
  void aTokenPastTheEndHasNoValueAndTakesNone() {
    TokenPages<String> pages = new TokenPages<>(5);
    assertNull(pages.get(5));
    assertNull(pages.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> pages.set(5, "x"));
  }
}
