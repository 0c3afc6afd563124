package dev.entente.parse.internal.facts;

import dev.entente.model.EdtfDate;
import dev.entente.model.Span;
import dev.entente.parse.internal.facts.ArmsItems.Item;
import dev.entente.parse.internal.facts.ArmsTellings.Found;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dates of arms transfers: which dates of a sentence are signings and which deliveries (by
 * the marker words near them), a time counted from the signing, and a delivery date a sentence after
 * the transfer adds. {@link ArmsSchedule} puts the marked dates together per item and
 * {@link ArmsSigningDates} finds the signings no marked date gives.
 */
final class ArmsDates {
  private final Lexicon words = Lexicon.load("arms-words.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");
  /**
   * The roles of a sentence without dates, all null and never written, shared by such sentences up to
   * {@value #SHARED_ROLES} slots: most sentences read for arms have no date.
   */
  private DateRef[] noRoles = new DateRef[0];
  private static final int SHARED_ROLES = 4096;

  /**
   * Each date of the sentence marked as a signing (index 0 of its pair) or a delivery, by the
   * nearest marker word before it ("signed in [month] [year]", "delivered ... the following year"),
   * else after it ("In [year], [they] signed"). A date inside the name of one of the sentence's
   * items ("[Designation] 2000") is none. Returned as an array over token positions.
   */
  DateRef[] dateRoles(Scope sc, int from, int to, List<Item> items) {
    List<DateRef> dates = sc.dates(from, to);
    if (dates.isEmpty()) {
      return noRoles(2 * (to - from));
    }
    DateRef[] roles = new DateRef[2 * (to - from)];
    DateRef lastDelivery = null; // the last date of the sentence read as a delivery
    for (DateRef d : dates) {
      if (inItem(d, items)) {
        continue;
      }
      // "under a [year] contract", "the [year] deal": the year the deal was signed
      String role = d.end() < to && sc.word(words, d.end(), "DEAL") ? "SIGNED" : null;
      // twelve words back, an item's name counting as one: "took delivery of 12 [Designation/Variant]
      // [category noun] from [state] last month"
      for (int i = d.first() - 1, seen = 0; i >= from && seen < 12 && role == null; i--, seen++) {
        int start = itemStart(i, items);
        if (start >= 0) {
          i = start;
          continue;
        }
        if (sc.date(i) != null && !inItem(sc.date(i), items)) {
          break;
        }
        role = marker(sc, i, to);
      }
      if (PERSON.equals(role)) {
        continue; // "[leader] arrived in [capital] on Thursday ... and was received by": a person's day, no delivery
      }
      for (int i = d.end(); i < Math.min(to, d.end() + 8) && role == null; i++) {
        if (sc.date(i) != null && !inItem(sc.date(i), items)) {
          break;
        }
        role = marker(sc, i, to);
        if (PERSON.equals(role) || "DELIVERED".equals(role) && i + 1 < to && sc.word(words, i + 1, "WITHIN")) {
          role = null; // "on [date], with deliveries within 36 months": the time is counted from that date
          break;
        }
      }
      if (role == null && lastDelivery != null && (sc.any(words, "LAST", lastDelivery.end(), d.first())
          || joined(sc, lastDelivery.end(), d.first()))) {
        role = "DELIVERED"; // "the first in 2028, with the last to be handed over in 2029"; "in 2028 and 2029"
      }
      if (role == null && lastDelivery == null && d == dates.get(0) && "DELIVERED".equals(marker(sc, from, to))) {
        // "Deliveries of the 22 [variant] and six [variant] jets are to run from [year]": a long subject, its verb far back
        role = "DELIVERED";
      }
      if ("DELIVERED".equals(role)) {
        d = inYear(sc, forward(sc, d, from));
        lastDelivery = d;
      }
      if (role != null) {
        roles[2 * (d.first() - from) + (role.equals("SIGNED") ? 0 : 1)] = d;
      }
    }
    return roles;
  }

  /** The first token of the item whose name holds token {@code i}, else -1. */
  private static int itemStart(int i, List<Item> items) {
    for (Item it : items) {
      if (i >= it.first() && i < it.end()) {
        return it.first();
      }
    }
    return -1;
  }

