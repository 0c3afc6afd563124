package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.TokenArrays;
import dev.entente.parse.internal.pipeline.TokenPages;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.TokenBits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reading of one article's people knows so far: its tokens with their word classes and
 * states, the people found and their mentions. The layers above it read names ({@link
 * NameReader}), offices ({@link OfficeReader}), the state of an office ({@link OfficeStates}) and
 * later mentions ({@link Coreference}); each is built on the one before.
 */
abstract class Reading {

  // word classes of a token, one bit per list (see PeopleStage's lexicons)
  static final int GIVEN = 1;
  static final int PARTICLE = 1 << 1;
  static final int STOP = 1 << 2;
  static final int MODIFIER = 1 << 3;
  static final int ENCOUNTER = 1 << 4;
  static final int HONORIFIC = 1 << 5;
  static final int DETERMINER = 1 << 6;
  static final int PRONOUN = 1 << 7;
  static final int LEADER_WORD = 1 << 8;
  /** The first word of a listed office or a portfolio: an office can start only at such a word. */
  static final int OFFICE_START = 1 << 9;
  static final int HEAD_WORD = 1 << 10;
  /** A key with a hyphen after its first char ("then-president", "US-backed"); set per token, not listed. */
  static final int HYPHENATED = 1 << 11;
  /** An honorific that belongs to the name as written ("Sheikh", "Sayyid", "Tengku"). */
  static final int NAME_HONORIFIC = 1 << 12;
  /** A verb of saying after a name ("said", "told"). */
  static final int SPEECH = 1 << 13;
  /** "counterpart", "counterparts". */
  static final int COUNTERPART = 1 << 14;
  /** "visiting": the office of the guest. */
  static final int VISITING = 1 << 15;
  static final int POSSESSIVE_PRONOUN = 1 << 16;
  /** A word of a collective body's name ("Council", "Presidium", "Supreme", "People's"). */
  static final int BODY = 1 << 17;
  /** "a", "an". */
  static final int INDEFINITE = 1 << 18;
  /** The first word of a phrase that opens an apposition before its office ("who serves as", "now"). */
  static final int APPOSITION_LEAD = 1 << 19;
  /** A verb that joins a name to the office it predicates ("is", "was", "became": {@code copulas.txt}). */
  static final int COPULA = 1 << 20;
  /** "two", "pair": "the two leaders", "the pair" ({@link PeopleStage#PAIR_WORDS}). */
  static final int PAIR_WORD = 1 << 21;
  /** "latter", "latter's": "the latter" ({@link PeopleStage#LATTER_WORDS}). */
  static final int LATTER = 1 << 22;
  /** A noun naming a legislature ("Assembly", "Parliament", "Congress", "Duma": {@code legislature-words.txt}). */
  static final int LEGISLATURE = 1 << 23;
  /**
   * A noun that heads the name of a place or a body ("Airport", "Mosque", "Corporation", "Party":
   * {@code named-places.txt}): the capitalised words before it name the place, not a person.
   */
  static final int NAMED_PLACE = 1 << 24;
  /** "side", "part", "delegation": "on the [adjective] side by [office] A" ({@link PeopleStage#SIDE_WORDS}). */
  static final int SIDE = 1 << 25;
  /** A verb of going along before "by" ({@code accompany-words.txt}): "accompanied by", "flanked by". */
  static final int ACCOMPANY = 1 << 26;
  /** The first word of a counterpart phrase of several words ("opposite number": {@code counterpart-words.txt}). */
  static final int COUNTERPART_LEAD = 1 << 27;
  /**
   * A word that names the holder of the same office in another state only after that state's
   * adjective ("his [adjective] colleague A": {@code colleague-words.txt}); alone it may be of the
   * same government.
   */
  static final int COLLEAGUE = 1 << 28;
  /** The first word of a phrase that joins a name to an office taken ("sworn in as": {@code taking-office-words.txt}). */
  static final int TAKING_LEAD = 1 << 29;
  /** A verb or noun of leading a side ("leads", "headed", "head of": {@code leading-words.txt}). */
  static final int LEADING = 1 << 30;

