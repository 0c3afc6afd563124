package dev.entente.parse.internal.events;

import dev.entente.model.Country;
import dev.entente.parse.internal.people.OfficeLexicon;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.PersonRef;
import dev.entente.parse.internal.pipeline.TokenArrays;
import dev.entente.parse.internal.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * One article as the parts of the event stage read it: its tokens, and per token the state, date and
 * person mention found there by the stages before, so that each question ("is a person named here?")
 * is an array lookup. Per article.
 */
final class EventText {
  final Document doc;
  final List<Token> tokens;
  /** The article's tables ({@link Document#countryAt}, {@link Document#dateAt}): read, never written. */
  final @Nullable CountryRef[] countryAt;
  final @Nullable DateRef[] dateAt;
  /** Per token: whether a person mention starts there (and is not a possessive), and whether one covers it. */
  private final boolean[] personStart;
  private final boolean[] personCover;
  /** Whether the article's dates are in text order, as the date stage gives them. */
  final boolean datesSorted;
  /** The words of the sentences with trigger phrases. */
  final SentenceWords read;

  EventText(Document doc, SentenceWords.Table words) {
    this.doc = doc;
    this.tokens = doc.tokens;
    boolean sorted = true;
    for (int k = 1; k < doc.dates.size() && sorted; k++) {
      sorted = doc.dates.get(k - 1).first() <= doc.dates.get(k).first();
    }
    this.datesSorted = sorted;
    this.countryAt = doc.countryAt();
    this.dateAt = doc.dateAt();
    this.read = new SentenceWords(words, tokens, doc.wordIds());
    // pooled per thread: only the first tokens.size() slots are read (see TokenArrays)
    this.personStart = TokenArrays.flags(tokens.size());
    this.personCover = TokenArrays.flags(tokens.size());
    for (PersonRef p : doc.persons) {
      if (p.end() <= tokens.size()) {
        personStart[p.first()] = !tokens.get(p.end() - 1).key().endsWith("'s");
        for (int k = p.first(); k < p.end(); k++) {
          personCover[k] = true;
        }
      }
    }
  }

  /**
   * Whether a person (not a possessive: "received Putin's support") is named at token {@code k}; the
   * token after the last (where a phrase ending the text points) names no one.
   */
  boolean personAt(int k) {
    return k < tokens.size() && personStart[k];
  }

  boolean isPerson(int k) {
    return personCover[k];
  }

  /**
   * The token after "both" or "the two" at {@code k} ("both leaders", "the two presidents"), where the
   * pair's noun stands before {@code end}; -1 where no such words stand there.
   */
  int afterPairWords(int k, int end) {
    int j = tokens.get(k).is("both") ? k + 1 : tokens.get(k).is("the") && k + 1 < end && tokens.get(k + 1).is("two") ? k + 2 : -1;
    return j < end ? j : -1;
  }

  /**
   * The office (of a government, not a company) that follows the states named from token {@code k}
   * on, before {@code end}: "[adjective] leader", "[state] Foreign Minister", "defense ministers"; or null.
   */
  OfficeLexicon.@Nullable Office officeAfterStates(OfficeLexicon offices, int k, int end) {
    int j = k;
    while (j < end && countryAt[j] != null) {
      j = countryAt[j].end();
    }
    OfficeLexicon.Office o = j < end ? offices.match(doc.text, tokens, doc.wordIds(), j, end) : null;
    return o == null || o.company() ? null : o;
  }

  /** The words after "the" (or "his", "her", "their") that stand for a visitor: "the guest", "his visitor". */
  private static final Set<String> GUEST_NOUNS = Set.of("guest", "visitor");
  /** The words after "her" that end its phrase: "received her at the palace", "welcomed her on [day]". */
  private static final Set<String> AFTER_OBJECT = Set.of("at", "in", "on", "with", "for", "to", "and", ",", ".");

  /** The verbs of a host receiving a guest, whose object may be the guest unnamed. */
  private static final Set<String> RECEIVING = Set.of("received", "receives", "receive", "welcomed", "welcomes", "welcome", "hosted", "hosts");

  /**
   * Whether {@code h} is a verb of receiving whose object (before {@code end}) stands for a visitor
   * without naming one: "him", "her" ("received her at the palace"), "the visiting [office]", "the
   * guest", "his visitor". The person is the traveller of a visit told before.
   */
  boolean receivesVisitor(TriggerLexicon.Hit h, int end) {
    int k = h.end();
    if (k >= end || h.end() - h.first() != 1 || !RECEIVING.contains(tokens.get(h.first()).key())) {
      return false;
    }
    Token t = tokens.get(k);
    if (t.is("him")) {
      return true;
    }
    if (t.is("her")) {
      return k + 1 >= end || AFTER_OBJECT.contains(tokens.get(k + 1).key());
    }
    if (k + 1 >= end || !(t.is("the") || t.is("his") || t.is("her") || t.is("their"))) {
      return false;
    }
    Token next = tokens.get(k + 1);
    return GUEST_NOUNS.contains(next.key()) || (t.is("the") && next.is("visiting") && k + 2 < end && tokens.get(k + 2).isWord()
        && !personAt(k + 2));
  }

  /** The index of the first date mention starting at or after token {@code from} (the dates being in text order). */
  int firstDateAtOrAfter(int from) {
    return firstAtOrAfter(doc.dates, DateRef::first, from);
  }

  /** The person mentions starting inside tokens {@code [from, to)}, in text order. */
  List<PersonRef> personsIn(int from, int to) {
    List<PersonRef> all = doc.persons;
    int lo = firstAtOrAfter(all, PersonRef::first, from);
    int end = lo;
    while (end < all.size() && all.get(end).first() < to) {
      end++;
    }
    return all.subList(lo, end);
  }

  /** The index of the first of {@code refs} (in text order) whose first token is at or after {@code from}. */
  private <T> int firstAtOrAfter(List<T> refs, ToIntFunction<T> first, int from) {
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (first.applyAsInt(refs.get(mid)) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Where "the two countries" or "both sides" stands in a clause (of a sentence whose words are read), or -1. */
  int pairAt(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (read.is(k, SentenceWords.PAIR_COUNT) && read.is(k + 1, SentenceWords.PAIR_WORD)) {
        return k;
      }
    }
    return -1;
  }

  /** The last two states named before token {@code at}: what "the two countries" stands for. */
  List<Country> pairBefore(int at) {
    Set<Country> out = new LinkedHashSet<>();
    int lo = 0;
    int hi = doc.countries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.countries.get(mid).first() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo - 1; k >= 0 && out.size() < 2; k--) {
      CountryRef c = doc.countries.get(k);
      if (c.form() != CountryForm.CAPITAL) {
        out.add(c.country());
      }
    }
    return new ArrayList<>(out);
  }
}
