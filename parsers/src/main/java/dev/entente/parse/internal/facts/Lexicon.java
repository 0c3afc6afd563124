package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Resources;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.parse.internal.text.WordLists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A word list from a data file beside this class: one phrase a line, optionally a tab and a role
 * (a phrase may be listed under several roles). The first line is a comment on the list's source.
 * Phrases match token keys, longest first; lookups are hash lookups on the first token's key.
 */
final class Lexicon {

  /** A phrase found at a token position: how many tokens it covers and its roles, in listed order. */
  record Match(int length, List<String> roles, long roleBits) {
    Match(int length, List<String> roles) {
      this(length, roles, WIDE_ROLE);
    }

    boolean has(String role) {
      return roles.contains(role);
    }

    /**
     * As {@link #has(String)}, given {@code role}'s bit in the lexicon the match is of ({@link
     * Lexicon#roleBit}): one test of a bit where a scan over many tokens asks the same role.
     */
    boolean has(long roleBit, String role) {
      return roleBit == WIDE_ROLE || roleBits == WIDE_ROLE ? roles.contains(role) : (roleBits & roleBit) != 0;
    }
  }

  /** The bit of a role past the first 63 of a lexicon, or of matches without bits: the roles' list is read. */
  static final long WIDE_ROLE = Long.MIN_VALUE;

  /**
   * A phrase and its roles: a list, since a phrase has one or two and a scan of them hashes nothing,
   * and their bits ({@link #roleBit}).
   */
  private record Entry(String[] keys, List<String> roles, long roleBits) {}

  /** A lexicon file's phrases by their first key, and each of its roles' bit. */
  private record Read(Map<String, List<Entry>> byFirst, Map<String, Long> roleBits) {}

