package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.parse.internal.people.OfficeLexicon.Office;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Later mentions of people already named, and the whole reading of an article's people ({@link
 * #go}): a surname or a shorter form of the fullest name ("Putin", "Maduro's"), an office of a
 * known holder ("the Russian president", "the two leaders"), a pronoun when one person can be
 * meant. The fullest form in the article is the name; shorter forms refer back to it.
 */
final class Coreference extends OfficeStates {

  private @Nullable Map<String, List<Person>> firstKeys;
  private final Map<String, String> titleKeys = new HashMap<>();
  /** The most states a reference to their office lists: "the Russian, Chinese and Indian leaders". */
  private static final int MAX_LISTED_STATES = 8;

  Coreference(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** Reads the article's people into the document's persons and leaders. */
  void go() {
    List<Sentence> sentences = doc.reportSentences();
    for (Sentence s : sentences) {
      introductions(s);
    }
    if (people.size() > 1) {
      foldShortForms();
    }
    people.sort(Comparator.comparingInt(p -> p.introToken));
    for (Sentence s : sentences) {
      surnames(s);
    }
    mentions.sort(Comparator.comparingInt(Mention::first));
    resolveStates();
    for (int si = 0; si < sentences.size(); si++) {
      references(sentences, si);
    }
    mentions.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> m.person().id));
    for (Mention m : mentions) {
      Person p = m.person();
      Span span = new Span(tokens.get(m.first()).start(), tokens.get(m.end() - 1).end());
      String title = m.title() != null ? m.title() : p.title;
      // an office of no known kind ("[Office] of the [Body]") yields to the role
      // the person was given for the office they hold (by the dictionary), so later stages see a state's
      // office holder, not a firm's
      Role role = m.role() != null && !(m.role() == Role.OTHER && p.role != null && !p.company) ? m.role() : p.role;
      doc.persons.add(new PersonRef(m.first(), m.end(), span, p.id, p.name(), title, role, p.country));
      if (m.named()) {
        p.evidence.add(span);
      }
    }
    for (Person p : people) {
      if (p.holdsStateOffice() && p.country != null && !p.evidence.isEmpty()) {
        doc.leaders.add(new Leader(p.name(), p.country, p.title, p.role, p.sortedEvidence()));
      }
    }
  }

  /**
   * A person introduced under a shorter form of another's fuller name is that person: the first
   * words of it when the first is no known given name ("Chairman Mengistu" and "Mengistu Haile
   * Mariam", "Premier Chou" and "Chou En-lai", "Minister Prabowo" and "Prabowo Subianto"), or its
   * last two words or more ("López Obrador" and "Andrés Manuel López Obrador"). Only when one fuller
   * name fits and the two are not given different states; the fuller person takes the office the
   * short form was introduced with when it has none.
   */
  private void foldShortForms() {
    Map<Person, Person> into = null; // in the order people were found, so the fold is the same on every run
    for (Person s : people) {
      Person only = null;
      int fits = 0;
      for (Person l : people) {
        if (l != s && l.keys.size() > s.keys.size() && shortFormOf(s.keys, l.keys)) {
          only = l;
          fits++;
        }
      }
      if (fits == 1 && (s.country == null || only.country == null || s.country.equals(only.country))) {
        if (into == null) {
          into = new LinkedHashMap<>();
        }
        into.put(s, only);
      }
    }
    if (into == null) {
      return;
    }
    for (Map.Entry<Person, Person> e : into.entrySet()) {
      Person s = e.getKey();
      Person l = e.getValue();
      if (into.containsKey(l)) {
        continue; // a chain of short forms: left as read
      }
      if (l.role == null && s.role != null) {
        l.title = s.title;
        l.role = s.role;
        l.company = s.company;
        l.visiting |= s.visiting;
        l.facing = s.facing;
        Mention intro = introOf(s);
        if (intro != null) {
          setIntroOf(l, retarget(intro, l));
        }
      }
      if (l.country == null && s.country != null && s.stateBy != null) {
        l.setCountry(s.country, s.stateBy);
      }
      people.remove(s);
      setIntroOf(s, null);
      List<Person> sameLast = byLast.get(s.lastKey());
      if (sameLast != null) {
        sameLast.replaceAll(p -> p == s ? l : p); // a later bare "Mengistu" is the fuller person
      }
      for (Person p : people) {
        if (p.facing == s) {
          p.facing = l;
        }
      }
      for (int k = 0; k < mentions.size(); k++) {
        Mention m = mentions.get(k);
        if (m.person() == s) {
          Mention moved = retarget(m, l);
          mentions.set(k, moved);
          List<Mention> starting = byFirst.get(m.first());
          if (starting != null) {
            starting.replaceAll(x -> x == m ? moved : x);
          }
        }
      }
    }
  }

  /** The same mention, of another person. */
  private static Mention retarget(Mention m, Person p) {
    return new Mention(m.first(), m.end(), p, m.title(), m.role(), m.named());
  }

  /** Whether {@code shorter} is the leading words of {@code fuller} not starting with a given name, or two or more of its last words. */
  private boolean shortFormOf(List<String> shorter, List<String> fuller) {
    int n = shorter.size();
    int m = fuller.size();
    if (shorter.equals(fuller.subList(0, n))) {
      return !givenNames.contains(shorter.get(0)) && !particles.contains(shorter.get(n - 1));
    }
    return n >= 2 && shorter.equals(fuller.subList(m - n, m)) && !particles.contains(shorter.get(0));
  }

  void references(List<Sentence> sentences, int si) {
    Sentence s = sentences.get(si);
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (covered[i]) {
        continue;
      }
      int next = byOffice(i, s);
      if (next < 0) {
        next = byPronoun(i, s, sentences, si);
      }
      if (next > i) {
        i = next - 1;
      }
    }
  }

  /** The sentence {@link #namedBefore} last answered for, and its answer. */
  private int namedBeforeOf = -1;
  private Person namedBefore = NOBODY;

  /**
   * The one person ({@link #onlyPersonIn}) of the nearest of the two sentences before sentence
   * {@code si} that names anyone, or {@link #NOBODY}. Read on the first pronoun that needs it: the
   * mentions a sentence's references add start in it, so the answer holds for the whole sentence.
   */
  private Person namedBefore(List<Sentence> sentences, int si) {
    if (namedBeforeOf != si) {
      namedBeforeOf = si;
      namedBefore = NOBODY;
      for (int back = si - 1; back >= 0 && back >= si - 2 && namedBefore == NOBODY; back--) {
        Sentence b = sentences.get(back);
        namedBefore = onlyPersonIn(b.firstToken(), b.endToken());
      }
    }
    return namedBefore;
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
    if (people.isEmpty()) {
      return -1; // nobody named yet: no word can refer back (and no lookup need be made)
    }
    if (!mayName(t.key()) && !(t.hasApostrophe() && mayName(bare(t.key())))) {
      return -1; // no one's first or last word: none of the look-ups below can find anyone
    }
    String key = bare(t.key());
    // indexed loops over the lists found, and none where no list is: a capitalised word costs no iterator
    List<Person> sameFirst = byFirstKey().get(t.key());
    Person best = null;
    int bestEnd = -1;
    for (int k = 0; sameFirst != null && k < sameFirst.size(); k++) {
      Person p = sameFirst.get(k);
      int n = p.keys.size();
      if (n > 1 && i + n <= s.endToken() && matches(i, p.keys) && i + n > bestEnd) {
        best = p;
        bestEnd = i + n;
      }
    }
    if (best == null) {
      List<Person> sameLast = byLast.get(key);
      for (int k = 0; sameLast != null && k < sameLast.size(); k++) {
        Person p = sameLast.get(k);
        if (best == null || Math.abs(p.introToken - i) < Math.abs(best.introToken - i)) {
          best = p;
          bestEnd = i + 1;
        }
      }
    }
    if (best == null && !(key == t.key() ? has(i, GIVEN) : givenNames.contains(key))) { // the word's class bit, unless 's was cut
      // family name first ("Xi Jinping", then "Xi")
      List<Person> familyFirst = byFirstKey().get(key);
      for (int k = 0; familyFirst != null && k < familyFirst.size(); k++) {
        Person p = familyFirst.get(k);
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

  /** The keys {@link #byName} looks up; built with {@link #byFirstKey}, once the names are complete. */
  private @Nullable KeyBits namedKeys;

  /** Whether {@code key} may be a first word of {@link #byFirstKey} or a surname of {@link #byLast}: false only when it is neither. */
  private boolean mayName(String key) {
    KeyBits keys = namedKeys;
    if (keys == null) {
      keys = new KeyBits();
      for (String k : byFirstKey().keySet()) {
        keys.add(k);
      }
      for (String k : byLast.keySet()) {
        keys.add(k);
      }
      namedKeys = keys;
    }
    return keys.mayHold(key);
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

  /** "the Russian president", "the emir", "the Russian and Venezuelan leaders", "the two leaders". */
  int byOffice(int i, Sentence s) {
    int end = s.endToken();
    int j = i;
    boolean det = false;
    if (has(j, DETERMINER)) {
      det = true;
      j++;
    } else if (countryAt[j] == null) {
      return -1; // neither "the" nor a state: no office of someone known starts here
    } else if (i > 0 && has(i - 1, INDEFINITE)) {
      return -1;
    }
    if (det && j + 1 < end && (tokens.get(j).is("two") || tokens.get(j).is("pair"))) {
      return pair(i, j, end);
    }
    if (det && j < end && tokens.get(j).is("pair")) {
      return pair(i, j, end);
    }
    // (no list where no state follows, as after most "the")
    List<Country> states = j < end && countryAt[j] != null ? new ArrayList<>(2) : List.of();
    // "the Russian and Venezuelan leaders": a few states; a longer run names no office, and walking
    // it from each of its tokens would cost its length squared
    while (j < end && countryAt[j] != null && states.size() < MAX_LISTED_STATES) {
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
      // people are in order of introduction: only those before i, and only until a second one fits
      for (int k = 0; k < people.size() && people.get(k).introToken < i && count < 2; k++) {
        Person p = people.get(k);
        if (p.holdsStateOffice() && roles.contains(p.role)
            && (titleHead == null || p.title != null && titleKey(p.title).endsWith(titleHead))) {
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

  /** A title's key, made once per title rather than once per office word that may refer to it. */
  private String titleKey(String title) {
    return titleKeys.computeIfAbsent(title, Keys::of);
  }

  @Nullable Person holder(Country c, Set<Role> roles, int before) {
    Person best = null;
    for (Person p : people) {
      if (p.introToken >= before) {
        break; // in order of introduction: the rest come later
      }
      if (!p.holdsStateOffice() || !c.equals(p.country) || !roles.contains(p.role)) {
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
  int byPronoun(int i, Sentence s, List<Sentence> sentences, int si) {
    Token t = tokens.get(i);
    boolean latter = has(i, DETERMINER) && t.is("the") && i + 1 < s.endToken()
        && (tokens.get(i + 1).is("latter") || tokens.get(i + 1).is("latter's"));
    if (!latter && !has(i, PRONOUN)) {
      return -1;
    }
    Person p = null;
    if (latter) {
      for (int k = byFirst.lastBefore(i); k >= 0 && p == null; k = byFirst.lastBefore(k)) {
        for (Mention m : Objects.requireNonNull(byFirst.get(k))) {
          if (m.end() <= i && m.named()) {
            p = m.person();
          }
        }
      }
    } else {
      Person here = onlyPersonIn(s.firstToken(), i);
      if (here != NOBODY && here != SEVERAL) {
        p = here;
      } else if (here == NOBODY) {
        Person before = namedBefore(sentences, si); // the sentence before that names anyone
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
}
