package dev.entente.parse.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-token arrays handed out again from article to article ({@link TokenArrays}) are, for the
 * slots asked for, as new arrays: empty whatever the thread's earlier articles wrote in them, at
 * least as long as asked, and never the same array twice in one article.
 */
class TokenArraysPropertiesTest {

  /** One array asked for: its kind (0 ints, 1 flags, 2 bytes, 3 and 4 two types of references) and size. */
  record Ask(int kind, int size) {}

  /** Articles one after the other on a thread, each asking for arrays, some longer than news. */
  private static final Gen<List<List<Ask>>> ARTICLES = Gens.listOf(
      Gens.listOf(Gens.zip(Gens.ints(0, 4),
          Gens.frequency(Gens.weighted(6, Gens.ints(0, 3000)), Gens.weighted(1, Gens.ints(3000, 70_000))),
          Ask::new), 0, 14),
      1, 6);

  /** Two mention types, as the article's tables of states and of dates. */
  record StateRef(int first) {}

  record DateRef(int first) {}

  private static Object take(Ask a) {
    return switch (a.kind()) {
      case 0 -> TokenArrays.ints(a.size());
      case 1 -> TokenArrays.flags(a.size());
      case 2 -> TokenArrays.bytes(a.size());
      case 3 -> TokenArrays.refs(StateRef.class, a.size());
      default -> TokenArrays.refs(DateRef.class, a.size());
    };
  }

  /** Writes every slot of the array, as a careless user would, so that a later article sees it unless cleared. */
  private static void dirty(Object array) {
    if (array instanceof int[] ints) {
      Arrays.fill(ints, 7);
    } else if (array instanceof boolean[] flags) {
      Arrays.fill(flags, true);
    } else if (array instanceof byte[] bytes) {
      Arrays.fill(bytes, (byte) 7);
    } else if (array instanceof StateRef[] refs) {
      Arrays.fill(refs, new StateRef(1));
    } else if (array instanceof DateRef[] refs) {
      Arrays.fill(refs, new DateRef(1));
    }
  }

  private static void assertEmptyBelow(Ask a, Object array) {
    for (int i = 0; i < a.size(); i++) {
      switch (a.kind()) {
        case 0 -> assertEquals(0, ((int[]) array)[i], "int slot " + i);
        case 1 -> assertFalse(((boolean[]) array)[i], "flag slot " + i);
        case 2 -> assertEquals(0, ((byte[]) array)[i], "byte slot " + i);
        default -> assertNull(((Object[]) array)[i], "reference slot " + i);
      }
    }
  }

  @Test
  void everyArrayIsEmptyWhereAskedForAndOwnedByOneUser() {
    Prop.check("token arrays", ARTICLES, articles -> {
      for (List<Ask> article : articles) {
        TokenArrays.newArticle();
        Map<Object, Boolean> taken = new IdentityHashMap<>();
        for (Ask a : article) {
          Object array = take(a);
          assertTrue(java.lang.reflect.Array.getLength(array) >= a.size(), "length");
          Class<?> expected = switch (a.kind()) {
            case 0 -> int[].class;
            case 1 -> boolean[].class;
            case 2 -> byte[].class;
            case 3 -> StateRef[].class;
            default -> DateRef[].class;
          };
          assertSame(expected, array.getClass(), "type");
          assertEmptyBelow(a, array);
          assertNull(taken.put(array, true), "an array handed out twice in one article");
          dirty(array);
        }
      }
    });
  }

  @Test
  void withoutANewArticleArraysAreNeverHandedOutTwice() {
    Prop.check("token arrays, no new article", ARTICLES, articles -> {
      TokenArrays.newArticle();
      Map<Object, Boolean> taken = new IdentityHashMap<>();
      for (List<Ask> article : articles) {
        for (Ask a : article) {
          Object array = take(a);
          assertEmptyBelow(a, array);
          assertNull(taken.put(array, true), "an array handed out twice");
          dirty(array);
        }
      }
    });
  }
}
