package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the people of an article and their offices, and ties later mentions to the person first
 * named: {@code "Russian President Vladimir Putin"}, then {@code "Putin"}, {@code "the Russian
 * president"}, {@code "his"}. Fills {@link Document#persons} and, for people who hold an office of a
 * state, {@link Document#leaders}. Bylines, quoted experts and namesakes stay people, not leaders,
 * unless the text gives them an office; company executives keep their company title apart.
 */
public final class PeopleStage implements Stage {

  private static final Set<String> DETERMINERS = Set.of("the", "both");
  private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");
  private static final Set<String> LEADER_WORDS = Set.of("leader", "leaders", "presidents", "heads");
  private static final Set<Role> HEADS = Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT);

  private final OfficeLexicon offices;
  private final Set<String> givenNames;
  private final Set<String> particles;
  private final Set<String> stops;
  private final Set<String> modifiers;
  private final Set<String> encounters;
  private final Set<String> honorifics;
  /** Each listed key's word classes (the bits below), so one lookup per token answers every list. */
  private final Map<String, Integer> classes = new HashMap<>();
  /** Whether every listed key starts with a letter, so that only word tokens need looking up. */
  private final boolean onlyWords;

  private static final int GIVEN = 1;
  private static final int PARTICLE = 1 << 1;
  private static final int STOP = 1 << 2;
  private static final int MODIFIER = 1 << 3;
  private static final int ENCOUNTER = 1 << 4;
  private static final int HONORIFIC = 1 << 5;
  private static final int DETERMINER = 1 << 6;
  private static final int PRONOUN = 1 << 7;
  private static final int LEADER_WORD = 1 << 8;
  /** The first word of a listed office or a portfolio: an office can start only at such a word. */
  private static final int OFFICE_START = 1 << 9;
  private static final int HEAD_WORD = 1 << 10;
  /** A key with a hyphen after its first char ("then-president", "US-backed"); set per token, not listed. */
  private static final int HYPHENATED = 1 << 11;

  /** A stage with the lexicons on the class path; build once and share. */
  public PeopleStage() {
    this.offices = OfficeLexicon.load();
    this.givenNames = keys("given-names.txt");
    this.particles = keys("name-particles.txt");
    this.stops = keys("name-stops.txt");
    this.modifiers = keys("office-modifiers.txt");
    this.encounters = keys("encounter-words.txt");
    this.honorifics = keys("honorifics.txt");
    addClass(givenNames, GIVEN);
    addClass(particles, PARTICLE);
    addClass(stops, STOP);
    addClass(modifiers, MODIFIER);
    addClass(encounters, ENCOUNTER);
    addClass(honorifics, HONORIFIC);
    addClass(DETERMINERS, DETERMINER);
    addClass(PRONOUNS, PRONOUN);
    addClass(LEADER_WORDS, LEADER_WORD);
    addClass(offices.startKeys(), OFFICE_START);
    addClass(offices.headWords(), HEAD_WORD);
    onlyWords = classes.keySet().stream().allMatch(k -> !k.isEmpty() && Character.isLetter(k.codePointAt(0)));
  }

  private void addClass(Set<String> keys, int bit) {
    for (String k : keys) {
      classes.merge(k, bit, (a, b) -> a | b);
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
    new Run(doc).go();
  }

  /** Answers of {@code onlyPersonIn}: no one, or more than one person. */
  private static final Person NOBODY = new Person(0, List.of("nobody"), List.of("nobody"), 0);
  private static final Person SEVERAL = new Person(0, List.of("several"), List.of("several"), 0);

  /** A mention of a person over tokens {@code [first, end)}. */
  private record Mention(int first, int end, Person person, @Nullable String title, @Nullable Role role, boolean named) {}

  /** A name read from the text: its words as written and keys, over tokens {@code [first, end)}. */
  private record Name(int first, int end, List<String> words, List<String> keys) {}

  /** The per-article work. */
  private final class Run {
    final Document doc;
    final List<Token> tokens;
    final String text;
    final @Nullable CountryRef[] countryAt;
    final boolean[] dateAt;
    final boolean[] covered;
    /** The state the last modifiers skipped named ({@link #skipModifiers}). */
    @Nullable Country modifierCountry;
    /** Each token's word classes. */
    final int[] cls;
    /** The office found at a token ({@link #officeAt}), and the end it was looked for before (0: not yet). */
    final @Nullable Office[] officeMemo;
    final int[] officeEnd;
    final Map<String, Country> countryBySurface = new HashMap<>();
    final List<Person> people = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** The same mentions by first token (null where none starts), for look-ups over a range of tokens. */
    final @Nullable List<Mention>[] byFirst;
    final Map<Person, Mention> introOf = new HashMap<>();
    final Map<String, List<Person>> byLast = new HashMap<>();
    @Nullable Map<String, List<Person>> firstKeys;

    Run(Document doc) {
      this.doc = doc;
      this.tokens = doc.tokens;
      this.text = doc.text;
      this.countryAt = new CountryRef[tokens.size()];
      this.dateAt = new boolean[tokens.size()];
      this.covered = new boolean[tokens.size()];
      this.cls = new int[tokens.size()];
      @SuppressWarnings("unchecked")
      List<Mention>[] starting = new List[tokens.size()];
      this.byFirst = starting;
      this.officeMemo = new Office[tokens.size()];
      this.officeEnd = new int[tokens.size()];
      for (int k = 0; k < cls.length; k++) {
        Token t = tokens.get(k);
        if (onlyWords && !t.isWord()) {
          continue; // punctuation and numbers start with no letter
        }
        String key = t.key();
        cls[k] = classes.getOrDefault(key, 0) | (key.indexOf('-') > 0 ? HYPHENATED : 0);
      }
      for (CountryRef ref : doc.countries) {
        for (int k = ref.first(); k < ref.end() && k < tokens.size(); k++) {
          countryAt[k] = ref;
        }
        if (ref.end() - ref.first() == 1 && ref.first() < tokens.size()) {
          countryBySurface.putIfAbsent(tokens.get(ref.first()).key(), ref.country());
        }
      }
      for (DateRef ref : doc.dates) {
        for (int k = ref.first(); k < ref.end() && k < tokens.size(); k++) {
          dateAt[k] = true;
        }
      }
    }

    void go() {
      List<Sentence> sentences = doc.reportSentences();
      for (Sentence s : sentences) {
        introductions(s);
      }
      people.sort(Comparator.comparingInt(p -> p.introToken));
      for (Sentence s : sentences) {
        surnames(s);
      }
      mentions.sort(Comparator.comparingInt(Mention::first));
      for (Person p : people) {
        if (p.holdsStateOffice() && p.country == null) {
          Country held = heldOnTheDay(p);
          p.country = held != null ? held : guessCountry(p);
        }
      }
      for (int si = 0; si < sentences.size(); si++) {
        references(sentences, si);
      }
      mentions.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.person().id));
      for (Mention m : mentions) {
        Person p = m.person();
        Span span = new Span(tokens.get(m.first()).start(), tokens.get(m.end() - 1).end());
        String title = m.title() != null ? m.title() : p.title;
        Role role = m.role() != null ? m.role() : p.role;
        doc.persons.add(new PersonRef(m.first(), m.end(), span, p.id, p.name(), title, role, p.country));
        if (m.named()) {
          p.evidence.add(span);
        }
      }
      for (Person p : people) {
        if (p.holdsStateOffice() && p.country != null && !p.evidence.isEmpty()) {
          List<Span> ev = new ArrayList<>(new TreeSet<>(p.evidence));
          doc.leaders.add(new Leader(p.name(), p.country, p.title, p.role, ev));
        }
      }
    }

    // ---------------------------------------------------------------- introductions

    void introductions(Sentence s) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (covered[i]) {
          continue;
        }
        Mention m = officeFirst(i, s);
        if (m == null) {
          m = counterpart(i, s);
        }
        if (m == null) {
          m = nameFirst(i, s);
        }
        if (m != null) {
          add(m);
          i = m.end() - 1;
        }
      }
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
      if (officeEnd[j] != end) {
        officeMemo[j] = offices.match(text, tokens, j, end);
        officeEnd[j] = end;
      }
      return officeMemo[j];
    }

    void add(Mention m) {
      mentions.add(m);
      if (byFirst[m.first()] == null) {
        byFirst[m.first()] = new ArrayList<>(1);
      }
      byFirst[m.first()].add(m);
      introOf.putIfAbsent(m.person(), m);
      for (int k = m.first(); k < m.end(); k++) {
        covered[k] = true;
      }
    }

    /** "Russian President Vladimir Putin", "the opposition leader, Juan Guaido", "President of Venezuela Nicolas Maduro". */
    @Nullable Mention officeFirst(int i, Sentence s) {
      int end = s.endToken();
      int j = i;
      if (has(j, DETERMINER) || tokens.get(j).is("a") || tokens.get(j).is("an")) {
        j++;
      }
      Country country = null;
      j = skipModifiers(j, end);
      Country fromModifier = modifierCountry;
      if (j < end && countryAt[j] != null) {
        if (!attributive(countryAt[j])) {
          return null;
        }
        country = countryAt[j].country();
        j = countryAt[j].end();
      }
      if (country == null) {
        country = fromModifier;
      }
      if (j >= end) {
        return null;
      }
      Office office = officeAt(j, end);
      if (office == null) {
        return null;
      }
      int k = office.end();
      Country of = ofCountry(k, end);
      if (of != null) {
        country = of;
        k = afterOfCountry(k);
      }
      if (k < end && tokens.get(k).is("and")) {
        int m = skipModifiers(k + 1, end);
        Office second = m < end ? officeAt(m, end) : null;
        if (second != null) {
          k = second.end();
        }
      }
      if (k < end && tokens.get(k).text().equals(",")) {
        k++;
      }
      Name name = readName(k, end);
      if (name == null) {
        return null;
      }
      int mentionEnd = name.end();
      Country after = ofCountry(name.end(), end);
      if (after != null && country == null) {
        country = after; // "King Abdullah II of Jordan"
        mentionEnd = afterOfCountry(name.end());
      }
      Person p = register(name);
      giveOffice(p, office, country);
      return new Mention(i, mentionEnd, p, office.title(), office.role(), true);
    }

    /** "his Venezuelan counterpart Nicolas Maduro": the office of the person the pronoun stands for. */
    @Nullable Mention counterpart(int i, Sentence s) {
      int end = s.endToken();
      String key = tokens.get(i).key();
      if (!(key.equals("his") || key.equals("her") || key.equals("their") || key.equals("its"))) {
        return null;
      }
      int j = i + 1;
      Country country = null;
      if (j < end && countryAt[j] != null) {
        country = countryAt[j].country();
        j = countryAt[j].end();
      }
      if (j >= end || !(tokens.get(j).is("counterpart") || tokens.get(j).is("counterparts"))) {
        return null;
      }
      j++;
      if (j < end && tokens.get(j).text().equals(",")) {
        j++;
      }
      Name name = readName(j, end);
      if (name == null) {
        return null;
      }
      Person other = lastPersonBefore(i, s);
      Person p = register(name);
      if (other != null && other.role != null && p.role == null) {
        p.title = other.title;
        p.role = other.role;
        p.company = other.company;
      }
      if (p.country == null) {
        p.country = country;
      }
      return new Mention(i, name.end(), p, p.title, p.role, true);
    }

    /** "Jorge Arreaza, the foreign minister", "Angela Merkel, the German chancellor", or a known given name. */
    @Nullable Mention nameFirst(int i, Sentence s) {
      int end = s.endToken();
      Token t = tokens.get(i);
      if (!t.isCapitalized()) {
        return null;
      }
      Name name = readName(i, end);
      if (name == null || name.words().size() < 2) {
        return null;
      }
      int k = name.end();
      Office office = null;
      Country country = null;
      int officeEnd = k;
      if (k + 1 < end && tokens.get(k).text().equals(",")) {
        int j = k + 1;
        if (has(j, DETERMINER) || tokens.get(j).is("a") || tokens.get(j).is("an")) {
          j++;
        }
        j = skipModifiers(j, end);
        Country fromModifier = modifierCountry;
        if (j < end && countryAt[j] != null) {
          country = countryAt[j].country();
          j = countryAt[j].end();
        }
        if (country == null) {
          country = fromModifier;
        }
        office = j < end ? officeAt(j, end) : null;
        if (office != null) {
          Country of = ofCountry(office.end(), end);
          if (of != null) {
            country = of;
          }
          officeEnd = of != null ? afterOfCountry(office.end()) : office.end();
        }
      }
      if (office == null && !givenNames.contains(name.keys().get(0))) {
        return null;
      }
      Person p = register(name);
      if (office != null) {
        giveOffice(p, office, country);
        return new Mention(i, officeEnd, p, office.title(), office.role(), true);
      }
      return new Mention(i, name.end(), p, null, null, true);
    }

    /** Whether a state mention can say whose an office is: "Russian", "Venezuela's", not "US-backed". */
    boolean attributive(CountryRef ref) {
      String key = tokens.get(ref.end() - 1).key();
      int dash = key.lastIndexOf('-');
      return dash < 0 || countryBySurface.containsKey(key.substring(dash + 1));
    }

    /**
     * Skips "former", "then-", "newly-elected"... from token {@code at}; returns the token after them,
     * and leaves in {@link #modifierCountry} the state a "then-Venezuelan" names (or null).
     */
    int skipModifiers(int at, int end) {
      Country found = null;
      while (at < end) {
        String key = tokens.get(at).key();
        if (has(at, MODIFIER)) {
          at++;
          continue;
        }
        if (!has(at, HYPHENATED)) {
          break;
        }
        int dash = key.indexOf('-');
        if (dash > 0 && modifiers.contains(key.substring(0, dash))) {
          Country c = countryBySurface.get(key.substring(dash + 1));
          if (c != null) {
            found = c;
          } else if (!modifiers.contains(key.substring(dash + 1)) && !key.substring(dash + 1).startsWith("newly")) {
            break;
          }
          at++;
          continue;
        }
        break;
      }
      modifierCountry = found;
      return at;
    }

    @Nullable Country ofCountry(int k, int end) {
      if (k + 1 < end && tokens.get(k).is("of") && countryAt[k + 1] != null) {
        return countryAt[k + 1].country();
      }
      return null;
    }

    int afterOfCountry(int k) {
      return countryAt[k + 1].end();
    }

    void giveOffice(Person p, Office office, @Nullable Country country) {
      if (p.role == null || (p.company && !office.company())) {
        p.title = office.title();
        p.role = office.role();
        p.company = office.company();
      }
      if (p.country == null) {
        p.country = country != null ? country : office.pinned();
      }
    }

    Person register(Name name) {
      List<Person> sameSurname = byLast.getOrDefault(name.keys().get(name.keys().size() - 1), List.of());
      for (int k = sameSurname.size() - 1; k >= 0; k--) {
        Person p = sameSurname.get(k);
        if (p.sameAs(name.keys())) {
          p.takeName(name.words(), name.keys());
          return p;
        }
      }
      Person p = new Person(people.size() + 1, name.words(), name.keys(), name.first());
      people.add(p);
      byLast.computeIfAbsent(p.lastKey(), k -> new ArrayList<>(1)).add(p);
      return p;
    }

    /** A personal name from token {@code k}: capitalized words and name particles, brackets skipped. */
    @Nullable Name readName(int k, int end) {
      List<String> words = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int j = k;
      int last = -1;
      // "Sheikh Abdullah", "Mr. Lavrov": the honorific belongs to the mention, not to the name
      while (j + 1 < end && has(j, HONORIFIC) && tokens.get(j).isCapitalized()) {
        j++;
        if (tokens.get(j).text().equals(".") && j + 1 < end) {
          j++;
        }
      }
      while (j < end && words.size() < 5) {
        Token t = tokens.get(j);
        if (t.text().equals("[") || t.text().equals("]")) {
          j++;
          continue;
        }
        if (!t.isWord() || dateAt[j]) {
          break;
        }
        if (countryAt[j] != null && !(words.isEmpty() && countryAt[j].form() != CountryForm.ADJECTIVE
            && j + 1 < end && tokens.get(j + 1).isCapitalized() && tokens.get(j + 1).isWord() && countryAt[j + 1] == null)) {
          break; // a state, unless it opens a name ("Sofia Mensah")
        }
        String key = t.key();
        boolean possessive = key.endsWith("'s");
        String bareKey = possessive ? key.substring(0, key.length() - 2) : key;
        String bare = possessive ? t.text().substring(0, t.text().length() - 2) : t.text();
        if (t.text().length() == 1 && t.isCapitalized() && j + 2 < end && tokens.get(j + 1).text().equals(".")
            && tokens.get(j + 1).start() == t.end() && tokens.get(j + 2).isCapitalized() && tokens.get(j + 2).isWord()) {
          words.add(t.text() + ".");
          keys.add(key);
          j += 2; // an initial: "S. Jaishankar"
          continue;
        }
        if (has(j, PARTICLE) && !words.isEmpty() && j + 1 < end && tokens.get(j + 1).isCapitalized()) {
          words.add(bare);
          keys.add(bareKey);
          j++;
          continue;
        }
        int dash = bare.indexOf('-');
        boolean prefixed = dash > 0 && particles.contains(bareKey.substring(0, dash)) && !words.isEmpty()
            && dash + 1 < bare.length() && Character.isUpperCase(bare.charAt(dash + 1)); // "el-Sisi", "al-Assad"
        if ((!t.isCapitalized() && !prefixed) || (possessive ? stops.contains(bareKey) : has(j, STOP)) || bareKey.isEmpty()
            || (possessive ? offices.isHeadWord(bareKey) : has(j, HEAD_WORD)) || isShouted(bare)) {
          break;
        }
        words.add(bare);
        keys.add(bareKey);
        j++;
        last = j;
        if (possessive) {
          break;
        }
      }
      if (last < 0) {
        return null;
      }
      while (!keys.isEmpty() && particles.contains(keys.get(keys.size() - 1))) {
        keys.remove(keys.size() - 1);
        words.remove(words.size() - 1);
      }
      int stop = last;
      if (stop < end && tokens.get(stop).text().equals("]")) {
        stop++;
      }
      return words.isEmpty() ? null : new Name(k, stop, List.copyOf(words), List.copyOf(keys));
    }

    boolean isShouted(String word) {
      if (word.length() < 3) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        if (Character.isLowerCase(word.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    // ---------------------------------------------------------------- countries left open

    /**
     * The state the office holders the parser knows give this name on the article's day: the one
     * state of the tenures of the person's role, else of all the name's tenures; null when there is
     * no day, no tenure or more than one state.
     */
    @Nullable Country heldOnTheDay(Person p) {
      LocalDate day = doc.published();
      if (day == null) {
        return null;
      }
      List<Tenure> held = doc.knowledge().officeHolders().holders(p.name(), day);
      Country only = onlyCountry(held, p.role);
      return only != null ? only : onlyCountry(held, null);
    }

    private static @Nullable Country onlyCountry(List<Tenure> tenures, @Nullable Role role) {
      Country only = null;
      for (Tenure t : tenures) {
        if (role != null && t.role() != role) {
          continue;
        }
        if (only != null && !only.equals(t.country())) {
          return null;
        }
        only = t.country();
      }
      return only;
    }

    /** The state of an office holder whose text gives none, from the people and states around the first mention. */
    @Nullable Country guessCountry(Person p) {
      Mention intro = introOf.get(p);
      if (intro == null) {
        return null;
      }
      int si = doc.sentenceOf(intro.first());
      Sentence s = doc.sentences.get(si);
      Mention before = null;
      for (Mention m : mentionsIn(s.firstToken(), intro.first())) {
        if (m.person() != p) {
          before = m;
        }
      }
      if (before != null) {
        Country theirs = before.person().country;
        if (theirs != null && encounterBetween(before.end(), intro.first())) {
          Country other = nearestCountry(s, intro.first(), theirs);
          if (other != null) {
            return other;
          }
        } else if (theirs != null) {
          return theirs;
        }
      }
      // "X met his Australian counterpart Y": X is of another state than Y
      for (Mention m : mentionsIn(intro.end(), s.endToken())) {
        Country theirs = m.person().country;
        if (m.person() != p && theirs != null && encounterBetween(intro.end(), m.first())) {
          Country other = nearestCountry(s, intro.first(), theirs);
          for (int k = doc.countries.size() - 1; other == null && k >= 0; k--) {
            CountryRef ref = doc.countries.get(k);
            if (ref.end() <= intro.first() && !ref.country().equals(theirs) && doc.sentenceOf(ref.first()) >= si - 3) {
              other = ref.country();
            }
          }
          if (other != null) {
            return other;
          }
          break;
        }
      }
      if (p.role != null && HEADS.contains(p.role)) {
        Set<Country> held = new HashSet<>();
        for (Person q : people) {
          if (q != p && q.role == p.role && q.country != null) {
            held.add(q.country);
          }
        }
        for (int k = doc.countries.size() - 1; k >= 0; k--) {
          CountryRef ref = doc.countries.get(k);
          if (ref.end() <= intro.first() && !held.contains(ref.country())
              && doc.sentenceOf(ref.first()) >= si - 3) {
            return ref.country();
          }
        }
        for (CountryRef ref : doc.countries) {
          if (ref.first() >= intro.end() && ref.first() < s.endToken() && !held.contains(ref.country())) {
            return ref.country();
          }
        }
      }
      return nearestCountry(s, intro.first(), null);
    }

    boolean encounterBetween(int from, int to) {
      for (int k = from; k < to; k++) {
        if (has(k, ENCOUNTER)) {
          return true;
        }
      }
      return false;
    }

    @Nullable Country nearestCountry(Sentence s, int at, @Nullable Country except) {
      Country best = null;
      int bestDist = Integer.MAX_VALUE;
      for (CountryRef ref : doc.countries) {
        if (ref.first() < s.firstToken() || ref.first() >= s.endToken() || ref.country().equals(except)) {
          continue;
        }
        int d = Math.abs(ref.first() - at);
        if (d < bestDist) {
          bestDist = d;
          best = ref.country();
        }
      }
      return best;
    }

    @Nullable Person lastPersonBefore(int i, Sentence s) {
      Person found = null;
      int at = -1;
      for (Mention m : mentionsIn(s.firstToken(), i)) {
        found = m.person();
        at = m.first();
      }
      // a surname of someone named in an earlier sentence, not yet tied to them
      for (int k = i - 1; k > at && k >= s.firstToken(); k--) {
        Token t = tokens.get(k);
        List<Person> named = t.isCapitalized() ? byLast.get(bare(t.key())) : null;
        if (named != null) {
          return named.get(named.size() - 1);
        }
      }
      return found;
    }

    // ---------------------------------------------------------------- later mentions

    void references(List<Sentence> sentences, int si) {
      Sentence s = sentences.get(si);
      // the nearest of the two sentences before that names anyone
      Sentence prev = null;
      for (int back = si - 1; back >= 0 && back >= si - 2 && prev == null; back--) {
        Sentence b = sentences.get(back);
        if (onlyPersonIn(b.firstToken(), b.endToken()) != NOBODY) {
          prev = b;
        }
      }
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (covered[i]) {
          continue;
        }
        int next = byOffice(i, s);
        if (next < 0) {
          next = byPronoun(i, s, prev);
        }
        if (next > i) {
          i = next - 1;
        }
      }
    }

    void surnames(Sentence s) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (!covered[i]) {
          int next = byName(i, s);
          if (next > i) {
            i = next - 1;
          }
        }
      }
    }

    /** "Putin", "Maduro's", "Vladimir Putin": a person already named. Returns the end token, or -1. */
    int byName(int i, Sentence s) {
      Token t = tokens.get(i);
      if (!t.isWord() || !t.isCapitalized()) {
        return -1;
      }
      String key = bare(t.key());
      List<Person> sameFirst = byFirstKey().getOrDefault(t.key(), List.of());
      Person best = null;
      int bestEnd = -1;
      for (Person p : sameFirst) {
        int n = p.keys.size();
        if (n > 1 && i + n <= s.endToken() && matches(i, p.keys) && i + n > bestEnd) {
          best = p;
          bestEnd = i + n;
        }
      }
      if (best == null) {
        for (Person p : byLast.getOrDefault(key, List.of())) {
          if (best == null || Math.abs(p.introToken - i) < Math.abs(best.introToken - i)) {
            best = p;
            bestEnd = i + 1;
          }
        }
      }
      if (best == null && !givenNames.contains(key)) {
        // family name first ("Xi Jinping", then "Xi")
        for (Person p : byFirstKey().getOrDefault(key, List.of())) {
          if (p.keys.size() == 2 && best == null) {
            best = p;
            bestEnd = i + 1;
          }
        }
      }
      if (best == null) {
        return -1;
      }
      add(new Mention(i, bestEnd, best, null, null, true));
      return bestEnd;
    }

    /** People by the first word of their fullest name; built once the names are complete. */
    Map<String, List<Person>> byFirstKey() {
      if (firstKeys == null) {
        firstKeys = new HashMap<>();
        for (Person p : people) {
          firstKeys.computeIfAbsent(p.keys.get(0), k -> new ArrayList<>(1)).add(p);
        }
      }
      return firstKeys;
    }

    boolean matches(int i, List<String> keys) {
      for (int k = 0; k < keys.size(); k++) {
        String key = tokens.get(i + k).key();
        if (!(key.equals(keys.get(k)) || (k == keys.size() - 1 && bare(key).equals(keys.get(k))))) {
          return false;
        }
      }
      return true;
    }

    String bare(String key) {
      return key.endsWith("'s") ? key.substring(0, key.length() - 2) : key;
    }

    /** "the Russian president", "the emir", "the Russian and Venezuelan leaders", "the two leaders". */
    int byOffice(int i, Sentence s) {
      int end = s.endToken();
      int j = i;
      boolean det = false;
      if (has(j, DETERMINER)) {
        det = true;
        j++;
      } else if (i > 0 && (tokens.get(i - 1).is("a") || tokens.get(i - 1).is("an"))) {
        return -1;
      }
      if (det && j + 1 < end && (tokens.get(j).is("two") || tokens.get(j).is("pair"))) {
        return pair(i, j, end);
      }
      if (det && j < end && tokens.get(j).is("pair")) {
        return pair(i, j, end);
      }
      if (!det && countryAt[j] == null) {
        return -1; // neither "the" nor a state: no office of someone known starts here
      }
      List<Country> states = new ArrayList<>();
      while (j < end && countryAt[j] != null) {
        states.add(countryAt[j].country());
        j = countryAt[j].end();
        if (j + 1 < end && (tokens.get(j).is("and") || tokens.get(j).text().equals(",")) && countryAt[j + 1] != null) {
          j++;
        }
      }
      if (!det && states.isEmpty()) {
        return -1;
      }
      if (j >= end) {
        return -1;
      }
      Set<Role> roles;
      String titleHead = null;
      int headEnd;
      String key = tokens.get(j).key();
      if (has(j, LEADER_WORD)) {
        roles = HEADS;
        headEnd = j + 1;
        if (key.equals("heads") && j + 2 < end && tokens.get(j + 1).is("of") && tokens.get(j + 2).is("state")) {
          headEnd = j + 3;
        } else if (key.equals("heads")) {
          return -1;
        }
      } else {
        Office office = officeAt(j, end);
        if (office == null || office.company()) {
          return -1;
        }
        roles = Set.of(office.role());
        headEnd = office.end();
        titleHead = tokens.get(headEnd - 1).key();
      }
      if (headEnd < end && tokens.get(headEnd).isCapitalized() && !tokens.get(headEnd).isPunct()) {
        return -1; // a name follows: an office of someone not yet known
      }
      List<Person> found = new ArrayList<>();
      if (states.isEmpty()) {
        Person only = null;
        int count = 0;
        for (Person p : people) {
          if (p.introToken < i && p.holdsStateOffice() && roles.contains(p.role)
              && (titleHead == null || Keys.of(p.title).endsWith(titleHead))) {
            only = p;
            count++;
          }
        }
        if (count == 1) {
          found.add(only);
        }
      } else {
        for (Country c : states) {
          Person p = holder(c, roles, i);
          if (p != null) {
            found.add(p);
          }
        }
      }
      for (Person p : found) {
        add(new Mention(i, headEnd, p, null, null, true));
      }
      return found.isEmpty() ? -1 : headEnd;
    }

    @Nullable Person holder(Country c, Set<Role> roles, int before) {
      Person best = null;
      for (Person p : people) {
        if (p.introToken >= before || !p.holdsStateOffice() || !c.equals(p.country) || !roles.contains(p.role)) {
          continue;
        }
        if (best == null || (best.role != Role.HEAD_OF_STATE && p.role == Role.HEAD_OF_STATE)) {
          best = p;
        }
      }
      return best;
    }

    /** "the two leaders", "the pair": the last two heads of state or government mentioned. */
    int pair(int i, int j, int end) {
      int headEnd = tokens.get(j).is("pair") ? j + 1 : j + 2;
      if (!tokens.get(j).is("pair")) {
        String key = tokens.get(j + 1).key();
        if (!has(j + 1, LEADER_WORD) && !key.equals("heads")) {
          return -1;
        }
        if (key.equals("heads")) {
          if (!(j + 3 < end && tokens.get(j + 2).is("of") && tokens.get(j + 3).is("state"))) {
            return -1;
          }
          headEnd = j + 4;
        }
      }
      Set<Person> two = new LinkedHashSet<>();
      for (int k = mentions.size() - 1; k >= 0 && two.size() < 2; k--) {
        Mention m = mentions.get(k);
        if (m.end() <= i && m.person().role != null && HEADS.contains(m.person().role)) {
          two.add(m.person());
        }
      }
      if (two.size() < 2) {
        return -1;
      }
      for (Person p : two) {
        add(new Mention(i, headEnd, p, null, null, false));
      }
      return headEnd;
    }

    /** "he", "his", "the latter": only when one person can be meant. */
    int byPronoun(int i, Sentence s, @Nullable Sentence prev) {
      Token t = tokens.get(i);
      boolean latter = t.is("the") && i + 1 < s.endToken()
          && (tokens.get(i + 1).is("latter") || tokens.get(i + 1).is("latter's"));
      if (!latter && !has(i, PRONOUN)) {
        return -1;
      }
      Person p = null;
      if (latter) {
        for (int k = Math.min(i, byFirst.length) - 1; k >= 0 && p == null; k--) {
          if (byFirst[k] == null) {
            continue;
          }
          for (Mention m : byFirst[k]) {
            if (m.end() <= i && m.named()) {
              p = m.person();
            }
          }
        }
      } else {
        Person here = onlyPersonIn(s.firstToken(), i);
        if (here != NOBODY && here != SEVERAL) {
          p = here;
        } else if (here == NOBODY && prev != null) {
          Person before = onlyPersonIn(prev.firstToken(), prev.endToken());
          if (before != NOBODY && before != SEVERAL) {
            p = before;
          }
        }
      }
      if (p == null) {
        return -1;
      }
      int end = latter ? i + 2 : i + 1;
      add(new Mention(i, end, p, null, null, false));
      return end;
    }

    /** The one person mentioned inside tokens {@code [from, to)}, or {@link #NOBODY}, or {@link #SEVERAL}. */
    Person onlyPersonIn(int from, int to) {
      Person only = NOBODY;
      for (int k = Math.max(0, from); k < Math.min(to, byFirst.length); k++) {
        if (byFirst[k] == null) {
          continue;
        }
        for (Mention m : byFirst[k]) {
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
      for (int k = Math.max(0, from); k < Math.min(to, byFirst.length); k++) {
        if (byFirst[k] == null) {
          continue;
        }
        for (Mention m : byFirst[k]) {
          if (m.end() <= to) {
            out.add(m);
          }
        }
      }
      return out;
    }
  }
}
