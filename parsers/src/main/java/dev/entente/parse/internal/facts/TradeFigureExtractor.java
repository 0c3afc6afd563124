package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.normalize.LocalCurrency;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.parse.internal.text.WordLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds trade, investment, aid and lending figures between two states. A figure is an amount of
 * money, a quantity or a change next to a flow word ({@code exports}, {@code invested},
 * {@code trade between}); the reporter and partner come from direction words ({@code Russian
 * exports to Venezuela}, {@code imports from Venezuela}, {@code invested ... in Venezuela}), else
 * from the other states of the sentence or the article's states in play. The period is a date in
 * the clause or sentence (not a base period: {@code compared to 2017}), else the period of the
 * figures just before. Figures of one state alone (a budget, a company's revenue, a market share)
 * are not read.
 */
public final class TradeFigureExtractor implements Stage {

  private final Lexicon triggers = Lexicon.load("trade-triggers.txt");
  private final Lexicon context = Lexicon.load("context-words.txt");
  private final Lexicon aidGoods = Lexicon.load("aid-goods.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");
  private final Lexicon clauses = Lexicon.load("clause-words.txt");
  private final FlowRoles roles = new FlowRoles();

  private static final Set<String> SCALES = Set.of("million", "billion", "thousand", "trillion", "mln", "bn");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> DIRECTIONS = Set.of("to", "from", "with", "in", "into", "between", "for");
  private static final Set<String> NOT_SUBJECT = Set.of("to", "from", "with", "in", "into", "between", "of", "by");
  private static final Set<String> PHRASE_STOP = Set.of("to", "from", "in", "into", "for", "on", "at", "by", "with",
      "worth", "and", "which", "that", "were", "was", "is", "are", "per", "a", "the", "last", "this", "next");

  /** A figure being read: mutable while its clause is worked out. */
  private static final class Draft {
    int trigger;
    int triggerEnd;
    String role = "";
    int from;
    int to;
    @Nullable MoneyRef value;
    @Nullable QuantityRef quantity;
    @Nullable BigDecimal change;
    int anchor;
  }

  private record Trigger(int at, int end, String role) {}

  @Override
  public void apply(Document doc) {
    apply(new Scope(doc));
  }

  /** Reads the article through {@code sc}, which other fact stages may share. */
  void apply(Scope sc) {
    Document doc = sc.doc;
    List<TradeFigure> found = new ArrayList<>();
    Map<List<Object>, List<Integer>> bySides = new HashMap<>();
    List<Sentence> sentences = sc.sentences();
    EdtfDate lastPeriod = null;
    int lastFigureSentence = -10;
    int lastPeriodSentence = -10;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      if (!sc.amountIn(s.firstToken(), s.endToken())) {
        continue; // a figure is a sum, a quantity or a percentage: a sentence with none tells none
      }
      // an aid word here or in the sentence before, looked for only where a figure may be told
      boolean aidNearby = aidIn(sc, s) || si > 0 && aidIn(sc, sentences.get(si - 1));
      List<TradeFigure> here = new ArrayList<>();
      EdtfDate sentencePeriod = period(sc, s.firstToken(), s.endToken());
      int a = s.firstToken();
      for (int i = s.firstToken(); i <= s.endToken(); i++) {
        if (i == s.endToken() || (sc.word(clauses, i, "SPLIT") && i > a)) {
          for (Draft d : drafts(sc, a, i)) {
            EdtfDate p = period(sc, a, i);
            if (p == null) {
              p = sentencePeriod;
            }
            if (p == null && (lastFigureSentence >= si - 1 || oneParagraph(sc, lastPeriodSentence, si))) {
              // "..., and imports came to $3.4 million": the period told just before, or in the paragraph's lead
              p = lastPeriod;
            }
            TradeFigure f = figure(sc, s, d, aidNearby, p, here);
            if (f != null) {
              here.add(f);
            }
          }
          a = i + 1;
        }
      }
      if (!here.isEmpty()) {
        lastFigureSentence = si;
        for (TradeFigure f : here) {
          if (f.period() != null) {
            lastPeriod = f.period();
            lastPeriodSentence = si;
          }
          merge(found, bySides, f);
        }
      }
    }
    doc.tradeFigures.addAll(found);
  }

  /** Whether a sentence has a word of aid ("aid", "donated"). */
  private boolean aidIn(Scope sc, Sentence s) {
    return sc.any(triggers, "AID", s.firstToken(), s.endToken());
  }

  /** Whether sentences a to b (a before b) stand in one paragraph: no line break between them. */
  private static boolean oneParagraph(Scope sc, int a, int b) {
    if (a < 0) {
      return false;
    }
    List<Sentence> sentences = sc.sentences();
    String text = sc.doc.text;
    for (int i = sentences.get(a).end(); i < sentences.get(b).start(); i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

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
  private List<Draft> drafts(Scope sc, int from, int to) {
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
        i = q.end() - 1; // "two large batches", "the two presidents": a count of shipments or people, not goods
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
      if (context.has(key, "CONTAINER") || context.has(key, "PARTY")) {
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

  /**
   * Whether tokens [from, to) are all words of one noun phrase, none a state nor a preposition:
   * "humanitarian" in "in humanitarian aid", not "payments for oil" in "in payments for oil imports".
   */
  private static boolean wordsOnly(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!sc.token(i).isWord() || sc.country(i) != null || DIRECTIONS.contains(sc.key(i)) || sc.key(i).equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** The change a percentage states, negative for a fall; null for a share. */
  private @Nullable BigDecimal change(Scope sc, @Nullable PercentRef p, int from, int to) {
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

  /** The period a clause states: a month, year or interval, not a base period after "compared to". */
  private @Nullable EdtfDate period(Scope sc, int from, int to) {
    for (DateRef d : sc.dates(from, to)) {
      if (!Scope.isPeriod(d.date())) {
        continue;
      }
      boolean base = false;
      for (int i = Math.max(from, d.first() - 3); i < d.first(); i++) {
        Lexicon.Match m = sc.at(context, i, d.first());
        base |= m != null && m.has("COMPARE");
      }
      if (!base) {
        return sinceYear(sc, d);
      }
    }
    return null;
  }

  /** "since 2011" in a report of 2024: the years 2011 to 2024, the span a running total covers; else the date as told. */
  private static EdtfDate sinceYear(Scope sc, DateRef d) {
    java.time.LocalDate published = sc.doc.published();
    EdtfDate date = d.date();
    if (published != null && d.first() > 0 && sc.key(d.first() - 1).equals("since") && !date.isInterval()
        && date.precision() == EdtfDate.Precision.YEAR && date.year() < published.getYear()) {
      return EdtfDate.interval(date, EdtfDate.ofYear(published.getYear()));
    }
    return date;
  }

  private @Nullable TradeFigure figure(Scope sc, Sentence s, Draft d, boolean aidNearby, @Nullable EdtfDate period,
      List<TradeFigure> sameSentence) {
    Flow flow = switch (d.role) {
      case "EXPORT", "SUPPLY" -> Flow.EXPORT;
      case "IMPORT" -> Flow.IMPORT;
      case "TURNOVER" -> Flow.TURNOVER;
      case "INVESTMENT" -> Flow.INVESTMENT;
      case "AID" -> Flow.AID;
      case "LOAN" -> Flow.LOAN;
      default -> null;
    };
    if (flow == null) {
      return null;
    }
    String commodity = commodity(sc, d, flow);
    if (d.role.equals("SUPPLY") && d.value == null && (aidNearby || aidGoodsIn(sc, d.from, d.to))) {
      flow = Flow.AID; // goods sent without a price, as relief: "deliver 1.5 million vaccines to"
    }
    if (commodity == null && d.quantity != null) {
      for (TradeFigure o : sameSentence) {
        if (o.quantity() != null && o.quantity().unit().equals(d.quantity.quantity().unit())) {
          commodity = o.commodity(); // "... and up to 5 million doses": the same goods
        }
      }
    }
    boolean asset = flow == Flow.IMPORT && d.value != null && assetBought(sc, d);
    Country[] rp = parties(sc, s, d, flow);
    if (rp == WORLD_TOTAL) {
      return null;
    }
    if (asset) {
      flow = Flow.INVESTMENT; // the buyer of a plant or a stake invests in the state where it stands
    }
    if (rp[0] == null && rp[1] == null && !sameSentence.isEmpty()) {
      // "Russian exports to Venezuela ..., while imports totaled ...": the same two states
      TradeFigure prev = sameSentence.get(sameSentence.size() - 1);
      rp = new Country[] {prev.reporter(), prev.partner()};
    }
    if (rp[0] == null || rp[1] == null || rp[0].equals(rp[1])) {
      return null;
    }
    Qualifier q = Qualifier.EXACT;
    if (d.value != null) {
      q = d.value.qualifier();
    } else if (d.quantity != null) {
      q = d.quantity.qualifier();
    }
    if (q == Qualifier.EXACT && (d.value != null || d.quantity != null)) {
      q = sc.hedgeBefore(qualifiers, d.anchor, d.from);
    }
    int end = d.to;
    while (end > d.from + 1 && sc.token(end - 1).isPunct()) {
      end--;
    }
    int start = Math.min(d.from, end - 1);
    return TradeFigure.builder(flow).reporter(rp[0]).partner(rp[1])
        .value(d.value == null ? null : money(sc, d.value, rp[0]))
        .quantity(d.quantity == null ? null : d.quantity.quantity())
        .changePercent(d.change).commodity(commodity).period(period).qualifier(q)
        .evidence(sc.span(start, end)).build();
  }

  /**
   * The money of a figure, in the currency of the state it belongs to when the text names the currency
   * by a name many states share ("dinars", "$"): the state written just before the name ("Jamaican
   * dollars"), else the figure's reporter. A bare dollar stays the US dollar, the money reports of
   * every state use for sums between states, unless a state is written with it.
   */
  private static Money money(Scope sc, MoneyRef m, Country reporter) {
    LocalCurrency local = LocalCurrency.get();
    int bare = local.bareAt(sc.tokens, m.first(), m.end(), m.money());
    if (bare < 0) {
      return m.money();
    }
    CountryRef before = bare > 0 ? sc.country(bare - 1) : null;
    if (before == null && local.dollar(sc.tokens, bare)) {
      return m.money();
    }
    return local.of(m.money(), sc.tokens, bare, (before != null ? before.country() : reporter).code());
  }

  /**
   * Whether a purchase verb buys a plant, mine or stake rather than goods: the asset just after the
   * verb ("bought a 20% stake in") or before it and a comma ("the steel plant in [state], bought by").
   */
  private boolean assetBought(Scope sc, Draft d) {
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

  private boolean aidGoodsIn(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sc.word(aidGoods, i)) {
        return true;
      }
    }
    return false;
  }

  /** The sides of a figure over all partners: no figure between two states. */
  private static final Country[] WORLD_TOTAL = new Country[2];

  /** Reporter and partner of a figure, from direction words, the sentence, then the states in play. */
  private Country[] parties(Scope sc, Sentence s, Draft d, Flow flow) {
    Country with = null;
    Country between2 = null;
    Country between1 = null;
    boolean pair = false;
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
      }
    }
    pair |= sc.any(context, "PAIR", d.from, d.to);
    Country pre = null;
    for (int i = d.trigger - 1; i >= Math.max(d.from, d.trigger - 12); i--) {
      CountryRef r = sc.country(i);
      if (r != null && !NOT_SUBJECT.contains(sc.key(r.first() - 1))) {
        pre = r.country();
        break;
      }
    }
    if (pre == null && sc.key(d.triggerEnd).equals("of")) {
      CountryRef r = sc.country(d.triggerEnd + 1);
      if (r == null) {
        r = sc.country(d.triggerEnd + 2);
      }
      pre = r == null ? null : r.country(); // "exports of Russian wheat"
    }
    Country reporter;
    Country partner;
    switch (flow) {
      case TURNOVER -> {
        reporter = between1 != null ? between1 : pre;
        partner = between2 != null ? between2 : with;
      }
      default -> {
        // who gives and who takes, by the grammar of the clause (flow-roles.txt); an import's reporter takes
        FlowRoles.Sides g = roles.sides(sc, d.from, d.to, d.trigger, d.triggerEnd, d.role, pre);
        reporter = flow == Flow.IMPORT ? g.taker() : g.giver();
        partner = flow == Flow.IMPORT ? g.giver() : g.taker();
      }
    }
    boolean world = sc.any(context, "WORLD", d.from, d.to);
    if (world && !pair && between2 == null && (flow == Flow.IMPORT ? reporter == null : partner == null)) {
      // a state's exports "to the world", its imports "from overseas": a total over all partners,
      // no flow between two states, unless the clause names the other state itself
      return WORLD_TOTAL;
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
    Country source = flow == Flow.TURNOVER ? source(sc, s.firstToken(), s.endToken()) : null;
    if (source != null && source.equals(partner) && reporter != null) {
      // "according to Serbian statistics, trade with China reached ...": the figures are Serbia's
      return new Country[] {partner, reporter};
    }
    return new Country[] {reporter, partner};
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

  /** What is traded: "tonnes of wheat", "flu vaccines", "worth of goods", "in energy projects". */
  private @Nullable String commodity(Scope sc, Draft d, Flow flow) {
    if (d.quantity != null) {
      String c = phraseAfterAmount(sc, d.quantity.first(), d.to, d.quantity.quantity().unit());
      if (c != null) {
        return c;
      }
    }
    if (d.value != null && sc.key(d.value.end()).equals("worth") && sc.key(d.value.end() + 1).equals("of")) {
      return phrase(sc, d.value.end() + 2, d.to);
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
      String listed = goodsList(sc, cue + m.length(), d.to);
      if (listed != null) {
        return listed; // "exports, chiefly machinery, ships and building materials, came to ..."
      }
    }
    if (flow == Flow.INVESTMENT || d.value != null) {
      int start = d.value != null ? d.value.end() : d.triggerEnd;
      for (int i = Math.min(start, d.triggerEnd); i < d.to; i++) {
        if (sc.word(sectors, i) && sc.country(i) == null && !sc.key(i).equals("trade")
            && !sc.key(i).equals("investment")) {
          return sc.token(i).text().toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }

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

  /** Words that end a list of goods or show the cue word led no list ("mainly because of"). */
  private static final Set<String> NOT_GOODS = Set.of("to", "from", "in", "into", "for", "on", "at", "by", "with",
      "worth", "which", "that", "were", "was", "is", "are", "per", "last", "this", "next", "because", "due", "thanks",
      "owing", "as", "through", "via", "the", "a", "an", "of", "while", "but", "reached", "came", "totaled",
      "totalled", "stood", "amounted", "exceeded", "topped", "accounted", "made", "make");

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
        && !sc.key(i).equals("of") && sc.at(triggers, i, to) == null && i - start < 5) {
      i++;
    }
    return i > start ? sc.text(start, i) : null;
  }

  /** One figure told twice is one: same flow, states, amount and period (an unstated period joins). */
  private static void merge(List<TradeFigure> found, Map<List<Object>, List<Integer>> bySides, TradeFigure f) {
    // only figures of the same flow, states and amount can be one: each looks among those alone, in
    // order; a merge changes none of these (a change joins only an equal change), so keys stay put
    List<Integer> same = bySides.computeIfAbsent(sides(f), k -> new ArrayList<>());
    for (int k : same) {
      TradeFigure o = found.get(k);
      boolean samePeriod = o.period() == null || f.period() == null || o.period().equals(f.period());
      if (samePeriod) {
        List<Span> ev = new ArrayList<>(o.evidence());
        ev.addAll(f.evidence());
        found.set(k, o.toBuilder()
            .period(o.period() != null ? o.period() : f.period())
            .commodity(o.commodity() != null ? o.commodity() : f.commodity())
            .changePercent(o.changePercent() != null ? o.changePercent() : f.changePercent())
            .evidence(ev).build());
        return;
      }
    }
    same.add(found.size());
    found.add(f);
  }

  /** A figure's flow, states, and amount: its value, else its quantity, else its change. */
  private static List<Object> sides(TradeFigure f) {
    Object amount = f.value() != null ? f.value() : f.quantity() != null ? f.quantity() : f.changePercent();
    String kind = f.value() != null ? "value" : f.quantity() != null ? "quantity" : "change";
    return Arrays.asList(f.flow(), f.reporter(), f.partner(), kind, amount);
  }
}
