package dev.entente.parse.internal.facts;

import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.facts.ArmsTellings.Found;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The signing dates of arms transfers that no marker word gives beside a date of their sentence:
 * a signing told as done on the day of the occasion or of the paragraph's lead, a signing told in a
 * sentence after the transfers, a deal pointed back to from a later sentence, and transfers under
 * an agreement told before.
 */
final class ArmsSigningDates {
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon instruments = Lexicon.load("instruments.txt");

  /**
   * Whether the sentence tells a signing done ("signed", "inked", "witnessed the signing of"), not
   * one to come ("will sign").
   */
  boolean signedHere(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(words, i, to);
      if (m != null && m.has("SIGNED") && (sc.key(i).endsWith("ed") || sc.any(words, "WITNESSED", Math.max(from, i - 3), i))) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
          if (Occasions.FUTURE.contains(sc.key(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "The contract was signed in Warsaw on Friday", told after the transfers: their signing date, from
   * the sentence, else (a signing told as done) the occasion's day; for those that have none, and
   * (a date the sentence marks as the signing) for those dated only by a guess.
   */
  void signedAfter(Scope sc, Sentence s, DateRef[] roles, List<Found> told) {
    int from = s.firstToken();
    int to = s.endToken();
    if (!hasRole(sc, "DEAL", from, to)) {
      return;
    }
    EdtfDate signed = ArmsSchedule.first(roles, from, to, true);
    boolean marked = signed != null;
    if (signed == null && signedHere(sc, from, to)) {
      signed = signedDone(sc, s, roles, List.of());
    }
    for (Found f : told) {
      if (signed != null && (f.contract.signed() == null || marked && f.signedGuessed)) {
        f.contract = f.contract.toBuilder().signed(signed).build();
        f.signedGuessed = !marked;
      }
    }
  }

  /**
   * The signing date of a sentence that tells a signing done but marks none of its dates as one:
   * a date no marker word stands near ("concluded a contract ... during the minister's visit on
   * Thursday, 9 March"), not after the publication date, else the day of the occasion the sentence
   * belongs to ({@link #occasion}).
   */
  static @Nullable EdtfDate signedDone(Scope sc, Sentence s, DateRef[] roles, List<Item> items) {
    int from = s.firstToken();
    LocalDate published = sc.doc.published();
    for (DateRef d : sc.dates(from, s.endToken())) {
      int p = d.first() - from;
      if (roles[2 * p] == null && roles[2 * p + 1] == null && !ArmsDates.inItem(d, items)
          && (published == null || !d.date().earliest().isAfter(published))) {
        return d.date();
      }
    }
    EdtfDate lead = leadDay(sc, s);
    return lead != null ? lead : occasion(sc, s);
  }

  /**
   * The day the lead sentence of the paragraph of {@code s} names, at most four sentences before it
   * ("The two defence ministers met in Paris on Monday. [Buyer] signed a contract ..."), not after
   * the publication date; else null.
   */
  static @Nullable EdtfDate leadDay(Scope sc, Sentence s) {
    Sentence l = lead(sc, s);
    if (l == null) {
      return null;
    }
    LocalDate published = sc.doc.published();
    for (DateRef d : sc.dates(l.firstToken(), l.endToken())) {
      EdtfDate date = d.date();
      if (!date.isInterval() && date.precision() == EdtfDate.Precision.DAY
          && (published == null || !date.earliest().isAfter(published))) {
        return date;
      }
    }
    return null;
  }

  /**
   * The sentence that leads the paragraph of {@code s}, at most four sentences before it; null when
   * {@code s} leads its paragraph or the lead lies further back.
   */
  private static @Nullable Sentence lead(Scope sc, Sentence s) {
    List<Sentence> all = sc.doc.sentences;
    int i = s.index();
    if (i <= 0 || i >= all.size() || all.get(i) != s) {
      return null;
    }
    int lead = i;
    while (lead > 0 && i - lead < 4 && sc.doc.text.lastIndexOf('\n', all.get(lead).start()) < all.get(lead - 1).end()) {
      lead--;
    }
    if (lead == i || lead > 0 && sc.doc.text.lastIndexOf('\n', all.get(lead).start()) < all.get(lead - 1).end()) {
      return null;
    }
    return all.get(lead);
  }

  /** The day of the occasion a sentence belongs to ({@link Occasions#day}). */
  static @Nullable EdtfDate occasion(Scope sc, Sentence s) {
    return Occasions.day(sc, s, List.of(), true);
  }

  /**
   * The signing date of the transfer between the same states told in the ten sentences before one
   * that points back to it as a deal ("The package includes ...", "The deal also covers ..."), or null.
   */
  @Nullable EdtfDate signedBefore(Scope sc, Sentence s, int si, List<Found> found, Country[] sr) {
    int from = s.firstToken();
    if (!ArmsTellings.BACK_REFERENCES.contains(sc.key(from)) || !hasRole(sc, "DEAL", from + 1, Math.min(s.endToken(), from + 3))) {
      return null;
    }
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 10) {
        break;
      }
      if (f.contract.signed() != null && Objects.equals(f.contract.supplier(), sr[0])
          && Objects.equals(f.contract.recipient(), sr[1])) {
        return f.contract.signed();
      }
    }
    return null;
  }

  /**
   * "Under the agreement, [supplier] will overhaul ...", "Under the defence credit, [buyer] will
   * buy ...", "Under the package, [buyer] buys ...": transfers a sentence puts under an instrument,
   * a credit or a deal told before take the signing date of the last signed agreement or arms deal
   * ({@code found}) told before the sentence, else null.
   */
  @Nullable EdtfDate underInstrument(Scope sc, Sentence s, List<Found> found) {
    if (lastSigned(sc, s.start(), found) == null) {
      return null; // nothing signed told before: no sentence needs reading
    }
    Sentence under = underDeal(sc, s) ? s : lead(sc, s); // "Under the package, [buyer] buys [A]. [Maker] will supply [B]"
    if (under == null || under != s && !underDeal(sc, under)) {
      return null;
    }
    return lastSigned(sc, under.start(), found);
  }

  /** The signing date of the last signed agreement or arms deal ({@code found}) told before {@code end}, else null. */
  private static @Nullable EdtfDate lastSigned(Scope sc, int end, List<Found> found) {
    EdtfDate signed = null;
    int at = -1;
    for (Agreement a : sc.doc.agreements) {
      int e = lastBefore(a.evidence(), end);
      if (a.signed() != null && e > at) {
        signed = a.signed();
        at = e;
      }
    }
    for (Found f : found) {
      int e = lastBefore(f.contract.evidence(), end);
      if (f.contract.signed() != null && e > at) {
        signed = f.contract.signed();
        at = e;
      }
    }
    return signed;
  }

  /** The start of the last of {@code evidence} that ends by {@code end}, else -1. */
  private static int lastBefore(List<Span> evidence, int end) {
    int at = -1;
    for (Span e : evidence) {
      if (e.end() <= end && e.start() > at) {
        at = e.start();
      }
    }
    return at;
  }

  /** Whether {@code s} opens by putting what it tells under an instrument, credit or deal: "Under the agreement, ...". */
  private boolean underDeal(Scope sc, Sentence s) {
    int from = s.firstToken();
    if (!sc.key(from).equals("under") || !ArmsTellings.BACK_REFERENCES.contains(sc.key(from + 1))) {
      return false;
    }
    int to = Math.min(s.endToken(), from + 6); // "Under the terms of the accord"
    boolean instrument = hasRole(sc, "DEAL", from + 2, to) || hasRole(sc, "FINANCE", from + 2, to);
    for (int i = from + 2; i < to && !instrument; i++) {
      instrument = sc.at(instruments, i, to) != null;
    }
    return instrument;
  }

  private boolean hasRole(Scope sc, String role, int from, int to) {
    return sc.any(words, role, from, to);
  }
}
