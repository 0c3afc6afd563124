package dev.entente.parse.internal.facts;

import dev.entente.model.Flow;
import dev.entente.parse.internal.facts.TradeClauses.Draft;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Keys;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a figure is of: the goods after its amount ({@code tonnes of wheat}, {@code worth of
 * goods}), a list after a cue word ({@code mainly machinery and spare parts}), a sector
 * ({@code in energy projects}); and whether a purchase buys an asset or relief goods.
 */
final class TradeGoods {
  private final Lexicon triggers;
  private final Lexicon context;
  private final Lexicon qualifiers;
  private final Lexicon aidGoods = Lexicon.load("aid-goods.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");
  private final Lexicon purposes = Lexicon.load("purposes.txt");
  private final Lexicon numberWords = Lexicon.load("number-words.txt");

  private static final Set<String> SCALES = Set.of("million", "billion", "thousand", "trillion", "mln", "bn");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PHRASE_STOP = Set.of("to", "from", "in", "into", "for", "on", "at", "by", "with",
      "worth", "and", "which", "that", "were", "was", "is", "are", "per", "a", "the", "last", "this", "next");

  /** Reads goods with the flow words, context words and hedges the figures' stage reads them with. */
  TradeGoods(Lexicon triggers, Lexicon context, Lexicon qualifiers) {
    this.triggers = triggers;
    this.context = context;
    this.qualifiers = qualifiers;
  }

  /**
   * Whether a purchase verb buys a plant, mine or stake rather than goods: the asset just after the
   * verb ("bought a 20% stake in") or before it and a comma ("the steel plant in [state], bought by").
   */
  boolean assetBought(Scope sc, Draft d) {
    if (sc.key(d.trigger).startsWith("import")) {
      return false;
    }
    for (int i = d.triggerEnd; i < Math.min(d.to, d.triggerEnd + 5); i++) {
      if (sc.word(context, i, "ASSET")) {
        return true;
      }
    }
    if (d.trigger <= d.from || !sc.key(d.trigger - 1).equals(",")) {
      return false;
    }
    for (int i = d.trigger - 2; i >= Math.max(d.from, d.trigger - 6); i--) {
      if (sc.word(context, i, "ASSET")) {
        return true;
      }
    }
    return false;
  }

