package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.WordLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one clause, before their states are known: each amount of money, quantity or
 * change tied to its nearest flow word ({@code exports}, {@code loan}, {@code trade between}), and
 * none for an amount nearer a one-state noun ({@code revenue}, {@code budget}) or a count of
 * shipments or people ({@code two batches}, {@code the two presidents}).
 */
final class TradeClauses {
  private final Lexicon triggers = Lexicon.load("trade-triggers.txt");
  private final Lexicon context = Lexicon.load("context-words.txt");

  static final Set<String> DIRECTIONS = Set.of("to", "from", "with", "in", "into", "between", "for");

  /** A figure being read: mutable while its clause is worked out. */
  static final class Draft {
    int trigger;
    int triggerEnd;
    String role = "";
    int from;
    int to;
    /** The end of the clause, before {@link #to} was cut at the next flow word. */
    int clauseEnd;
    @Nullable MoneyRef value;
    @Nullable QuantityRef quantity;
    @Nullable BigDecimal change;
    int anchor;
  }

  private record Trigger(int at, int end, String role) {}

  private List<Trigger> triggersIn(Scope sc, int from, int to) {
    List<Trigger> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(triggers, i, to);
      if (m != null) {
        int end = i + m.length();
        // "a free trade agreement", "the supply deal": the flow word names a kind of instrument or body,
        // no flow, unless an amount stands right before it ("a $2 billion loan agreement")
        if (end >= to || !sc.word(context, end, "INSTITUTION") || i > from && (sc.money(i - 1) != null
            || sc.quantity(i - 1) != null)) {
          out.add(new Trigger(i, end, m.roles().get(0)));
        }
        i = end - 1;
      }
    }
    return out;
  }

  /** The figures of one clause: each amount with its nearest flow word. */
  List<Draft> drafts(Scope sc, int from, int to) {
    List<Trigger> trig = triggersIn(sc, from, to);
    if (trig.isEmpty()) {
      return List.of();
    }
    List<Draft> out = new ArrayList<>();
    List<Integer> changes = new ArrayList<>();
    for (int i = from; i < to; i++) {
      MoneyRef m = sc.money(i);
      QuantityRef q = sc.quantity(i);
      PercentRef pc = sc.percent(i);
      if (m != null && m.first() == i) {
        Draft d = draft(sc, trig, i, from, to);
        if (d != null) {
          d.value = m;
          out.add(d);
        }
        i = m.end() - 1;
      } else if (q != null && q.first() == i && m == null && container(sc, q)) {
        i = q.end() - 1; // "two large batches", "the two presidents", "a 600 MW plant": shipments, people or a size, not goods
      } else if (q != null && q.first() == i && m == null) {
        Draft d = draft(sc, trig, i, from, to);
        if (d != null) {
          Draft same = null;
          for (Draft o : out) {
            if (o.trigger == d.trigger && o.quantity == null) {
              same = o;
            }
          }
          if (same != null) {
            same.quantity = q;
          } else {
            d.quantity = q;
            out.add(d);
          }
        }
        i = q.end() - 1;
      } else if (pc != null && pc.first() == i) {
        changes.add(i);
        i = pc.end() - 1;
      }
    }
    for (int at : changes) {
      BigDecimal change = change(sc, sc.percent(at), from, to);
      if (change == null) {
        continue;
      }
      Draft target = null;
      for (Draft d : out) {
        if (d.change == null && (target == null || Math.abs(d.anchor - at) < Math.abs(target.anchor - at))) {
          target = d;
        }
      }
      if (target == null) {
        target = draft(sc, trig, at, from, to);
        if (target == null) {
          continue;
        }
        out.add(target);
      }
      target.change = change;
    }
    return out;
  }

  private boolean container(Scope sc, QuantityRef q) {
    for (String w : WordLists.words(q.quantity().unit())) {
      String key = Keys.of(w);
      if (context.has(key, "CONTAINER") || context.has(key, "PARTY") || context.has(key, "SIZE")) {
        return true;
      }
    }
    return false;
  }

  /** A draft for an amount at {@code at}, tied to its nearest flow word, or null for a one-state figure. */
  private @Nullable Draft draft(Scope sc, List<Trigger> trig, int at, int from, int to) {
    Trigger best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Trigger t : trig) {
      int dist = t.at() < at ? at - t.end() : t.at() - at + 1;
      if (t.at() < at && trig.size() > 1 && joinedClause(sc, t.end(), at)) {
        dist += JOINED_CLAUSE; // "... for German exports, and Bonn agreed that DM 1 billion of its loan ...": another clause's flow
      } else if (t.at() > at && trig.get(0).at() < at && conjunctionBetween(sc, at, t.at())) {
        dist += JOINED_CLAUSE; // "exports stood at [sum] and imports at [sum]": the flow word after "and" is the next sum's
      } else if (t.at() > at && trig.get(0).at() < at && withBetween(sc, at, t.at())) {
        // "trade reached [sum] last year, with [A's] exports of steel making up the bulk": what the sum is made of
        dist += JOINED_CLAUSE;
      }
      if (dist < bestDist) {
        best = t;
        bestDist = dist;
      }
    }
    if (best == null) {
      return null;
    }
    int amountEnd = sc.money(at) != null ? sc.money(at).end() : sc.quantity(at) != null ? sc.quantity(at).end() : at + 1;
    for (Trigger t : trig) {
      if (t.at() == amountEnd) {
        best = t; // "provided a $3 billion loan": the amount is of the flow noun it modifies
        bestDist = 1;
      }
    }
    if (sc.key(amountEnd).equals("in")) {
      // "provided Kenya with $5 million in humanitarian aid": the amount is of the flow it is "in"
      for (Trigger t : trig) {
        if (t.at() > amountEnd && t.at() <= amountEnd + 5 && wordsOnly(sc, amountEnd + 1, t.at())) {
          best = t;
          bestDist = t.at() - at + 1;
          break;
        }
      }
    }
    // a one-state noun nearer the amount than the flow word: "revenue", "budget", "market share"
    int lo = Math.max(from, Math.min(at, best.at()) - 1);
    int hi = Math.min(to, Math.max(at, best.end()) + 1);
    for (int i = Math.max(from, at - bestDist - 1); i < Math.min(to, at + bestDist + 1); i++) {
      Lexicon.Match m = sc.at(context, i, to);
      if (m != null && m.has("SOLO") && (i >= lo && i < hi || Math.abs(i - at) < bestDist)) {
        return null;
      }
    }
    Draft d = new Draft();
    d.trigger = best.at();
    d.triggerEnd = best.end();
    d.role = best.role();
    d.from = from;
    d.to = to;
    d.clauseEnd = to;
    d.anchor = at;
    // direction words belong to this flow word up to the next one
    for (Trigger t : trig) {
      if (t.at() > best.at() && t.at() < d.to && t.at() > at) {
        d.to = t.at();
      }
    }
    return d;
  }

  /** How much farther a flow word counts when a comma and a conjunction stand between it and the amount. */
  private static final int JOINED_CLAUSE = 8;

  /** Whether a comma and "and" or "but" open a new clause within tokens [from, to). */
  private static boolean joinedClause(Scope sc, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (sc.key(i).equals(",") && (sc.key(i + 1).equals("and") || sc.key(i + 1).equals("but"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a coordinating word ("and", "while", "whereas", "but") stands within tokens [from, to). */
  private static boolean conjunctionBetween(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (COORDINATORS.contains(sc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether ", with" opens a phrase within tokens [from, to): what a figure is made of, or a second figure. */
  private static boolean withBetween(Scope sc, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (sc.key(i).equals(",") && sc.key(i + 1).equals("with")) {
        return true;
      }
    }
    return false;
  }

  /** Words that join a second figure to a first in one sentence. */
  static final Set<String> COORDINATORS = Set.of("and", "while", "whereas", "but");

  /**
   * Whether tokens [from, to) are all words of one noun phrase, none a state nor a preposition:
   * "humanitarian" in "in humanitarian aid", not "payments for oil" in "in payments for oil imports" nor "that
   * year and" in "in that year and imports" (a date ends the phrase).
   */
  private static boolean wordsOnly(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!sc.token(i).isWord() || sc.country(i) != null || DIRECTIONS.contains(sc.key(i)) || sc.key(i).equals("of")
          || sc.date(i) != null) { // "[sum] in that year and imports": a date ends the phrase of the flow
        return false;
      }
    }
    return true;
  }

  /** The change a percentage states, negative for a fall; null for a share. */
  @Nullable BigDecimal change(Scope sc, @Nullable PercentRef p, int from, int to) {
    if (p == null) {
      return null;
    }
    boolean up = false;
    boolean down = p.value().signum() < 0;
    for (int i = Math.max(from, p.first() - 4); i < Math.min(to, p.end() + 2); i++) {
      Lexicon.Match m = sc.at(context, i, to);
      if (m != null) {
        up |= m.has("UP");
        down |= m.has("DOWN");
      }
    }
    if (!p.change() && !up && !down) {
      return null;
    }
    BigDecimal v = p.value().abs();
    return down ? v.negate() : v;
  }
}