  static final Set<Role> HEADS = Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT);

  /** Answers of {@link #onlyPersonIn}: no one, or more than one person. */
  static final Person NOBODY = new Person(0, List.of("nobody"), List.of("nobody"), 0);
  static final Person SEVERAL = new Person(0, List.of("several"), List.of("several"), 0);

  /** A mention of a person over tokens {@code [first, end)}. */
  record Mention(int first, int end, Person person, @Nullable String title, @Nullable Role role, boolean named) {}

  /** A name read from the text: its words as written and keys, over tokens {@code [first, end)}. */
  record Name(int first, int end, List<String> words, List<String> keys) {}

  final PeopleStage stage;
  final OfficeLexicon offices;
  final Set<String> givenNames;
  final Set<String> particles;
  final Set<String> stops;
  final Set<String> modifiers;
  final Document doc;
  final List<Token> tokens;
  final String text;
  /** The article's tables ({@link Document#countryAt}, {@link Document#dateAt}): read, never written. */
  final @Nullable CountryRef[] countryAt;
  final @Nullable DateRef[] dateAt;
  final boolean[] covered;
  /** Each token's word classes. */
  final int[] cls;
  /** Each token's kind and flags ({@link TokenBits}). */
  final byte[] bits;
  /** Each token's word number ({@link dev.entente.parse.internal.text.WordIds}). */
  private final int[] wordIds;
  /** The office found at a token ({@link #officeAt}) and the end it was looked for before, kept for the tokens asked about. */
  private final TokenPages<OfficeFound> officeMemo;
  /** The state of each one-token state name the article writes, by key; built on first use ({@link #countryBySurface()}). */
  private @Nullable Map<String, Country> countryBySurface;
  final List<Person> people = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  /** The same mentions by first token (null where none starts), for look-ups over a range of tokens. */
  final TokenPages<List<Mention>> byFirst;
  /** Each person's first mention by the person's number ({@link Person#id}, unique while people are read): no hashing per mention. */
  private Mention[] introById = new Mention[16];
  final Map<String, List<Person>> byLast = new HashMap<>();

  Reading(PeopleStage stage, Document doc) {
    this.stage = stage;
    this.offices = stage.offices();
    this.givenNames = stage.givenNames;
    this.particles = stage.particles;
    this.stops = stage.stops;
    this.modifiers = stage.modifiers;
    this.doc = doc;
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.countryAt = doc.countryAt();
    this.dateAt = doc.dateAt();
    // pooled per thread: only the first tokens.size() slots are read (see TokenArrays)
    this.covered = TokenArrays.flags(tokens.size());
    this.cls = TokenArrays.ints(tokens.size());
    this.byFirst = new TokenPages<>(tokens.size());
    this.officeMemo = new TokenPages<>(tokens.size());
    this.wordIds = doc.wordIds();
    this.bits = doc.tokenBits();
    for (int k = 0; k < tokens.size(); k++) {
      byte b = bits[k];
      if (stage.onlyWords && !TokenBits.isWord(b)) {
        continue; // punctuation and numbers start with no letter
      }
      cls[k] = stage.classesOf(wordIds[k]) | (TokenBits.has(b, Token.HYPHEN) && !TokenBits.isPunct(b) ? HYPHENATED : 0); // a word or number starts with no hyphen
    }
  }

  /**
   * The state of each one-token state name the article writes ("venezuelan", "russia"), by key: the
   * second half of "then-Venezuelan" or "US-backed" is looked up here. Few articles ask, so it is
   * built on the first question.
   */
  Map<String, Country> countryBySurface() {
    Map<String, Country> m = countryBySurface;
    if (m == null) {
      m = new HashMap<>();
      for (CountryRef ref : doc.countries) {
        if (ref.end() - ref.first() == 1 && ref.first() < tokens.size()) {
          m.putIfAbsent(tokens.get(ref.first()).key(), ref.country());
        }
      }
      countryBySurface = m;
    }
    return m;
  }

  /** Whether {@code key} is a name particle ("bin", "van", "al"). */
  boolean isParticle(String key) {
    return key.length() <= stage.longestParticle && particles.contains(key);
  }

  /** Whether token {@code i}'s key is in a list of {@code wordClass}. */
  boolean has(int i, int wordClass) {
    return (cls[i] & wordClass) != 0;
  }

  /**
   * The longest office at token {@code j} before {@code end}: only a listed first word can start
   * one. The same token is asked about from several places, so the answer is kept (per end).
   */
  @Nullable Office officeAt(int j, int end) {
    if (!has(j, OFFICE_START)) {
      return null;
    }
    OfficeFound found = officeMemo.get(j);
    if (found == null || found.end() != end) {
      found = new OfficeFound(offices.match(text, tokens, wordIds, j, end), end);
      officeMemo.set(j, found);
    }
    return found.office();
  }

  /** The office found at a token before {@code end}, or null for none. */
  private record OfficeFound(@Nullable Office office, int end) {}

  void add(Mention m) {
    mentions.add(m);
    List<Mention> starting = byFirst.get(m.first());
    if (starting == null) {
      starting = new ArrayList<>(1);
      byFirst.set(m.first(), starting);
    }
    starting.add(m);
    if (introOf(m.person()) == null) {
      setIntroOf(m.person(), m);
    }
    for (int k = m.first(); k < m.end(); k++) {
      covered[k] = true;
    }
  }

  /** The mention that introduced {@code p}, or null. */
  @Nullable Mention introOf(Person p) {
    return p.id < introById.length ? introById[p.id] : null;
  }

  /** Makes {@code m} the mention that introduced {@code p} (null: none). */
  void setIntroOf(Person p, @Nullable Mention m) {
    if (p.id >= introById.length) {
      introById = java.util.Arrays.copyOf(introById, Math.max(p.id + 1, 2 * introById.length));
    }
    introById[p.id] = m;
  }

  /** The one person mentioned inside tokens {@code [from, to)}, or {@link #NOBODY}, or {@link #SEVERAL}. */
  Person onlyPersonIn(int from, int to) {
    Person only = NOBODY;
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      List<Mention> starting = byFirst.get(k);
      if (starting == null) {
        continue;
      }
      for (Mention m : starting) {
        if (m.end() <= to && m.person() != only) {
          if (only != NOBODY) {
            return SEVERAL;
          }
          only = m.person();
        }
      }
    }
    return only;
  }

  /** The mentions inside tokens {@code [from, to)}, in text order. */
  List<Mention> mentionsIn(int from, int to) {
    List<Mention> out = new ArrayList<>();
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      List<Mention> starting = byFirst.get(k);
      if (starting == null) {
        continue;
      }
      for (Mention m : starting) {
        if (m.end() <= to) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * Whether a name read from token {@code k} (with a token after it in the sentence) has one word
   * at most, told from the word classes and flags of the two tokens alone: no honorific, rank or
   * possessive pronoun opens it, and a word in lower case follows that is no particle and carries
   * no hyphen ("al-[Name]") or elided particle ("d'[Name]"), so {@link NameReader#readName} would
   * stop after the first word. Most capitalised words of a text ("The", "In", a place before a
   * verb) are answered here without reading a name.
   */
  boolean oneWordAtMost(int k) {
    if (has(k, HONORIFIC | NAME_HONORIFIC | HYPHENATED | POSSESSIVE_PRONOUN)) {
      return false;
    }
    Token next = tokens.get(k + 1);
    return next.isWord() && !next.isCapitalized() && !has(k + 1, PARTICLE | HYPHENATED) && !elided(next.text());
  }

  /** "d'Estaing", "d'Alema": a particle elided onto a capitalised name word. */
  static boolean elided(String word) {
    return word.length() > 3 && (word.charAt(0) == 'd' || word.charAt(0) == 'l')
        && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019') && Character.isUpperCase(word.charAt(2));
  }

  String bare(String key) {
    return key.endsWith("'s") ? key.substring(0, key.length() - 2) : key;
  }
}