  static boolean inItem(DateRef d, List<Item> items) {
    for (Item it : items) {
      if (d.first() >= it.first() && d.end() <= it.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [end, first) only join two dates of one list: "and", "or", "to", "-", ",", "and in". */
  private static boolean joined(Scope sc, int end, int first) {
    if (first <= end || first - end > 2) {
      return false;
    }
    for (int i = end; i < first; i++) {
      if (!DATE_JOINERS.contains(sc.key(i))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> DATE_JOINERS = java.util.Set.of("and", "or", "to", "-", "–", ",", "in");

  /**
   * A delivery date whose year the text leaves unsaid ("will be delivered by December"), read back
   * from the publication date although a word of the future stands before it in its sentence: the
   * next such month or season after publication. Other dates as they are.
   */
  private DateRef forward(Scope sc, DateRef d, int from) {
    EdtfDate date = d.date();
    LocalDate published = sc.doc.published();
    if (published == null || date.isInterval()
        || date.precision() != EdtfDate.Precision.MONTH && date.precision() != EdtfDate.Precision.SEASON
        || !date.latest().isBefore(published) || yearWritten(sc, d)
        || sc.find(words, "FORWARD", Math.max(from, d.first() - 10), d.first()) < 0) {
      return d;
    }
    String written = date.toString(); // "2025-12", "2025-24": the year, then the month or season
    if (date.year() < 1000 || date.year() > 9998 || written.length() != 7) {
      return d;
    }
    EdtfDate later = EdtfDate.parse((date.year() + 1) + written.substring(4));
    return new DateRef(d.first(), d.end(), d.span(), later, d.form());
  }

  /**
   * A delivery told by a season or by the start, middle or end of a year ("this autumn", "in early
   * [year]", "by mid-[year]", "by the end of next year") is due in that year: the year; other dates as
   * they are.
   */
  private static DateRef inYear(Scope sc, DateRef d) {
    EdtfDate date = d.date();
    int year = date.earliest().getYear();
    if (date.latest().getYear() != year
        || !date.isInterval() && (date.precision() == EdtfDate.Precision.YEAR || date.precision() == EdtfDate.Precision.DAY)) {
      return d;
    }
    boolean part = !date.isInterval() && date.precision() == EdtfDate.Precision.SEASON;
    for (int i = Math.max(0, d.first() - 2); i < Math.min(d.first() + 2, d.end()) && !part; i++) {
      String k = sc.key(i);
      part = k.equals("end") || k.equals("early") || k.equals("late") || k.equals("mid") || k.startsWith("mid-");
    }
    return part ? new DateRef(d.first(), d.end(), d.span(), EdtfDate.ofYear(year), d.form()) : d;
  }

  /** Whether the date's own words write its year ("December 2026", "Dec. '26"). */
  private static boolean yearWritten(Scope sc, DateRef d) {
    String year = String.valueOf(d.date().year());
    String shortYear = "'" + year.substring(2);
    for (int i = d.first(); i < d.end(); i++) {
      String k = sc.key(i);
      if (k.equals(year) || k.equals(shortYear) || k.equals(year.substring(2)) && i > d.first()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The months a sentence that tells a delivery counts from the signing ("to be delivered within 36
   * months of signing", "deliveries within three years"), else 0.
   */
  int withinMonths(Scope sc, int from, int to) {
    int i = sc.find(words, "WITHIN", from, to);
    if (i < 0 || i + 2 >= to || !sc.any(words, "DELIVERED", from, to)) {
      return 0;
    }
    java.math.BigDecimal n = sc.countAt(i + 1, numberWords);
    if (n == null || n.signum() <= 0 || n.compareTo(java.math.BigDecimal.valueOf(50)) > 0 && !sc.key(i + 2).startsWith("month")) {
      return 0;
    }
    String unit = sc.key(i + 2);
    return unit.startsWith("month") ? n.intValue() : unit.startsWith("year") ? 12 * n.intValue() : 0;
  }

  private @Nullable String marker(Scope sc, int i, int to) {
    Lexicon.Match m = sc.at(words, i, to);
    if (m == null) {
      return null;
    }
    if (m.has("DELIVERED")) {
      return personBefore(sc, i) ? PERSON : "DELIVERED";
    }
    return m.has("SIGNED") || m.has("ORDERED") ? "SIGNED" : null;
  }

  /** Whether a person's name ends just before token i, or before an auxiliary there ("[Name] has arrived"). */
  private static boolean personBefore(Scope sc, int i) {
    int at = i > 0 && AUXILIARIES.contains(sc.key(i - 1)) ? i - 1 : i;
    for (var p : sc.doc.persons) {
      if (p.end() == at) {
        return true;
      }
    }
    return false;
  }

  /** The role of a delivery verb whose subject is a person ("[leader] arrived"): the date near it is no delivery's. */
  private static final String PERSON = "PERSON";

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "had", "was", "is", "have");

  /** "The factory should start production in 2024-2025": a delivery date for an item told just before. */
  void laterDelivery(Scope sc, Sentence s, int si, DateRef[] roles, List<Found> found) {
    EdtfDate d = ArmsSchedule.first(roles, s.firstToken(), s.endToken(), false);
    if (d == null) {
      return;
    }
    int i = s.firstToken();
    if (!ArmsTellings.BACK_REFERENCES.contains(sc.key(i))) {
      return;
    }
    String head = sc.key(i + 1);
    for (int k = found.size() - 1; k >= 0; k--) {
      Found f = found.get(k);
      if (f.sentence < si - 2) {
        break;
      }
      if (f.head.equals(head) && f.contract.delivered() == null) {
        List<Span> ev = new ArrayList<>(f.contract.evidence());
        ev.add(s.span());
        f.contract = f.contract.toBuilder().delivered(d).evidence(ev).build();
        return;
      }
    }
  }

  /** An array of {@code size} null roles for a sentence without dates (read only; the shared one where it fits). */
  private DateRef[] noRoles(int size) {
    if (size > SHARED_ROLES) {
      return new DateRef[size];
    }
    DateRef[] none = noRoles;
    if (none.length < size) {
      none = new DateRef[size];
      noRoles = none; // a parser on several threads may make one each: every one stays null
    }
    return none;
  }
}
