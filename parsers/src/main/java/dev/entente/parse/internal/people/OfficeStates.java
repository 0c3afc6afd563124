package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * The state of an office whose introduction binds none, by the rules after the text's own ({@link
 * StateRule}, in order): the office-holder dictionary by name and the article's date ({@link
 * DictionaryStates}), the side of the one accompanied, "counterpart" as the other party, a state
 * word on the later of a pair, "the visiting" as the guest, the other side of a meeting and the same
 * side ({@link MeetingSides}), the state of the report's national news agency or of an outlet whose
 * name holds a state, the dateline's state ({@link PageStates}), and a head's office no one else
 * holds. None of them takes the nearest state alone.
 */
abstract class OfficeStates extends DictionaryStates {

  OfficeStates(PeopleStage stage, Document doc) {
    super(stage, doc);
  }

  /** Gives each office holder still without a state one by the rules after the text's own. */
  void resolveStates() {
    for (Person p : people) {
      if (p.country == null || p.role == Role.OTHER && !p.company) {
        fromDictionary(p);
      }
    }
    for (Person p : people) {
      if (p.holdsStateOffice() && p.country == null) {
        byContext(p);
      }
    }
  }

  /** The rules after the dictionary, in order. */
  void byContext(Person p) {
    Mention intro = introOf(p);
    if (intro == null || p.role == Role.OTHER) {
      return; // an office of no known kind ("chairman") takes a state from the text or the dictionary only
    }
    Country along = accompanying(p, intro);
    if (along != null) {
      p.setCountry(along, StateRule.ACCOMPANYING);
      return;
    }
    Country faced = p.facing != null ? p.facing.country : facedBy(p);
    if (faced != null) {
      // "his counterpart B" is of the other party to A; so is A in "A and his [adjective] counterpart B"
      Country other = mostNamedExcept(faced);
      if (other != null) {
        p.setCountry(other, StateRule.COUNTERPART);
        return;
      }
    }
    Country apart = contrastedWith(p, intro);
    if (apart != null) {
      Country other = mostNamedExcept(apart);
      if (other != null) {
        p.setCountry(other, StateRule.CONTRAST);
        return;
      }
    }
    Country host = datelineState();
    if (p.visiting && host != null) {
      Country guest = mostNamedExcept(host);
      if (guest != null) {
        p.setCountry(guest, StateRule.VISITING);
        return;
      }
    }
    Country met = acrossAMeeting(p, intro);
    if (met != null) {
      p.setCountry(met, StateRule.ENCOUNTER);
      return;
    }
    Country side = p.facing == null ? sameSide(p, intro) : null; // one of a pair of counterparts is no one's side
    if (side != null) {
      p.setCountry(side, StateRule.SAME_SIDE);
      return;
    }
    Country outlet = outletState();
    if (outlet != null && aboutAndBeyond(outlet) && (!heldBySomeoneElse(p, outlet) || asMinistrySecretary(p, outlet))) {
      p.setCountry(outlet, StateRule.OUTLET);
      return;
    }
    if (host != null && namesOtherThan(host) && (!heldBySomeoneElse(p, host) || asMinistrySecretary(p, host))) {
      p.setCountry(host, StateRule.DATELINE);
      return;
    }
    Country unclaimed = unclaimed(p, intro);
    if (unclaimed != null) {
      p.setCountry(unclaimed, StateRule.UNCLAIMED);
    }
  }

