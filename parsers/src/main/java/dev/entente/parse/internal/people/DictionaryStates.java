package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.pipeline.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state (and, for a person named with no office, the role) the office-holder dictionary gives
 * a person by name on the article's date ({@link StateRule#DICTIONARY}): the fullest form of the
 * name first, then shorter ones; a name that fits holders of two states decides nothing; a whole
 * name the dictionary holds on other days only gives that state when the report names it.
 */
abstract class DictionaryStates extends PageStates {

  DictionaryStates(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /**
   * The dictionary's state for {@code p} on the article's date: the full name, then the name
   * without honorifics, without its middle initials, its first and last words, then the surname alone; a name that fits holders
   * of more than one state decides nothing. A person the text names without an office, or with an
   * office of no known kind ("Chairman of the Military Council"), gets the dictionary's role but
   * no title; so does such an office whose state the text gave, when the dictionary's holder is of
   * that state. A company title ("Chief Executive") yields to the dictionary only for the whole name
   * of a head of state or government in office that day.
   */
  void fromDictionary(Person p) {
    LocalDate on = articleDate();
    if (on == null) {
      return;
    }
    OfficeHolders holders = doc.knowledge().officeHolders();
    List<Tenure> found = List.of();
    List<String> forms = forms(p);
    if (p.company) {
      forms = p.keys.size() < 2 ? List.of() : forms.subList(0, Math.min(forms.size(), p.title == null ? 2 : 3));
    }
    if (p.keys.size() >= 2 && holders.mayHold(p.words, null)) {
      String whole = String.join(" ", p.words);
      List<Tenure> ever = holders.holders(whole);
      if (!ever.isEmpty() && holders.holders(whole, on).isEmpty()) {
        // a whole name the dictionary holds on other days only: not a shorter holder of this day's
        // ("[Given] [Given] [Surname]" is not the monarch named "[Given] [Given]")
        heldOnAnotherDay(p, ever, on);
        return;
      }
    }
    for (String form : forms) {
      found = holders.holders(form, on);
      if (!found.isEmpty()) {
        break;
      }
    }
    if (found.isEmpty()) {
      return;
    }
    Tenure pick = null;
    Set<Country> states = new HashSet<>();
    for (Tenure t : found) {
      if (p.role == null || t.role() == p.role || HEADS.contains(p.role) && HEADS.contains(t.role())) {
        states.add(t.country());
        if (pick == null || p.role != null && t.role() == p.role && pick.role() != p.role) {
          pick = t;
        }
      }
    }
    if (pick == null) {
      // no tenure of the text's kind: a head's line before a minister's, as a company title yields
      // only to a head ("Chief Executive [Name]" of a head who also held a ministry)
      for (Tenure t : found) {
        states.add(t.country());
        if (pick == null || !HEADS.contains(pick.role()) || HEADS.contains(t.role())) {
          pick = t;
        }
      }
    }
    if (states.size() != 1 || p.company && !HEADS.contains(pick.role())) {
      return;
    }
    if (p.country != null) {
      // an office of no known kind whose state the text gave ("chairman of the [State] Council of Ministers"): the
      // dictionary's role, when it is of that state
      if (pick.country().equals(p.country)) {
        p.role = pick.role();
      }
      return;
    }
    if (p.role == null || p.role == Role.OTHER || p.company) {
      p.role = pick.role();
      p.company = false;
    }
    p.setCountry(pick.country(), StateRule.DICTIONARY);
  }

  /**
   * A person the text names in full with an office but the dictionary holds on no day near the
   * article's: the state of the offices the dictionary gives the whole name on other days, when they
   * are all of one state ({@code all}, not empty), as that state stood on the article's date (a
   * vice-premier who later led the state, a senior minister who had been prime minister), when the
   * report names that state. It binds before the other side of a meeting or the dateline does,
   * never over a state word the text gives.
   */
  private void heldOnAnotherDay(Person p, List<Tenure> all, LocalDate on) {
    if (p.country != null || p.role == null || p.role == Role.OTHER || p.company) {
      return;
    }
    Country state = null;
    for (Tenure t : all) {
      if (state != null && !state.equals(t.country())) {
        return;
      }
      state = t.country();
    }
    // only a state the report names: a name alone, outside its tenures, does not bring in a state
    Country then = state == null ? null : stage.capitalStateOn(state, on);
    if (then != null && (namedCounts().containsKey(then) || namedCounts().containsKey(state))) {
      p.setCountry(then, StateRule.DICTIONARY);
    }
  }

  /** The forms of a person's name to look up, fullest first. */
  private List<String> forms(Person p) {
    Set<String> out = new LinkedHashSet<>(4);
    if (p.title != null) {
      out.add(p.title + " " + String.join(" ", p.words)); // a name the dictionary writes with its title: "King Hussein"
    }
    out.add(String.join(" ", p.words));
    out.add(String.join(" ", p.keys));
    if (p.keys.size() > 2) {
      addWithoutInitials(out, p.keys); // "[Given] S. [Surname] III" is the dictionary's "[Given] [Surname] III"
    }
    // a name written longer than the dictionary's: its leading or trailing words alone, longest first
    // ("Muhammad Shehbaz Sharif" is "Shehbaz Sharif", "Mohammed bin Salman bin Abdulaziz" "Mohammed bin Salman")
    int n = p.keys.size();
    for (int len = n - 1; len >= 2; len--) {
      addSubName(out, p.keys, 0, len);
      addSubName(out, p.keys, n - len, n);
    }
    if (p.keys.size() > 2) {
      out.add(p.keys.get(0) + " " + p.lastKey());
    }
    if (p.keys.size() == 1) {
      out.add(p.lastKey()); // a surname alone; a fuller name with another given name is someone else
    }
    return new ArrayList<>(out);
  }

  /**
   * Adds the name without its middle initials (one letter each), when it has one and keeps two
   * words or more: a middle initial the dictionary does not write would otherwise leave only the
   * first and last words, which a generational suffix ("Jr.", "III") makes no name.
   */
  private static void addWithoutInitials(Set<String> out, List<String> keys) {
    StringBuilder b = null;
    int kept = 0;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (i > 0 && i < keys.size() - 1 && (k.length() == 1 || k.length() == 2 && k.charAt(1) == '.')) {
        if (b == null) {
          b = new StringBuilder(String.join(" ", keys.subList(0, i)));
          kept = i;
        }
        continue;
      }
      if (b != null) {
        b.append(' ').append(k);
        kept++;
      }
    }
    if (b != null && kept >= 2) {
      out.add(b.toString());
    }
  }

  /** Adds keys {@code [from, to)} as a form when neither end is a particle ("bin", "al"). */
  private void addSubName(Set<String> out, List<String> keys, int from, int to) {
    if (!particles.contains(keys.get(from)) && !particles.contains(keys.get(to - 1))) {
      out.add(String.join(" ", keys.subList(from, to)));
    }
  }
}
