package dev.entente.parse.internal.people;

import dev.entente.parse.internal.gazetteer.FormerStates;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.WordIds;
import dev.entente.model.Country;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people of an article and their offices, and ties later mentions to the person first
 * named: {@code "Russian President Vladimir Putin"}, then {@code "Putin"}, {@code "the Russian
 * president"}, {@code "his"}. Fills {@link Document#persons} and, for people who hold an office of a
 * state, {@link Document#leaders}. Bylines, quoted experts and namesakes stay people, not leaders,
 * unless the text or the office-holder dictionary gives them an office; company executives keep
 * their company title apart. The reading is done in layers, one class each (see the package
 * documentation for the order of the rules).
 */
public final class PeopleStage implements Stage {

  static final Set<String> DETERMINERS = Set.of("the", "both");
  /** The indefinite articles, one word class so an opener is told by a bit, not by comparing keys. */
  private static final Set<String> INDEFINITES = Set.of("a", "an");
  static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  private static final Set<String> LEADER_WORDS = Set.of("leader", "leaders", "presidents", "heads");
  /** The words after "the" that refer to the last two heads named ("the two leaders", "the pair"). */
  static final Set<String> PAIR_WORDS = Set.of("two", "pair");
  /** The nouns of two parties together after a plural office: "the [office]s of the two countries, A and B". */
  static final Set<String> PAIR_NOUNS = Set.of("countries", "states", "nations", "sides", "governments");
  /** The nouns of a side at talks: "on the [adjective] side", "for the [adjective] part", "the [adjective] delegation". */
  static final Set<String> SIDE_WORDS = Set.of("side", "part", "delegation");
  /** The words after "the" that refer to the person named last ("the latter"). */
  static final Set<String> LATTER_WORDS = Set.of("latter", "latter's");

  private final OfficeLexicon offices;
  final Set<String> givenNames;
  final Set<String> particles;
  /** The length of the longest particle: a longer key is none, told without hashing it. */
  final int longestParticle;
  final Set<String> stops;
  final Set<String> modifiers;
  /** The words that rank a holder among an office's holders after a copula ("the first", "the last"): {@code rank-words.txt}. */
  final Set<String> rankWords;
  /** The phrases that open an apposition before its office ({@code apposition-leads.txt}), as keys, longest first. */
  final List<List<String>> appositionLeads;
  /** The phrases that join a name to an office its holder takes ({@code taking-office-words.txt}), as keys, longest first. */
  final List<List<String>> takingLeads;
  /** The counterpart phrases of several words ("opposite number"), the longest first. */
  final List<List<String>> counterpartPhrases;
  /** Each listed key's word classes ({@link Reading}'s bits), so one lookup per token answers every list. */
  final Map<String, Integer> classes = new HashMap<>();
  /** The same by word number ({@link WordIds}): a token's classes are read from here, not hashed. */
  private final int[] classesById;
  /** Whether every listed key starts with a letter, so that only word tokens need looking up. */
  final boolean onlyWords;

  /**
   * A stage with the lexicons on the class path; build once and share. The office holders come
   * from each document's knowledge, read when a dated article first needs them.
   */
  public PeopleStage() {
    this.offices = OfficeLexicon.load();
    this.givenNames = keys("given-names.txt");
    this.particles = keys("name-particles.txt");
    int longest = 0;
    for (String k : particles) {
      longest = Math.max(longest, k.length());
    }
    this.longestParticle = longest;
    this.stops = keys("name-stops.txt");
    this.modifiers = keys("office-modifiers.txt");
    addClass(givenNames, Reading.GIVEN);
    addClass(particles, Reading.PARTICLE);
    addClass(stops, Reading.STOP);
    addClass(keys("named-places.txt"), Reading.STOP | Reading.NAMED_PLACE);
    addClass(modifiers, Reading.MODIFIER);
    addClass(keys("encounter-words.txt"), Reading.ENCOUNTER);
    addClass(keys("honorifics.txt"), Reading.HONORIFIC);
    addClass(keys("name-honorifics.txt"), Reading.NAME_HONORIFIC);
    addClass(keys("speech-verbs.txt"), Reading.SPEECH);
    Set<String> counterpartWords = new HashSet<>();
    List<List<String>> counterpartPhrases = new ArrayList<>();
    for (String k : keys("counterpart-words.txt")) {
      if (k.contains(" ")) {
        counterpartPhrases.add(List.of(k.split(" "))); // "opposite number": its first word marks where it may start
        addClass(Set.of(k.substring(0, k.indexOf(' '))), Reading.COUNTERPART_LEAD);
      } else {
        counterpartWords.add(k);
      }
    }
    addClass(counterpartWords, Reading.COUNTERPART);
    addClass(keys("colleague-words.txt"), Reading.COLLEAGUE);
    counterpartPhrases.sort((a, b) -> b.size() - a.size()); // the longest phrase first
    this.counterpartPhrases = List.copyOf(counterpartPhrases);
    addClass(keys("visiting-words.txt"), Reading.VISITING);
    addClass(keys("body-words.txt"), Reading.BODY);
    addClass(keys("legislature-words.txt"), Reading.BODY | Reading.LEGISLATURE);
    addClass(keys("copulas.txt"), Reading.COPULA);
    addClass(keys("accompany-words.txt"), Reading.ACCOMPANY);
    addClass(keys("leading-words.txt"), Reading.LEADING);
    this.rankWords = keys("rank-words.txt");
    this.appositionLeads = phrases("apposition-leads.txt", Reading.APPOSITION_LEAD);
    this.takingLeads = phrases("taking-office-words.txt", Reading.TAKING_LEAD);
    addClass(DETERMINERS, Reading.DETERMINER);
    addClass(INDEFINITES, Reading.INDEFINITE);
    addClass(PRONOUNS, Reading.PRONOUN);
    addClass(POSSESSIVE_PRONOUNS, Reading.POSSESSIVE_PRONOUN);
    addClass(LEADER_WORDS, Reading.LEADER_WORD);
    addClass(PAIR_WORDS, Reading.PAIR_WORD);
    addClass(SIDE_WORDS, Reading.SIDE);
    addClass(LATTER_WORDS, Reading.LATTER);
    addClass(offices.startKeys(), Reading.OFFICE_START);
    addClass(offices.headWords(), Reading.HEAD_WORD);
    boolean letters = true;
    for (String k : classes.keySet()) {
      if (k.isEmpty() || !Character.isLetter(k.codePointAt(0))) {
        letters = false;
        break;
      }
    }
    onlyWords = letters;
    WordIds.Ids ids = WordIds.register(classes.keySet());
    classesById = new int[ids.size()];
    for (Map.Entry<String, Integer> e : classes.entrySet()) {
      classesById[ids.of(e.getKey())] = e.getValue();
    }
  }

  /** The word classes of a token's word number ({@link WordIds}; -1 for none). */
  int classesOf(int wordId) {
    return wordId >= 0 && wordId < classesById.length ? classesById[wordId] : 0;
  }

  /** The state whose capital {@code state}'s capital was on {@code day}: the Soviet Union for Russia in 1987, else {@code state}. */
  Country capitalStateOn(Country state, LocalDate day) {
    return FormerStates.builtIn().on(state, day);
  }

  /** The phrases of a data file as lists of keys, the longest first; their first words get the class {@code bit}. */
  private List<List<String>> phrases(String resource, int bit) {
    List<List<String>> phrases = new ArrayList<>();
    Set<String> starts = new HashSet<>();
    for (String line : DataFiles.lines(PeopleStage.class, resource)) {
      List<String> words = List.of(Keys.of(line).split(" "));
      phrases.add(words);
      starts.add(words.get(0));
    }
    phrases.sort((a, b) -> b.size() - a.size()); // the longest phrase first
    addClass(starts, bit);
    return List.copyOf(phrases);
  }

  private void addClass(Set<String> keys, int bit) {
    for (String k : keys) {
      Integer bits = classes.get(k);
      classes.put(k, bits == null ? bit : bits | bit);
    }
  }

  private static Set<String> keys(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : DataFiles.lines(PeopleStage.class, resource)) {
      out.add(Keys.of(line));
    }
    return Set.copyOf(out);
  }

  /** The office lexicon this stage reads titles with. */
  public OfficeLexicon offices() {
    return offices;
  }

  @Override
  public void apply(Document doc) {
    new Coreference(this, doc).go();
  }
}