  boolean aidGoodsIn(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sc.word(aidGoods, i)) {
        return true;
      }
    }
    return false;
  }

  /** What is traded: "tonnes of wheat", "flu vaccines", "worth of goods", "in energy projects". */
  @Nullable String commodity(Scope sc, Draft d, Flow flow) {
    if (d.quantity != null) {
      String c = phraseAfterAmount(sc, d.quantity.first(), d.to, d.quantity.quantity().unit());
      if (c != null) {
        return c;
      }
    }
    if (d.value != null && sc.key(d.value.end()).equals("worth") && sc.key(d.value.end() + 1).equals("of")) {
      return phrase(sc, d.value.end() + 2, d.to);
    }
    int worth = d.value != null ? d.value.first() - 1 : -1;
    if (worth > d.triggerEnd && sc.key(worth).equals("worth")) {
      // "[verb] machinery and spare parts worth [sum]": the goods from the flow word to "worth"
      int start = d.triggerEnd;
      while (start < worth && ARTICLES.contains(sc.key(start))) {
        start++;
      }
      String listed = start < worth ? goodsList(sc, start, worth) : null;
      if (listed != null && listed.equals(sc.text(start, worth))) {
        return listed;
      }
    }
    if (sc.key(d.triggerEnd).equals("of")) {
      String c = phrase(sc, d.triggerEnd + 1, d.to);
      if (c != null) {
        return c;
      }
    }
    int cue = sc.find(context, "GOODS", d.from, d.to);
    if (cue >= 0) {
      Lexicon.Match m = sc.at(context, cue, d.to);
      int start = cue + m.length();
      if (sc.key(start).equals("of")) {
        start++; // "made up mainly of", "consisting largely of"
        start += OF_WHAT.contains(sc.key(start)) ? 1 : 0; // "almost all of them microchips"
      }
      String listed = goodsList(sc, start, d.to);
      if (listed != null) {
        return listed; // "exports, chiefly machinery, ships and building materials, came to ..."
      }
    }
    if (flow == Flow.LOAN || flow == Flow.AID) {
      String purpose = purpose(sc, d);
      if (purpose != null) {
        return purpose;
      }
    }
    if (flow == Flow.INVESTMENT || d.value != null) {
      int start = d.value != null ? d.value.end() : d.triggerEnd;
      for (int i = Math.min(start, d.triggerEnd); i < d.to; i++) {
        if (sc.word(sectors, i) && sc.country(i) == null && !sc.key(i).equals("trade")
            && !sc.key(i).equals("investment") && !(flow == Flow.LOAN && sc.key(i).startsWith("debt"))) {
          return sc.token(i).text().toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

  /**
   * What a loan or grant pays for: the goods or works after "for", "to finance", "for the
   * construction of" and the like, told after the flow word or the amount in the same clause and
   * before another amount ("a $1 billion credit line for roads, dams and housing", "aid to [state]
   * for education and health projects"); null when none follows or "for" tells a time ("for the
   * first time", "for five years").
   */
  private @Nullable String purpose(Scope sc, Draft d) {
    int anchorEnd = d.value != null ? d.value.end() : d.anchor + 1;
    int end = Math.min(d.clauseEnd, Math.max(d.triggerEnd, anchorEnd) + 12);
    int at = purposeAt(sc, anchorEnd, end, true); // after the amount first: "loans for [works], including $X for [project]"
    if (at == NONE) {
      at = purposeAt(sc, Math.min(d.trigger, d.anchor), d.anchor, false);
    }
    return at < 0 ? null : goodsList(sc, at, d.clauseEnd);
  }

  private static final int NONE = -1;
  private static final int NOT_GOODS_AFTER = -2;

  /**
   * Where the goods start after the first purpose phrase in [from, to), not one inside a name
   * ("the [Name] Fund for Development"); {@link #NOT_GOODS_AFTER} when the phrase names a time, or
   * (with {@code untilAmount}) another amount comes first; {@link #NONE} when there is none.
   */
  private int purposeAt(Scope sc, int from, int to, boolean untilAmount) {
    for (int i = from; i < to; i++) {
      if (untilAmount && (sc.money(i) != null || sc.quantity(i) != null)) {
        return NOT_GOODS_AFTER; // another figure's words
      }
      Lexicon.Match m = sc.at(purposes, i, to);
      if (m == null || m.length() == 1 && i > from && capital(sc, i - 1) && i + 1 < to && capital(sc, i + 1)) {
        continue;
      }
      int start = i + m.length();
      while (start < to && DETERMINERS.contains(sc.key(start))) {
        start++;
      }
      boolean time = start >= to || NOT_PURPOSE.contains(sc.key(start)) || sc.token(start).isNumber()
          || sc.word(numberWords, start) || sc.number(start) != null
          || sc.quantity(start) != null || sc.date(start) != null; // "for five years", "for 2024"
      return time ? NOT_GOODS_AFTER : start;
    }
    return NONE;
  }

  private static boolean capital(Scope sc, int i) {
    String t = sc.token(i).text();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "new");
  /** Words after "for" that tell a time or a use of the money, not what it buys. */
  private static final Set<String> NOT_PURPOSE = Set.of("first", "second", "third", "next", "last", "period",
      "year", "years", "month", "months", "decade", "decades", "time", "term", "the", "this", "that", "which",
      "it", "them", "budget", "repayment");

  /**
   * The goods listed after a cue word ("mainly apparel, tea, coffee and cut flowers"): items of words
   * joined by commas and one "and", up to the end of the list; null when no goods follow.
   */
  private @Nullable String goodsList(Scope sc, int from, int to) {
    int i = from;
    int itemWords = 0;
    boolean and = false;
    int end = from;
    for (; i < to && i - from < 16; i++) {
      String k = sc.key(i);
      if (k.equals(",") || k.equals("and")) {
        if (itemWords == 0 || and && k.equals(",")) {
          break; // the list ends after its last item ("... and cut flowers, exceeded")
        }
        and |= k.equals("and");
        itemWords = 0;
        continue;
      }
      if (!sc.token(i).isWord() || NOT_GOODS.contains(k) || sc.country(i) != null || sc.at(triggers, i, to) != null
          || sc.word(context, i, "UP") || sc.word(context, i, "DOWN") || itemWords == 4) {
        break;
      }
      itemWords++;
      end = i + 1;
    }
    return end > from ? sc.text(from, end) : null;
  }

  /** The pronouns a cue word's "of" may point back to the figure with ("almost all of them [goods]"). */
  private static final Set<String> OF_WHAT = Set.of("it", "them", "which", "these", "those");

  /** Words that end a list of goods or show the cue word led no list ("mainly because of"). */
  private static final Set<String> NOT_GOODS = Set.of("to", "from", "in", "into", "for", "on", "at", "by", "with",
      "worth", "which", "that", "were", "was", "is", "are", "per", "last", "this", "next", "because", "due", "thanks",
      "owing", "as", "through", "via", "the", "a", "an", "of", "while", "but", "reached", "came", "totaled",
      "totalled", "stood", "amounted", "exceeded", "topped", "accounted", "made", "make", "including");

  /** The goods counted by an amount: "2 million doses of measles vaccine" and "2 million measles vaccines". */
  private @Nullable String phraseAfterAmount(Scope sc, int first, int to, String unit) {
    int i = first;
    while (i < to && !sc.token(i).isNumber()) {
      i++;
    }
    while (i < to && (sc.token(i).isNumber() || SCALES.contains(sc.key(i)))) {
      i++;
    }
    int start = i;
    String words = phrase(sc, start, to);
    int j = start;
    while (j < to && sc.token(j).isWord() && !PHRASE_STOP.contains(sc.key(j)) && !sc.key(j).equals("of")) {
      j++;
    }
    if (sc.key(j).equals("of")) {
      return phrase(sc, j + 1, to); // "tonnes of wheat", "doses of measles vaccine"
    }
    if (words == null || context.has(Keys.of(words), "COUNTER") || context.has(Keys.of(unit), "COUNTER")
        && Keys.of(words).equals(Keys.of(unit))) {
      return null; // "5 million doses": the unit names no goods
    }
    return words;
  }

  /** Verbs that tell a figure's amount, which end the goods before them ("sales of iron ore reached [sum]"). */
  private static final Set<String> FIGURE_VERBS = Set.of("reached", "came", "totaled", "totalled", "stood",
      "amounted", "exceeded", "topped", "accounted", "added", "brought", "earned", "fetched", "hit", "touched");

  /** Whether token i is a verb that tells a figure: a rise or fall ("fell", "climbed") or "reached", "added". */
  private boolean figureVerb(Scope sc, int i) {
    return FIGURE_VERBS.contains(sc.key(i)) || sc.word(context, i, "UP") || sc.word(context, i, "DOWN");
  }

  private @Nullable String phrase(Scope sc, int from, int to) {
    int i = from;
    while (i < to && ARTICLES.contains(sc.key(i))) {
      i++;
    }
    if (i < to && (sc.money(i) != null || sc.quantity(i) != null && sc.quantity(i).first() == i || sc.at(qualifiers, i, to) != null)) {
      return null; // "investments of about $1 billion": an amount, not goods
    }
    CountryRef maker = i < to ? sc.country(i) : null;
    if (maker != null && maker.form() == CountryForm.ADJECTIVE && maker.end() < to && sc.country(maker.end()) == null) {
      i = maker.end(); // "tonnes of Argentine wheat": the goods, not whose they are
    }
    int start = i;
    while (i < to && sc.token(i).isWord() && !PHRASE_STOP.contains(sc.key(i)) && sc.country(i) == null
        && !sc.key(i).equals("of") && sc.at(triggers, i, to) == null && i - start < 5 && !figureVerb(sc, i)) {
      i++;
    }
    return i > start ? sc.text(start, i) : null;
  }

}
