package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.Flow;
import dev.entente.parse.internal.facts.TradeClauses.Draft;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reporter and partner of a figure: from the direction words of its clause ({@code exports to},
 * {@code trade between ... and}), the grammar of giving and taking ({@link FlowRoles}), the other
 * states of the sentence, then the article's states in play; the state whose statistics a turnover
 * is; and none for a total over all partners.
 */
final class TradeParties {
  private final Lexicon context = Lexicon.load("context-words.txt");
  private final FlowRoles roles = new FlowRoles();

  private static final Set<String> DIRECTIONS = TradeClauses.DIRECTIONS;
  private static final Set<String> NOT_SUBJECT = Set.of("to", "from", "with", "in", "into", "between", "of", "by");

  /** The sides of a figure over all partners: no figure between two states. */
  static final Country[] WORLD_TOTAL = new Country[2];

  /** Reporter and partner of a figure, from direction words, the sentence, then the states in play. */
  Country[] parties(Scope sc, Sentence s, Draft d, Flow flow) {
    Country with = null;
    Country between2 = null;
    Country between1 = null;
    boolean pair = false;
    boolean withDoing = false;
    for (int i = d.triggerEnd; i < d.to; i++) {
      String k = sc.key(i);
      if (!DIRECTIONS.contains(k)) {
        continue;
      }
      CountryRef o = sc.objectOf(i, d.to);
      if (k.equals("between")) {
        Lexicon.Match m = sc.at(context, i + 1, d.to);
        pair |= m != null && m.has("PAIR");
        if (o != null) {
          between1 = o.country();
          for (int j = o.end(); j < Math.min(d.to, o.end() + 4); j++) {
            CountryRef o2 = sc.country(j);
            if (o2 != null && sc.key(j - 1).equals("and") || o2 != null && sc.key(j - 2).equals("and")) {
              between2 = o2.country();
              break;
            }
          }
        }
        continue;
      }
      if (o == null) {
        continue;
      }
      if (k.equals("with") && with == null) {
        with = o.country();
        withDoing = sc.key(o.end()).endsWith("ing") || i > d.triggerEnd && sc.key(i - 1).equals(",");
      }
    }
    pair |= sc.any(context, "PAIR", d.from, d.to);
    if (withDoing) {
      // "trade ... reached [sum], with [A] exporting tea", "..., with [adjective] cars making up most of it": [A]
      // acts in a clause of its own after the comma, it is no partner
      with = null;
    }
    Country pre = null;
    Country joinedBefore = null; // "[A] and [B] traded ...": the first of two states joined as the subject
    for (int i = d.trigger - 1; i >= Math.max(d.from, d.trigger - 12); i--) {
      CountryRef r = sc.country(i);
      // "[sum] in [adjective] loans": an adjective just before the flow word names its own side, whatever stands before it
      boolean adjectiveOfFlow = r != null && r.end() == d.trigger && r.form() == CountryForm.ADJECTIVE && flow != Flow.TURNOVER;
      if (r != null && (adjectiveOfFlow || !NOT_SUBJECT.contains(sc.key(r.first() - 1)))) {
        pre = r.country();
        CountryRef first = r.first() >= 2 && sc.key(r.first() - 1).equals("and") ? sc.country(r.first() - 2) : null;
        joinedBefore = first == null ? null : first.country();
        break;
      }
    }
    Country origin = null;
    if (pre == null && sc.key(d.triggerEnd).equals("of")) {
      CountryRef r = sc.country(d.triggerEnd + 1);
      if (r == null) {
        r = sc.country(d.triggerEnd + 2);
      }
      if (r != null && flow == Flow.IMPORT && r.form() == CountryForm.ADJECTIVE) {
        origin = r.country(); // "imports of Iranian crude": the adjective names where the goods come from
      } else {
        pre = r == null ? null : r.country(); // "exports of Russian wheat"
      }
    }
    Country reporter;
    Country partner;
    switch (flow) {
      case TURNOVER -> {
        reporter = between1 != null ? between1 : joinedBefore != null ? joinedBefore : pre;
        partner = between2 != null ? between2 : with != null ? with : joinedBefore != null ? pre : null;
      }
      default -> {
        // who gives and who takes, by the grammar of the clause (flow-roles.txt); an import's reporter takes
        FlowRoles.Sides g = roles.sides(sc, d.from, d.to, d.trigger, d.triggerEnd, d.role, pre);
        reporter = flow == Flow.IMPORT ? g.taker() : g.giver();
        partner = flow == Flow.IMPORT ? g.giver() : g.taker();
        if (partner == null && origin != null && !origin.equals(reporter)) {
          partner = origin;
        }
      }
    }
    boolean world = sc.any(context, "WORLD", d.from, d.to);
    if (world && !pair && between2 == null && (flow == Flow.IMPORT ? reporter == null : partner == null)) {
      // a state's exports "to the world", its imports "from overseas": a total over all partners,
      // no flow between two states, unless the clause names the other state itself
      return WORLD_TOTAL;
    }
    if (flow == Flow.TURNOVER && reporter == null && partner == null) {
      // "trade between the two countries ..., with [A] exporting ... to [B]": the first state the clause, else
      // the sentence, names is the reporter, as with "trade between [A] and [B]"
      List<Country> named = states(sc, d.from, d.to);
      reporter = !named.isEmpty() ? named.get(0) : otherIn(states(sc, s.firstToken(), s.endToken()), null);
    }
    if (partner == null) {
      partner = otherIn(states(sc, d.from, d.to), reporter);
    }
    if (reporter == null) {
      reporter = otherIn(states(sc, d.from, d.to), partner);
    }
    if (partner == null && reporter != null) {
      partner = otherIn(states(sc, s.firstToken(), s.endToken()), reporter);
    }
    if (reporter == null && partner != null) {
      reporter = otherIn(states(sc, s.firstToken(), s.endToken()), partner);
    }
    if (reporter == null && partner == null && (pair || flow == Flow.TURNOVER) && sc.inPlay().size() == 2 && !world) {
      reporter = sc.inPlay().get(0);
      partner = sc.inPlay().get(1);
    }
    if (reporter == null && partner != null) {
      reporter = sc.otherInPlay(partner);
    }
    if (partner == null && reporter != null && !world) {
      partner = sc.otherInPlay(reporter);
    }
    if (flow == Flow.TURNOVER && between1 == null && joinedBefore == null && reporter != null && partner != null) {
      // "[B] was [A]'s largest trading partner in [year], with trade worth [sum]": the figure is [A]'s; told
      // after the sum ("..., making [B] [A]'s largest partner"), unless the sentence names whose data it is
      Country standing = standingOf(sc, s, d.anchor);
      if (standing == null && source(sc, s.firstToken(), s.endToken()) == null) {
        standing = standingIn(sc, d.anchor, s.endToken());
      }
      if (standing != null && (standing.equals(reporter) || standing.equals(partner))) {
        return standing.equals(reporter) ? new Country[] {reporter, partner} : new Country[] {partner, reporter};
      }
    }
    Country source = flow == Flow.TURNOVER ? source(sc, s.firstToken(), s.endToken()) : null;
    if (source == null && flow == Flow.TURNOVER && between1 == null && pre == null && with == null) {
      // "[turnover] between the two [states] reached [sum]": the figures are those of the state whose own money
      // the sum is written in ("NZ$1.6 billion"), else of the report's outlet's state (its news agency's, its masthead's)
      source = ownMoneyState(d, reporter, partner);
      if (source == null) {
        source = sc.doc.outletState;
      }
    }
    if (source != null && source.equals(partner) && reporter != null) {
      // "according to [adjective] statistics, trade with [state] reached [sum]": the figures are the adjective's state's
      return new Country[] {partner, reporter};
    }
    return new Country[] {reporter, partner};
  }