  /** The fact stages' lexicons, each read once: immutable, and shared by every stage and parser. */
  private static final List<String> NAMES = List.of("agreement-words.txt", "aid-goods.txt", "arms-words.txt",
      "clause-words.txt", "context-words.txt", "facilities.txt", "instruments.txt", "number-words.txt",
      "qualifiers.txt", "sectors.txt", "trade-triggers.txt", "weapons.txt", "flow-roles.txt", "purposes.txt");
  /**
   * Every key of every phrase of every lexicon has a word number ({@link WordIds}). An article's
   * tokens are numbered once (one hash lookup each, shared with the other stages); every lexicon
   * then finds a token's phrases by that number and matches their other words by number. Numbered
   * while the class loads.
   */
  // before the lexicons are read, which sorts with it
  private static final Comparator<Entry> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      return Integer.compare(b.keys().length, a.keys().length);
    }
  };

  private static final WordIds.Ids WORDS;
  private static final Map<String, Lexicon> LEXICONS;

  static {
    Map<String, Read> read = new LinkedHashMap<>();
    for (String name : NAMES) {
      read.put(name, read(name));
    }
    Set<String> keys = new LinkedHashSet<>();
    for (Read file : read.values()) {
      for (List<Entry> entries : file.byFirst().values()) {
        for (Entry e : entries) {
          keys.addAll(List.of(e.keys()));
        }
      }
    }
    WORDS = WordIds.register(keys);
    Map<String, Lexicon> lexicons = new HashMap<>();
    for (Map.Entry<String, Read> e : read.entrySet()) {
      lexicons.put(e.getKey(), new Lexicon(e.getValue().byFirst(), e.getValue().roleBits()));
    }
    LEXICONS = Map.copyOf(lexicons);
  }

  private final Map<String, List<Entry>> byFirst;
  /** Each role's bit in this lexicon's matches ({@link Match#roleBits}). */
  private final Map<String, Long> roleBits;
  /** A phrase by the word numbers of its keys ({@link WordIds}), with the match it gives. */
  private record Numbered(int[] ids, Match match) {}

  /** The phrases by the number of their first key, longest first; null where none starts so. */
  private final Numbered[] @Nullable [] byId;
  /** The one-word phrase by the number of its key, null where none: one array read for a word's roles. */
  private final @Nullable Match[] oneWordById;

  private Lexicon(Map<String, List<Entry>> byFirst, Map<String, Long> roleBits) {
    this.byFirst = Collections.unmodifiableMap(byFirst);
    this.roleBits = roleBits;
    this.byId = new Numbered[WORDS.size()][];
    this.oneWordById = new Match[WORDS.size()];
    for (Map.Entry<String, List<Entry>> first : byFirst.entrySet()) {
      List<Entry> entries = first.getValue();
      Numbered[] numbered = new Numbered[entries.size()];
      for (int k = 0; k < numbered.length; k++) {
        Entry e = entries.get(k);
        int[] ids = new int[e.keys().length];
        for (int w = 0; w < ids.length; w++) {
          ids[w] = WORDS.of(e.keys()[w]);
        }
        numbered[k] = new Numbered(ids, new Match(ids.length, e.roles(), e.roleBits()));
      }
      int id = WORDS.of(first.getKey());
      byId[id] = numbered;
      for (Numbered p : numbered) {
        if (p.ids().length == 1) {
          oneWordById[id] = p.match();
          break;
        }
      }
    }
  }

  /** How many words the lexicons number ({@link #keyIds}): each word number of theirs is below it. */
  static int words() {
    return WORDS.size();
  }

  /** The lexicon {@code name}, one of this package's resources. */
  static Lexicon load(String name) {
    Lexicon lexicon = LEXICONS.get(name);
    if (lexicon == null) {
      throw new IllegalArgumentException("No lexicon " + name + "; there are " + NAMES);
    }
    return lexicon;
  }

  /** Each token's word number ({@link WordIds}), or -1 where no list of any stage has its key. */
  static int[] keyIds(List<Token> tokens) {
    return WordIds.now().of(tokens);
  }

  /**
   * The bit of {@code role} for {@link Match#has(long, String)}: 0 for a role no phrase of this
   * lexicon has, {@link #WIDE_ROLE} past its first 63 roles.
   */
  long roleBit(String role) {
    Long bit = roleBits.get(role);
    return bit == null ? 0 : bit;
  }

  /** The bits of {@code roles} ({@link #roleBit}), in their order: looked up once for a scan that asks them all. */
  long[] roleBits(String... roles) {
    long[] bits = new long[roles.length];
    for (int k = 0; k < roles.length; k++) {
      bits[k] = roleBit(roles[k]);
    }
    return bits;
  }

  /** Whether some phrase starts with the word number {@code keyId} ({@link #keyIds}; -1 for none): an array read. */
  boolean starts(int keyId) {
    return phrases(keyId) != null;
  }

  /** The phrases starting with the word number {@code keyId}, longest first, or null. */
  private Numbered @Nullable [] phrases(int keyId) {
    return keyId >= 0 && keyId < byId.length ? byId[keyId] : null;
  }

  /** As {@link #longest}, by key numbers: the first of {@code phrases} found at token i before {@code end}. */
  private static @Nullable Match longest(Numbered @Nullable [] phrases, int[] keyIds, int i, int end) {
    if (phrases == null) {
      return null;
    }
    for (Numbered p : phrases) {
      int n = p.ids().length;
      if (i + n > end) {
        continue;
      }
      int k = 1;
      while (k < n && keyIds[i + k] == p.ids()[k]) {
        k++;
      }
      if (k == n) {
        return p.match();
      }
    }
    return null;
  }

  /** Reads {@code name} from this package's resources; the file must start with a comment line. */
  private static Read read(String name) {
    Map<List<String>, Set<String>> phrases = new HashMap<>();
    List<List<String>> order = new ArrayList<>();
    try (InputStream in = Resources.open(Lexicon.class, name)) {
      if (in == null) {
        throw new IllegalStateException("Missing lexicon resource: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String first = r.readLine();
      if (first == null || !first.startsWith("#")) {
        throw new IllegalStateException("Lexicon " + name + " must start with a comment line on its source");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String phrase = (tab < 0 ? line : line.substring(0, tab)).strip();
        // the rules ask roles by literal ("DEAL"): the literal's own string, so that each look-up and
        // Match.has finds it equal by identity, without comparing its chars
        String role = (tab < 0 ? "" : line.substring(tab + 1).strip()).intern();
        List<String> keys = List.of(WordLists.words(Keys.of(phrase)));
        if (!phrases.containsKey(keys)) {
          order.add(keys);
        }
        Set<String> roles = phrases.get(keys);
        if (roles == null) {
          roles = new LinkedHashSet<>();
          phrases.put(keys, roles);
        }
        roles.add(role);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + name, e);
    }
    Map<String, Long> roleBits = new HashMap<>();
    Map<String, List<Entry>> byFirst = new HashMap<>();
    for (List<String> keys : order) {
      List<Entry> entries = byFirst.get(keys.get(0));
      if (entries == null) {
        entries = new ArrayList<>();
        byFirst.put(keys.get(0), entries);
      }
      long bits = 0;
      for (String role : phrases.get(keys)) {
        Long bit = roleBits.get(role);
        if (bit == null) {
          bit = roleBits.size() < 63 ? 1L << roleBits.size() : WIDE_ROLE;
          roleBits.put(role, bit);
        }
        bits = bit == WIDE_ROLE || bits == WIDE_ROLE ? WIDE_ROLE : bits | bit;
      }
      entries.add(new Entry(keys.toArray(new String[0]), List.copyOf(phrases.get(keys)), bits));
    }
    for (Map.Entry<String, List<Entry>> e : byFirst.entrySet()) {
      List<Entry> list = e.getValue();
      list.sort(LONGEST_FIRST);
      e.setValue(List.copyOf(list));
    }
    return new Read(byFirst, roleBits);
  }

  /** The longest phrase starting at token {@code i} and ending before {@code end}, or null. */
  @Nullable Match at(List<Token> tokens, int i, int end) {
    if (i < 0 || i >= end) {
      return null;
    }
    return longest(byFirst.get(tokens.get(i).key()), tokens, i, end);
  }

  /** The longest of {@code entries} (those of token i's key, longest first) found at token i before {@code end}. */
  private static @Nullable Match longest(@Nullable List<Entry> entries, List<Token> tokens, int i, int end) {
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if (i + e.keys().length > end) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.keys().length && ok; k++) {
        ok = tokens.get(i + k).key().equals(e.keys()[k]);
      }
      if (ok) {
        return new Match(e.keys().length, e.roles(), e.roleBits());
      }
    }
    return null;
  }

  /** This lexicon's phrases in the token list whose key numbers are {@code keyIds} ({@link #keyIds}). */
  Hits hits(int[] keyIds) {
    return new Hits(keyIds);
  }

  /**
   * The longest phrase of this lexicon at each token of one token list whose key numbers it reads,
   * so that lookups and scans over a range compare numbers instead of hashing keys. A token's phrases
   * are those of its first word, a few at most, compared again at each asking: a table of the found
   * phrases kept per token cost more than the comparisons it spared (each store of a phrase into a
   * table kept from article to article passes the collector's write barrier).
   */
  final class Hits {
    private final int[] keyIds;

    private Hits(int[] keyIds) {
      this.keyIds = keyIds;
    }

    /** As {@link Lexicon#at}: the longest phrase starting at token {@code i} and ending before {@code end}. */
    @Nullable Match at(int i, int end) {
      if (i < 0 || i >= end) {
        return null;
      }
      return longest(phrases(keyIds[i]), keyIds, i, Math.min(end, keyIds.length));
    }
  }

  /**
   * The one-word phrase of a token's key number ({@link #keyIds}; -1 for none), or null. A key has at
   * most one: its roles are gathered when the lexicon is read.
   */
  private @Nullable Match oneWord(int keyId) {
    return keyId >= 0 && keyId < oneWordById.length ? oneWordById[keyId] : null;
  }

  /** As {@link #has(String, String)} for a token's key number ({@link #keyIds}; -1 for none). */
  boolean has(int keyId, String role) {
    Match m = oneWord(keyId);
    return m != null && m.has(role);
  }

  /**
   * Whether a token's key number ({@link #keyIds}; -1 for none) is a one-word phrase with the role of
   * {@code roleBit} ({@link #roleBit}): as {@link #has(int, String)}, with the role's bit looked up once.
   */
  boolean has(int keyId, long roleBit, String role) {
    Match m = oneWord(keyId);
    return m != null && m.has(roleBit, role);
  }

  /** Whether a token's key number ({@link #keyIds}; -1 for none) is a one-word phrase (under any role). */
  boolean contains(int keyId) {
    return oneWord(keyId) != null;
  }

  /** The role of a token's key number ({@link #keyIds}; -1 for none) as a one-word phrase (the first listed), or null. */
  @Nullable String role(int keyId) {
    Match m = oneWord(keyId);
    return m == null ? null : m.roles().get(0);
  }

  /** Whether the one-word phrase {@code key} is listed under {@code role}. */
  boolean has(String key, String role) {
    return has(WordIds.of(key), role);
  }

  /** The one-word phrase {@code key} with all its roles, or null. */
  @Nullable Match phrase(String key) {
    return oneWord(WordIds.of(key));
  }

  /** The role of the one-word phrase {@code key} (the first listed), or null. */
  @Nullable String role(String key) {
    return role(WordIds.of(key));
  }
}
