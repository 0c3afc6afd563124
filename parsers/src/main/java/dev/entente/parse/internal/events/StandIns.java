package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.model.EventType;
import dev.entente.model.Role;
import dev.entente.parse.internal.events.TriggerLexicon.Hit;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The people a clause names by a stand-in, found where the report named them before: "the two
 * leaders" (the last two named, of two states), "the [adjective] minister" (the last minister of that
 * state), and the guest of "received him" or "the visiting premier" (the traveller of the visit told
 * before). Part of {@link OccasionFrame}; per article.
 */
final class StandIns {
  private final EventText text;
  private final Document doc;
  private final List<Token> tokens;
  private final @Nullable CountryRef[] countryAt;
  private final OfficeLexicon offices;

  /** The article's drafts so far, dated and undated: where the traveller a pronoun stands for is found. */
  private final List<Draft> dated;
  private final List<Draft> undated;

  StandIns(EventText text, OfficeLexicon offices, List<Draft> dated, List<Draft> undated) {
    this.text = text;
    this.doc = text.doc;
    this.tokens = text.tokens;
    this.countryAt = text.countryAt;
    this.offices = offices;
    this.dated = dated;
    this.undated = undated;
  }

  /** The nouns after "the two" (or "both") that stand for two people named before, whatever their office. */
  private static final Set<String> PAIR_NOUNS = Set.of("leaders", "men", "women");
  /** How many sentences before a clause's own the two people its "the two leaders" stands for may be named in. */
  private static final int PAIR_REACH = 2;
  /** How many words ("also", "later", "then") may stand between "the two leaders" and the trigger. */
  private static final int PAIR_GAP = 2;

  /**
   * The two people the subject of a clause stands for when it names them by a pair ("The two men met
   * for an hour", "the two presidents held talks", "both leaders attended"): the last two people named
   * before it, in its sentence or the {@link #PAIR_REACH} before, of two states and, when the pair names
   * an office, of that office's role. Empty when the clause has no such subject or no such two are named.
   */
  List<PersonRef> pairNamedBefore(Sentence s, Hit anchor, int from) {
    int at = -1;
    int end = -1;
    @Nullable Role role = null;
    for (int k = from; k < anchor.first() && at < 0; k++) {
      int j = text.afterPairWords(k, anchor.first());
      if (j < 0) {
        continue;
      }
      if (PAIR_NOUNS.contains(tokens.get(j).key())) {
        at = k;
        end = j + 1;
      } else {
        OfficeLexicon.Office o = text.officeAfterStates(offices, j, anchor.first());
        if (o != null && o.role() != Role.OTHER) {
          at = k;
          end = o.end();
          role = o.role();
        }
      }
    }
    if (at < 0 || anchor.first() - end > PAIR_GAP) {
      return List.of();
    }
    int lo = doc.sentences.get(Math.max(0, s.index() - PAIR_REACH)).firstToken();
    List<PersonRef> before = text.personsIn(lo, at);
    @Nullable PersonRef last = null;
    for (int k = before.size() - 1; k >= 0; k--) {
      PersonRef p = before.get(k);
      if (p.country() == null || p.role() == null || p.role() == Role.OTHER || (role != null && p.role() != role)) {
        continue;
      }
      if (last == null) {
        last = p;
      } else if (!p.country().equals(last.country()) && p.personId() != last.personId()) {
        return List.of(p, last);
      }
    }
    return List.of();
  }

  /** The roles one office word may stand for in another ("the [adjective] minister" for its foreign minister). */
  private static final List<Set<Role>> ROLE_FAMILIES = List.of(
      Set.of(Role.FOREIGN_MINISTER, Role.DEFENSE_MINISTER, Role.MINISTER),
      Set.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT));

  /**
   * The person "the [state] [office]" at token {@code k} stands for when it names nobody ("received the
   * [adjective] minister", "met the [adjective] president"): the last person named before it of that
   * state and of that office's role, or of a role of its family ({@link #ROLE_FAMILIES}) when none holds
   * the role itself. Null when no such phrase stands there, a name follows it, or no such person is named.
   */
  @Nullable PersonRef statedOfficeHolder(int k, int to) {
    if (k + 2 >= to || !tokens.get(k).is("the") || countryAt[k + 1] == null || countryAt[k + 1].form() != CountryForm.ADJECTIVE) {
      return null;
    }
    Country state = countryAt[k + 1].country();
    OfficeLexicon.Office o = text.officeAfterStates(offices, k + 1, to);
    if (o == null || o.role() == Role.OTHER || text.personAt(o.end()) || (o.end() + 1 < to && text.personAt(o.end() + 1))) {
      return null;
    }
    @Nullable PersonRef kin = null;
    List<PersonRef> before = text.personsIn(0, k);
    for (int i = before.size() - 1; i >= 0; i--) {
      PersonRef p = before.get(i);
      if (!state.equals(p.country()) || p.role() == null) {
        continue;
      }
      if (p.role() == o.role()) {
        return p;
      }
      if (kin == null && sameFamily(p.role(), o.role())) {
        kin = p;
      }
    }
    return kin;
  }

  private static boolean sameFamily(Role a, Role b) {
    for (Set<Role> f : ROLE_FAMILIES) {
      if (f.contains(a) && f.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of {@code hits} is a verb of receiving with the guest unnamed after it ("received
   * him", "welcomed the visiting premier"): no person there, or only one named before the verb in
   * the clause (a pronoun object is not its own clause's subject).
   */
  boolean receivesGuest(List<Hit> hits, List<PersonRef> inClause, int to) {
    for (Hit h : hits) {
      if (h.person() && text.receivesVisitor(h, to) && !otherAt(inClause, h)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "the visiting [office]" stands in tokens {@code [from, to)} with no person named there. */
  boolean visitingUnnamed(int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (tokens.get(k + 1).is("visiting") && tokens.get(k).is("the") && tokens.get(k + 2).isWord() && !text.isPerson(k + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every phrase of {@code hits} is a verb of receiving with no person after it ("received her"). */
  boolean onlyUnnamedGuests(List<Hit> hits) {
    for (Hit h : hits) {
      if (!h.person() || text.personAt(h.end())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a person stands right after {@code h} who is not named before it in the clause. */
  private static boolean otherAt(List<PersonRef> inClause, Hit h) {
    for (PersonRef p : inClause) {
      if (p.first() == h.end()) {
        for (PersonRef q : inClause) {
          if (q.end() <= h.first() && q.personId() == p.personId()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The latest visit with people told in sentence {@code sentence} or before it, or null. */
  @Nullable Draft visitBefore(int sentence) {
    Draft best = null;
    for (List<Draft> drafts : List.of(dated, undated)) {
      for (int k = drafts.size() - 1; k >= 0; k--) {
        Draft v = drafts.get(k);
        if (v.type == EventType.VISIT && !v.people.isEmpty() && v.sentence <= sentence) {
          best = best == null || v.sentence > best.sentence ? v : best;
          break;
        }
      }
    }
    return best;
  }
}
