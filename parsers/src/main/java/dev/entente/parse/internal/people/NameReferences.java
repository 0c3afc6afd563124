package dev.entente.parse.internal.people;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Later mentions of people by name: a surname or a shorter form of the fullest name ("Putin",
 * "Maduro's", "Vladimir Putin"), and a person introduced under a short form of another's fuller
 * name folded into that person.
 */
abstract class NameReferences extends OfficeStates {

  private @Nullable Map<String, List<Person>> firstKeys;

  NameReferences(PeopleStage stage, Document doc) {
    super(stage, doc);
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
    if (has(i, NAME_HONORIFIC) && i + 1 < s.endToken()) {
      int end = byHonorificAndGiven(i, s);
      if (end > 0) {
        return end;
      }
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

  /**
   * "Sheikh [Given]" after "Sheikh [Given] bin [Father] Al [House]": an honorific that is part of how a
   * name is written ({@code name-honorifics.txt}) and the first word of one person's name written with
   * it, when no more of a name follows. Returns the end token, or -1.
   */
  private int byHonorificAndGiven(int i, Sentence s) {
    Token given = tokens.get(i + 1);
    int end = s.endToken();
    if (!given.isWord() || !given.isCapitalized()
        || i + 2 < end && (has(i + 2, PARTICLE) || tokens.get(i + 2).isWord() && tokens.get(i + 2).isCapitalized())) {
      return -1; // more of a name follows: read as a name
    }
    List<Person> sameFirst = byFirstKey().get(bare(given.key()));
    Person only = null;
    for (int k = 0; sameFirst != null && k < sameFirst.size(); k++) {
      Person p = sameFirst.get(k);
      if (p.keys.size() > 1 && writtenWith(p, tokens.get(i).key())) {
        if (only != null) {
          return -1; // two such people: no telling which
        }
        only = p;
      }
    }
    if (only == null) {
      return -1;
    }
    add(new Mention(i, i + 2, only, null, null, true));
    return i + 2;
  }

  /** Whether {@code p}'s name is written with the honorific {@code key} first ("Sheikh", "Tengku"). */
  private static boolean writtenWith(Person p, String key) {
    return p.words.size() > p.keys.size() && Keys.of(p.words.get(0)).equals(key);
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

  /**
   * A person introduced under a shorter form of another's fuller name is that person: the first
   * words of it when the first is no known given name ("Chairman Mengistu" and "Mengistu Haile
   * Mariam", "Premier Chou" and "Chou En-lai", "Minister Prabowo" and "Prabowo Subianto"), or its
   * last two words or more ("López Obrador" and "Andrés Manuel López Obrador"). Only when one fuller
   * name fits and the two are not given different states; the fuller person takes the office the
   * short form was introduced with when it has none.
   */
  void foldShortForms() {
    Map<Person, Person> into = null; // in the order people were found, so the fold is the same on every run
    for (Person s : people) {
      Person only = null;
      int fits = 0;
      for (Person l : people) {
        if (l != s && l.keys.size() > s.keys.size() && shortFormOf(s, l)) {
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
        l.fullTitle = s.fullTitle;
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

  /**
   * Whether {@code s}'s name is a short form of {@code l}'s: its leading words not starting with a
   * given name, or that given name alone when both hold the same office ("Prime Minister [Given]"
   * beside "Prime Minister [Given] [Family]"); or its last two words or more, a particle first or
   * not ("[Family] [Family]", "[Particle] [Family]" beside "[Given] [Particle] [Family]").
   */
  private boolean shortFormOf(Person s, Person l) {
    List<String> shorter = s.keys;
    List<String> fuller = l.keys;
    int n = shorter.size();
    int m = fuller.size();
    if (shorter.equals(fuller.subList(0, n))) {
      // a given name may open the shorter form when a particle follows it ("[Given] bin [Father]" of "[Given] bin
      // [Father] Al [House]") or when both are written with the same honorific ("Sheikh [Given]")
      boolean lineage = n >= 3 && particles.contains(shorter.get(1))
          || s.words.size() > n && writtenWith(l, Keys.of(s.words.get(0)));
      return (!givenNames.contains(shorter.get(0)) || lineage || n == 1 && s.role != null && s.role == l.role)
          && !particles.contains(shorter.get(n - 1));
    }
    return n >= 2 && shorter.equals(fuller.subList(m - n, m));
  }
}
