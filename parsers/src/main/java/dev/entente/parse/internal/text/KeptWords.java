package dev.entente.parse.internal.text;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A thread's table of the short plain-ASCII words its tokenizer has read, with their strings, flags
 * and word numbers ({@link WordIds}), so that a word news repeats ("the", "said", a state's name)
 * costs no new string, no flags worked out and no hash lookup of its number. A word's slot is its
 * chars' hash ({@link #slot}); a later word of the same slot takes it over.
 *
 * <p>What the tokenizer reads of a slot (its length, flags, number and chars) sits in one run of
 * {@link #WIDTH} bytes, half a cache line, rather than in five arrays read at five places: the table
 * is read at random, and the other stages of an article push it out of the CPU's nearer caches, so
 * each line read is a miss. The words are ASCII, so a byte holds each char, and a slot of 32 bytes
 * starting at a multiple of 32 never straddles two lines (64 bytes each) where the array starts on a
 * line, as an array this large does in the collector's regions.
 */
public final class KeptWords {

  /**
   * The number of slots (a power of two). At 4,096 about a fifth of the plain words of news missed
   * the table (each miss a new string or two, its flags and a hash lookup of its number), at 16,384
   * about a ninth, most of them words the thread had not read before.
   */
  static final int SLOTS = 16384;
  /** The bytes of a slot: its word's length (0: empty), flags, number (four bytes) and chars. */
  private static final int WIDTH = 32;
  private static final int HEAD = 6;
  /**
   * Bytes before the first slot, so that slots start at a multiple of {@link #WIDTH} from a line
   * where the array's 16-byte header does.
   */
  private static final int PAD = 16;
  /** The longest word kept. */
  static final int LONGEST = WIDTH - HEAD;
  /** A kept word's number not found yet at the table's numbering. */
  static final int UNKNOWN = -2;

  private final byte[] table = new byte[PAD + SLOTS * WIDTH];
  /** Slot {@code s}'s normal form at {@code 2s}, its key at {@code 2s + 1}. */
  private final String[] words = new String[2 * SLOTS];
  /** The number of each ASCII char's one-char string, or {@link #UNKNOWN}. */
  final int[] asciiIds = new int[0x80];
  /** The word numbers of the text being read, grown up to {@link #MAX_KEPT_NUMBERS}. */
  int[] numbers = new int[1024];
  /** The {@link TokenBits} of the text being read, grown up to {@link #MAX_KEPT_NUMBERS}. */
  byte[] bits = new byte[1024];
  private WordIds.@Nullable Ids numbering;

  /** The most word numbers {@link #numbers} keeps for the next text. */
  static final int MAX_KEPT_NUMBERS = 1 << 16;

  /** The slot of the chars whose {@code 31 * h + c} hash is {@code hash}. */
  static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SLOTS - 1);
  }

  /** Forgets the kept numbers when {@code now} is not the numbering they were found at. */
  void numberedBy(WordIds.Ids now) {
    if (numbering == now) {
      return;
    }
    for (int base = PAD; base < table.length; base += WIDTH) {
      setId(base, UNKNOWN);
    }
    Arrays.fill(asciiIds, UNKNOWN);
    numbering = now;
  }

  /**
   * Whether slot {@code slot} holds chars {@code [from, to)} of {@code t}, all of them ASCII: a plain
   * loop, since words are short and {@code Arrays.equals} of ranges costs more in its checks than in
   * the compare.
   */
  boolean holds(int slot, char[] t, int from, int to) {
    int base = PAD + slot * WIDTH;
    if (table[base] != to - from) {
      return false;
    }
    for (int k = from, j = base + HEAD; k < to; k++, j++) {
      if (table[j] != (byte) t[k]) {
        return false;
      }
    }
    return true;
  }

  /** This thread's kept words, as its tokenizer last left them. */
  public static KeptWords ofThisThread() {
    return Tokenizer.kept();
  }

  /**
   * The slot that holds chars {@code [from, to)} of {@code text}, or -1 where none does or a char is
   * not plain ASCII (beyond ASCII, or the backquote): where it holds them, its key is what {@link
   * Keys#of} gives for them, found without a substring or a hash lookup.
   */
  public int find(String text, int from, int to) {
    if (to - from > LONGEST || to <= from) {
      return -1;
    }
    int hash = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 0x80 || c == '`') {
        return -1;
      }
      hash = 31 * hash + c;
    }
    int base = PAD + slot(hash) * WIDTH;
    if (table[base] != to - from) {
      return -1;
    }
    for (int k = from, j = base + HEAD; k < to; k++, j++) {
      if (table[j] != (byte) text.charAt(k)) {
        return -1;
      }
    }
    return slot(hash);
  }

  /** The key of the word in {@code slot} (from {@link #find}). */
  public String keyAt(int slot) {
    return key(slot);
  }

  /**
   * The word number of the word in {@code slot} (from {@link #find}) at the numbering now in use, as
   * {@link WordIds#of} gives it: the kept one where the table is of that numbering.
   */
  public int idNow(int slot) {
    WordIds.Ids now = WordIds.now();
    return numbering == now ? id(slot) : now.of(key(slot));
  }

  /** The normal form of the word in {@code slot}. */
  String text(int slot) {
    return words[2 * slot];
  }

  /** The key of the word in {@code slot}. */
  String key(int slot) {
    return words[2 * slot + 1];
  }

  /** The {@link Token#flags} of the word in {@code slot}. */
  byte flags(int slot) {
    return table[PAD + slot * WIDTH + 1];
  }

  /** The number of the word in {@code slot}, found at the numbering on first use. */
  int id(int slot) {
    int base = PAD + slot * WIDTH;
    int id = (table[base + 2] & 0xFF) << 24 | (table[base + 3] & 0xFF) << 16 | (table[base + 4] & 0xFF) << 8
        | table[base + 5] & 0xFF;
    if (id == UNKNOWN) {
      id = numbering == null ? WordIds.of(key(slot)) : numbering.of(key(slot));
      setId(base, id);
    }
    return id;
  }

  private void setId(int base, int id) {
    table[base + 2] = (byte) (id >>> 24);
    table[base + 3] = (byte) (id >>> 16);
    table[base + 4] = (byte) (id >>> 8);
    table[base + 5] = (byte) id;
  }

  /** Puts chars {@code [from, to)} of {@code t} (at most {@link #LONGEST}, all ASCII) in {@code slot}. */
  void put(int slot, char[] t, int from, int to, String text, String key, byte flags) {
    int base = PAD + slot * WIDTH;
    table[base] = (byte) (to - from);
    table[base + 1] = flags;
    setId(base, UNKNOWN);
    for (int k = from, j = base + HEAD; k < to; k++, j++) {
      table[j] = (byte) t[k];
    }
    words[2 * slot] = text;
    words[2 * slot + 1] = key;
  }
}