  /**
   * The one of {@code a} and {@code b} whose own money the figure's sum is written in, by the ISO 4217
   * code's first two letters, its state's ISO 3166 code ("NZD", New Zealand's), or null: never the US
   * dollar, which reports of every state use for sums between states.
   */
  private static @Nullable Country ownMoneyState(Draft d, @Nullable Country a, @Nullable Country b) {
    if (d.value == null || a == null || b == null) {
      return null;
    }
    String code = d.value.money().currencyCode();
    if (code.equals("USD")) {
      return null;
    }
    return code.startsWith(a.alpha2()) ? a : code.startsWith(b.alpha2()) ? b : null;
  }

  /**
   * The state whose trade a sentence ranks another in before token {@code end} ("[A]'s largest
   * trading partner", "[A]'s third largest supplier"): a state with "'s" at most five words before a
   * word of standing; in the sentence before when this one names no state ("[B] has been [A]'s
   * largest trading partner since [year]. Bilateral trade reached [sum]"); else null.
   */
  private @Nullable Country standingOf(Scope sc, Sentence s, int end) {
    Country own = standingIn(sc, s.firstToken(), end);
    List<Sentence> all = sc.doc.sentences;
    int i = s.index();
    if (own != null || i <= 0 || i >= all.size() || all.get(i) != s || !sc.countries(s.firstToken(), s.endToken()).isEmpty()) {
      return own;
    }
    Sentence before = all.get(i - 1);
    return standingIn(sc, before.firstToken(), before.endToken());
  }

  private @Nullable Country standingIn(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(context, i, to);
      if (m == null || !m.has("STANDING")) {
        continue;
      }
      for (int j = i - 1; j >= Math.max(from, i - 5); j--) {
        CountryRef r = sc.country(j);
        if (r != null) {
          return possessive(sc.key(j)) || j + 1 < to && possessive(sc.key(j + 1)) ? r.country() : null;
        }
      }
    }
    return null;
  }

  /** Whether a token's key is a possessive ending or ends with one ("'s", "Kenya's", "Paraguay'"). */
  static boolean possessive(String key) {
    return key.endsWith("'s") || key.endsWith("'") || key.endsWith("’s") || key.endsWith("’");
  }

  /** The state whose figures a sentence gives: the state just before a source word ("Italian data", "China's customs"). */
  private @Nullable Country source(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!sc.word(context, i, "SOURCE")) {
        continue;
      }
      for (int j = i - 1; j >= Math.max(from, i - 3); j--) {
        CountryRef r = sc.country(j);
        if (r != null) {
          return r.country();
        }
        if (sc.token(j).isPunct() && !sc.key(j).equals("'s")) {
          break;
        }
      }
    }
    return null;
  }

  /** The distinct states named in [from, to) outside amounts of money ("548 million U.S. dollars" names no state). */
  private static List<Country> states(Scope sc, int from, int to) {
    List<Country> out = new ArrayList<>(2);
    for (CountryRef r : sc.countries(from, to)) {
      if (sc.money(r.first()) == null && !out.contains(r.country())) {
        out.add(r.country());
      }
    }
    return out;
  }

  private static @Nullable Country otherIn(List<Country> states, @Nullable Country not) {
    for (Country c : states) {
      if (!c.equals(not)) {
        return c;
      }
    }
    return null;
  }

}
