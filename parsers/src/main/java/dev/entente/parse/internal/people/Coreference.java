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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Later mentions of people already named, and the whole reading of an article's people ({@link
 * #go}): a surname or a shorter form of the fullest name ("Putin", "Maduro's": {@link
 * NameReferences}), an office of a known holder ("the Russian president", "the two leaders"), a
 * pronoun when one person can be meant. The fullest form in the article is the name; shorter
 * forms refer back to it.
 */
final class Coreference extends NameReferences {

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
        doc.leaders.add(new Leader(p.name(), p.country, p.fullTitle != null ? p.fullTitle : p.title, p.role, p.sortedEvidence()));
      }
    }
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
    if (det && j < end && has(j, PAIR_WORD) && (j + 1 < end || tokens.get(j).is("pair"))) {
      return pair(i, j, end); // "the two leaders" (with a word after "two"), "the pair"
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
    if (has(j, LEADER_WORD)) {
      String key = tokens.get(j).key();
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
        if (p.holdsStateOffice() && (roles.contains(p.role) || p.otherRole != null && roles.contains(p.otherRole))
            && (titleHead == null || p.title != null && (titleKey(p.title).endsWith(titleHead)
                || p.otherRole != null && titleKey(p.title).contains(titleHead)))) {
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
      if (!p.holdsStateOffice() || !c.equals(p.country)
          || !roles.contains(p.role) && !(p.otherRole != null && roles.contains(p.otherRole))) {
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
    boolean latter = has(i, DETERMINER) && i + 1 < s.endToken() && has(i + 1, LATTER) && tokens.get(i).is("the");
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