  /**
   * "[A] was accompanied by [office] B (and [office] C)", "[A], flanked by [office] B, met ...": the
   * state of A, the person the sentence opens with, when a verb of going along and "by" stand
   * between A and B with no verb of meeting after them (in "[A] met B, accompanied by C" C is not
   * placed by this rule); with no one named before the verb, the state of an office the sentence opens
   * with ("The [adjective] leader, who is accompanied by [office] B") or a state it opens with by name
   * ("[State] was represented by [office] B"). Null when no one of a known state opens the sentence.
   */
  private @Nullable Country accompanying(Person p, Mention intro) {
    Sentence s = doc.sentences.get(doc.sentenceOf(intro.first()));
    int along = -1;
    for (int k = intro.first() - 2; k >= s.firstToken(); k--) {
      if (has(k, ENCOUNTER)) {
        return null;
      }
      if (has(k, ACCOMPANY) && tokens.get(k + 1).is("by")) {
        along = k;
        break;
      }
    }
    if (along < 0) {
      return null;
    }
    if (mentionsIn(s.firstToken(), along).isEmpty()) {
      // "The [adjective] leader, who is accompanied by [office] B": the state the office opening the sentence names
      int subject = subjectEnd(s, along);
      if (subject > 0) {
        return !encounterBetween(subject, along) ? countryAt[skipDeterminer(s)].country() : null;
      }
      return stateSubject(s, along); // "[State] was represented by [office] B"
    }
    for (Mention m : mentionsIn(s.firstToken(), along)) {
      Person a = m.person();
      // a relative clause after A may tell of a meeting: "A, who was received by B, was accompanied by C"
      boolean relative = m.end() + 1 < along && tokens.get(m.end()).text().equals(",") && tokens.get(m.end() + 1).is("who");
      return a != p && !encounterBetween(s.firstToken(), m.first()) && (relative || !encounterBetween(m.end(), along))
          ? a.country : null;
    }
    return null;
  }

  /**
   * The state a sentence opens with by its name or capital when only the verb before {@code along}
   * stands between them ("[State] was represented by [office] B", "[Capital] will be represented by"):
   * the state the people after the verb act for; else null.
   */
  private @Nullable Country stateSubject(Sentence s, int along) {
    CountryRef ref = countryAt[skipDeterminer(s)];
    if (ref == null || ref.form() == CountryForm.ADJECTIVE || tokens.get(ref.end() - 1).key().endsWith("'s")
        || along - ref.end() > 2) {
      return null;
    }
    for (int k = ref.end(); k < along; k++) {
      Token t = tokens.get(k);
      if (!has(k, COPULA) && !t.is("were") && !t.is("are") && !t.is("will") && !t.is("be")) { // "is", "was": copulas.txt
        return null;
      }
    }
    return ref.country();
  }

  /** The state a text's state word gave a "counterpart" of {@code p} ("A and his [adjective] counterpart B"), or null. */
  private @Nullable Country facedBy(Person p) {
    for (Person q : people) {
      if (q.facing == p && q.country != null && q.stateBy == StateRule.TEXT) {
        return q.country;
      }
    }
    return null;
  }

  /** Whether someone other than {@code p} holds {@code p}'s kind of office for {@code state}. */
  private boolean heldBySomeoneElse(Person p, Country state) {
    for (Person q : people) {
      if (q != p && q.role == p.role && state.equals(q.country)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p}, titled a minister's secretary ("Foreign Secretary", "Defence Secretary"), is the
   * ministry's senior civil servant, as South Asian states title one: the report names a minister of
   * the same kind of office for {@code state} under another title ("External Affairs Minister"). The
   * secretary is then an official of that state, beside the minister, not a second minister: makes
   * {@code p} an official and returns true when it is so.
   */
  private boolean asMinistrySecretary(Person p, Country state) {
    String title = p.title;
    if (title == null || p.role == null || p.role == Role.OFFICIAL || !title.regionMatches(true, title.length() - 9, "secretary", 0, 9)
        || title.length() > 9 && title.charAt(title.length() - 10) != ' ') {
      return false;
    }
    for (Person q : people) {
      if (q != p && q.role == p.role && state.equals(q.country) && q.title != null
          && !q.title.regionMatches(true, q.title.length() - 9, "secretary", 0, 9)) {
        p.role = Role.OFFICIAL;
        return true;
      }
    }
    return false;
  }

  /** A head of state or government: the last state named in the three sentences before whose office of that kind no one holds. */
  private @Nullable Country unclaimed(Person p, Mention intro) {
    if (p.role == null || !HEADS.contains(p.role)) {
      return null;
    }
    int si = doc.sentenceOf(intro.first());
    Sentence s = doc.sentences.get(si);
    for (int k = doc.countries.size() - 1; k >= 0; k--) {
      CountryRef ref = doc.countries.get(k);
      if (ref.end() <= intro.first() && !covered[ref.first()] && !heldBySomeoneElse(p, ref.country())
          && doc.sentenceOf(ref.first()) >= si - 3) {
        return ref.country();
      }
    }
    for (CountryRef ref : doc.countries) {
      if (ref.first() >= intro.end() && ref.first() < s.endToken() && !covered[ref.first()] && !heldBySomeoneElse(p, ref.country())) {
        return ref.country();
      }
    }
    return null;
  }

}
