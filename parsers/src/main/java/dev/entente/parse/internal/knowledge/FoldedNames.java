package dev.entente.parse.internal.knowledge;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which folded names ({@link OfficeHolders#fold}) a dictionary may hold, told from the text as
 * written without building the folded string: the words are folded char by char into the hash
 * {@link String#hashCode} would give the folded name, and the hash is looked up in a bit table of
 * the keys' hashes. A miss is certain (no key folds to the name); a hit may be a collision, and the
 * dictionary's own look-up decides. Most capitalised word pairs a reader asks about ("White House",
 * "Security Council") name no office holder, and are answered here with no string made.
 */
final class FoldedNames {

  // a fold in progress, in a long: the hash so far (low 32 bits) and three flags
  private static final long STARTED = 1L << 32;
  private static final long PENDING_SPACE = 1L << 33;
  /** A char {@link OfficeHolders#fold} decomposes by Unicode: not hashed here, so any name may be held. */
  private static final long UNFOLDED = 1L << 34;

  private final long[] bits;
  private final int mask;

  /** A table of the first {@code count} of {@code hashes}, each the {@link String#hashCode} of a distinct folded key. */
  FoldedNames(int[] hashes, int count) {
    int size = 1 << 10;
    while (size < count * 16L && size < 1 << 26) {
      size <<= 1; // sixteen bits a key: one name in about sixteen that no key is still passes
    }
    this.bits = new long[size >>> 6];
    this.mask = size - 1;
    for (int i = 0; i < count; i++) {
      int at = slot(hashes[i]);
      bits[at >>> 6] |= 1L << at;
    }
  }

  /** Whether some key may be {@code name} folded: false only when none is. */
  boolean mayHold(String name) {
    return mayHoldHash(fold(0, name));
  }

  /** Whether some key may be {@code words}, and {@code more} after them, joined by spaces and folded. */
  boolean mayHold(List<String> words, @Nullable String more) {
    long state = 0;
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        state = fold(state, ' ');
      }
      state = fold(state, words.get(i));
    }
    if (more != null) {
      state = fold(fold(state, ' '), more);
    }
    return mayHoldHash(state);
  }

  private boolean mayHoldHash(long state) {
    if ((state & UNFOLDED) != 0) {
      return true;
    }
    int at = slot((int) state);
    return (bits[at >>> 6] & (1L << at)) != 0;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9 >>> 7) & mask; // spread: names differing in the last char hash close together
  }

  /**
   * The hash {@code OfficeHolders.fold(name).hashCode()} gives, or {@link #UNFOLDED} set where a
   * char of {@code name} folds by Unicode decomposition (letters past Latin Extended-B, marks).
   */
  static int foldedHash(String name) {
    long state = fold(0, name);
    return (state & UNFOLDED) != 0 ? 0 : (int) state;
  }

  /** Whether {@link #foldedHash} can hash {@code name}. */
  static boolean hashable(String name) {
    return (fold(0, name) & UNFOLDED) == 0;
  }

  private static long fold(long state, String part) {
    for (int i = 0; i < part.length() && (state & UNFOLDED) == 0; i++) {
      state = fold(state, part.charAt(i));
    }
    return state;
  }

  /** One char folded as {@link OfficeHolders#fold} does it: separators as one inner space, dots and commas dropped. */
  private static long fold(long state, char c) {
    if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00a0' || c == '\t') {
      return (state & STARTED) != 0 ? state | PENDING_SPACE : state; // a space only between chars kept
    }
    if (c == '.' || c == ',') {
      return state;
    }
    if (c < 128) {
      return emit(state, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    char folded = c >= 0xC0 && c < 0x250 ? OfficeHolders.LATIN_FOLDS.charAt(c - 0xC0) : 0;
    if (folded != 0) {
      return emit(state, folded);
    }
    return switch (c) {
      case '\u00df' -> emit(emit(state, 's'), 's');
      case '\u00e6', '\u00c6' -> emit(emit(state, 'a'), 'e');
      case '\u0153', '\u0152' -> emit(emit(state, 'o'), 'e');
      case '\u00fe', '\u00de' -> emit(emit(state, 't'), 'h');
      case '\u2019', '\u2018', '\u02bc', '\u02bb' -> emit(state, '\'');
      default -> state | UNFOLDED;
    };
  }

  private static long emit(long state, char c) {
    int h = (int) state;
    if ((state & PENDING_SPACE) != 0) {
      h = 31 * h + ' ';
    }
    h = 31 * h + c;
    return (state & UNFOLDED) | STARTED | (h & 0xffffffffL);
  }
}
