package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Flow;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.facts.TradeClauses.Draft;
import dev.entente.parse.internal.normalize.LocalCurrency;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>The work is in parts: {@link TradeClauses} (each clause's amounts and flow words),
 * {@link TradeParties} (reporter and partner) and {@link TradeGoods} (the commodity).
 */
public final class TradeFigureExtractor implements Stage {

  private final Lexicon triggers = Lexicon.load("trade-triggers.txt");
  private final Lexicon context = Lexicon.load("context-words.txt");
  private final Lexicon qualifiers = Lexicon.load("qualifiers.txt");
  private final Lexicon clauses = Lexicon.load("clause-words.txt");
  private final TradeClauses drafts = new TradeClauses();
  private final TradeParties parties = new TradeParties();
  private final TradeGoods goods = new TradeGoods(triggers, context, qualifiers);
  private final TradeLists lists = new TradeLists();

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
    TradeFigure lastFigure = null;
    List<TradeFigure> lastHere = List.of();
    TradeFigure lastGoods = null; // the last figure of exports or imports between two states
    int lastGoodsSentence = -10;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      if ((sc.cues(si) & SentenceCues.AMOUNT) == 0) {
        continue; // a figure is a sum, a quantity or a percentage: a sentence with none tells none
      }
      // an aid word here or in the sentence before, looked for only where a figure may be told
      boolean aidNearby = aidIn(sc, s) || si > 0 && aidIn(sc, sentences.get(si - 1));
      List<TradeFigure> here = new ArrayList<>();
      EdtfDate sentencePeriod = period(sc, s.firstToken(), s.endToken());
      TradeFigure carried = carriedFrom(sc, si, lastGoods, lastGoodsSentence);
      int a = s.firstToken();
      for (int i = s.firstToken(); i <= s.endToken(); i++) {
        if (i == s.endToken() || (sc.word(clauses, i, "SPLIT") && i > a)) {
          for (Draft d : drafts.drafts(sc, a, i)) {
            EdtfDate p = attachedPeriod(sc, d, i);
            if (p == null) {
              p = period(sc, a, i);
            }
            if (p == null && lastPeriod != null && samePeriod(sc, a, i)) {
              p = lastPeriod; // "imports rose 2% to $12 billion in the same period": the period of the figures before
            }
            if (p == null) {
              p = sentencePeriod;
            }
            if (p == null && (lastFigureSentence >= si - 1 || oneParagraph(sc, lastPeriodSentence, si))) {
              // "..., and imports came to $3.4 million": the period told just before, or in the paragraph's lead
              p = lastPeriod;
            }
            if (p == null) {
              p = leadPeriod(sc, si, lastFigureSentence);
            }
            TradeFigure f = figure(sc, s, d, aidNearby, p, here, carried);
            if (f != null) {
              here.add(f);
            }
          }
          a = i + 1;
        }
      }
      TradeFigure further = furtherChange(sc, s, here, lastFigureSentence == si - 1 ? lastFigure : null);
      if (further != null) {
        here.add(further);
      }
      listed(sc, s, here.isEmpty() && lastFigureSentence == si - 1 ? lastHere : here, here);
      if (!here.isEmpty()) {
        lastHere = here;
        lastFigure = here.get(here.size() - 1);
        lastFigureSentence = si;
        for (TradeFigure f : here) {
          if (f.period() != null) {
            lastPeriod = f.period();
            lastPeriodSentence = si;
          }
          merge(found, bySides, f);
          if ((f.flow() == Flow.EXPORT || f.flow() == Flow.IMPORT) && f.reporter() != null && f.partner() != null) {
            lastGoods = f;
            lastGoodsSentence = si;
          }
        }
      }
    }
    doc.tradeFigures.addAll(found);
  }

  /**
   * "[A]'s exports to [B] totaled [sum] ... Sales of copper fell 14% to [sum]": the figure of exports
   * or imports between two states ({@code last}, read in sentence {@code lastAt}) whose states a
   * figure of goods told with no state of its own in sentence {@code si} takes, when no sentence from
   * it to this one names a state and it stands at most three sentences back; else null.
   */
  private static @Nullable TradeFigure carriedFrom(Scope sc, int si, @Nullable TradeFigure last, int lastAt) {
    if (last == null || lastAt < si - 3 || lastAt >= si) {
      return null;
    }
    List<Sentence> sentences = sc.sentences();
    for (int j = lastAt + 1; j <= si; j++) {
      Sentence between = sentences.get(j);
      for (CountryRef r : sc.countries(between.firstToken(), between.endToken())) {
        if (sc.money(r.first()) == null) {
          return null; // a state named since ("US$" names none): the report may have turned to another pair
        }
      }
    }
    return last;
  }

  /**
   * "Figures show that trade with [B] fell sharply in [month]. Exports to [B] were worth [sum] ...":
   * the period told with a word of trade by a sentence with no figure read that stands before
   * sentence {@code si} in its paragraph, at most three back and after the last sentence of figures
   * ({@code lastFigures}); else null.
   */
  private @Nullable EdtfDate leadPeriod(Scope sc, int si, int lastFigures) {
    List<Sentence> sentences = sc.sentences();
    for (int j = si - 1; j > lastFigures && j >= si - 3 && oneParagraph(sc, j, si); j--) {
      Sentence l = sentences.get(j);
      EdtfDate p = period(sc, l.firstToken(), l.endToken());
      if (p != null && tradeWord(sc, l.firstToken(), l.endToken())) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether clause [from, to) points back to the period told before: "in the same period", "over the
   * period", "during that period"; not a base period ("on the same period of [year]", "the same period
   * last year").
   */
  private static boolean samePeriod(Scope sc, int from, int to) {
    for (int i = from + 2; i < to; i++) {
      if (sc.key(i).equals("period") && PERIOD_POINTERS.contains(sc.key(i - 1))) {
        int prep = sc.key(i - 1).equals("same") ? i - 3 : i - 2;
        String next = i + 1 < to ? sc.key(i + 1) : ".";
        return prep >= from && PERIOD_PREPOSITIONS.contains(sc.key(prep)) && !BASE_AFTER.contains(next)
            && (prep == i - 2 || sc.key(i - 2).equals("the"));
      }
    }
    return false;
  }

  private static final Set<String> PERIOD_POINTERS = Set.of("same", "the", "that", "this");
  private static final Set<String> PERIOD_PREPOSITIONS = Set.of("in", "over", "during", "for");
  /** Words after "the same period" that make it a base period: "of [year]", "last year", "a year earlier". */
  private static final Set<String> BASE_AFTER = Set.of("of", "last", "a", "the", "previous", "in", "one");

  /**
   * Whether a word of trade, investment, aid or lending, or of a state's standing in another's trade
   * ("largest supplier", "trading partner"), starts in [from, to).
   */
  private boolean tradeWord(Scope sc, int from, int to) {
    for (int i = from; i < to; i++) {
      Lexicon.Match m = sc.at(context, i, to);
      if (sc.at(triggers, i, to) != null || m != null && m.has("STANDING")) {
        return true;
      }
    }
    return false;
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
  /**
   * The period told right after the figure's amount, "[sum] in 1988", "[sum] last year", before
   * [to): it is the figure's own even when the clause tells another date before it ("from [sum] in
   * 2011 to [sum] in 2014", "trade, which was small four years ago, reached [sum] last year").
   */
  private static @Nullable EdtfDate attachedPeriod(Scope sc, Draft d, int to) {
    int end = d.value != null ? d.value.end() : d.quantity != null ? d.quantity.end() : -1;
    if (end < 0 || end >= to) {
      return null;
    }
    for (DateRef r : sc.dates(end, Math.min(to, end + 2))) {
      if ((r.first() == end || PERIOD_PREPOSITIONS.contains(sc.key(end))) && Scope.isPeriod(r.date())) {
        return sinceYear(sc, r);
      }
    }
    return null;
  }

  /**
   * "[Trade] reached [sum] last year, and in [months] of this year it grew by a further 8 percent",
   * "In the first quarter it rose 9 per cent": a change told by "it" of the figure just read (of this
   * sentence, else of the sentence before), in a period of its own, is a figure of the same flow and
   * states with that change and period and no amount; the change is no longer the first figure's.
   */
  private @Nullable TradeFigure furtherChange(Scope sc, Sentence s, List<TradeFigure> here,
      @Nullable TradeFigure before) {
    TradeFigure of = here.isEmpty() ? before : here.get(here.size() - 1);
    if (of == null || of.value() == null && of.quantity() == null) {
      return null;
    }
    int from = s.firstToken();
    int to = s.endToken();
    for (int i = from; i < to; i++) {
      PercentRef pc = sc.percent(i);
      if (pc == null || pc.first() != i) {
        continue;
      }
      int it = -1;
      for (int k = i - 1; k >= Math.max(from, i - 6) && it < 0; k--) {
        if (sc.key(k).equals(",") || sc.money(k) != null || sc.at(triggers, k, i) != null) {
          break; // "exports rose 5 percent": a figure of its own, read with its flow word
        }
        it = sc.key(k).equals("it") ? k : -1;
      }
      BigDecimal change = it < 0 ? null : drafts.change(sc, pc, it, to);
      if (change == null) {
        i = pc.end() - 1;
        continue;
      }
      int cf = it;
      while (cf > from && !sc.key(cf - 1).equals(",")) {
        cf--;
      }
      EdtfDate p = period(sc, cf, pc.end());
      if (p == null || p.equals(of.period())) {
        return null;
      }
      if (!here.isEmpty() && of.changePercent() != null && of.changePercent().compareTo(change) == 0) {
        here.set(here.size() - 1, of.toBuilder().changePercent(null).build());
      }
      MoneyRef reached = null; // "it increased by 26 percent, to [sum]": the sum it came to
      for (int k = pc.end(); k < Math.min(to, pc.end() + 3) && reached == null; k++) {
        reached = sc.key(k - 1).equals("to") ? sc.money(k) : null;
      }
      return of.toBuilder().value(reached == null ? null : reached.money()).quantity(null).changePercent(change)
          .period(p).qualifier(Qualifier.EXACT).evidence(List.of(s.span())).build();
    }
    return null;
  }

  /**
   * "[A] took 40 percent, or [sum], followed by [B] with [sum] and [C] with [sum]": each state of a
   * ranking is a figure of its own, of the flow, goods and period of the total it parts (the first
   * figure of {@code leads}, this sentence's or the one's before, larger than every listed amount),
   * with the listed state on the total's partner side (its reporter side when the ranking starts with
   * the total's reporter); amounts read already in the sentence are not read again.
   */
  private void listed(Scope sc, Sentence s, List<TradeFigure> leads, List<TradeFigure> here) {
    if (leads.isEmpty()) {
      return;
    }
    List<TradeLists.Item> items = lists.items(sc, s);
    items.removeIf(it -> retold(here, it));
    TradeFigure lead = items.isEmpty() ? null : TradeLists.total(leads, items);
    if (lead == null || lead.reporter() == null || lead.partner() == null) {
      return;
    }
    boolean reporters = items.get(0).state().equals(lead.reporter());
    Country fixed = reporters ? lead.partner() : lead.reporter();
    List<TradeFigure> listed = new ArrayList<>();
    for (TradeLists.Item it : items) {
      if (it.state().equals(fixed)) {
        continue;
      }
      Country reporter = reporters ? it.state() : fixed;
      TradeFigure.Builder b = lead.toBuilder().reporter(reporter).partner(reporters ? fixed : it.state())
          .changePercent(null).evidence(List.of(sc.span(it.from(), it.to())));
      if (it.money() != null) {
        b.value(money(sc, s, it.money(), reporter, reporters ? fixed : it.state())).quantity(null)
            .qualifier(it.money().qualifier());
      } else if (it.quantity() != null) {
        b.value(null).quantity(it.quantity().quantity()).qualifier(it.quantity().qualifier());
      }
      listed.add(b.build());
    }
    here.addAll(listed);
  }

  /**
   * Whether the amount of list item {@code it} is the amount of a figure read already in the sentence;
   * that figure's partner becomes the item's state when it had the partner of another figure of the
   * sentence, given to it for want of a state of its own ("..., followed by [C] with [sum]").
   */
  private static boolean retold(List<TradeFigure> here, TradeLists.Item it) {
    for (int k = 0; k < here.size(); k++) {
      TradeFigure f = here.get(k);
      if (it.money() != null && it.money().money().equals(f.value())
          || it.quantity() != null && it.quantity().quantity().equals(f.quantity())) {
        if (!it.state().equals(f.reporter()) && !it.state().equals(f.partner()) && sharedPartner(here, k)) {
          here.set(k, f.toBuilder().partner(it.state()).build());
        }
        return true;
      }
    }
    return false;
  }

  /** Whether another figure of {@code here} has the partner of figure {@code k}. */
  private static boolean sharedPartner(List<TradeFigure> here, int k) {
    Country partner = here.get(k).partner();
    for (int j = 0; j < here.size() && partner != null; j++) {
      if (j != k && partner.equals(here.get(j).partner())) {
        return true;
      }
    }
    return false;
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

  /** Verbs of supply that, with a sum of money and no goods priced, tell the money given: "provide [sum] for". */
  private static final Set<String> GIVING = Set.of("provide", "provides", "provided", "providing");

  private @Nullable TradeFigure figure(Scope sc, Sentence s, Draft d, boolean aidNearby, @Nullable EdtfDate period,
      List<TradeFigure> sameSentence, @Nullable TradeFigure carried) {
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
    String commodity = goods.commodity(sc, d, flow);
    if (d.role.equals("SUPPLY") && d.value == null && (aidNearby || goods.aidGoodsIn(sc, d.from, d.to))) {
      flow = Flow.AID; // goods sent without a price, as relief: "deliver 1.5 million vaccines to"
    } else if (d.role.equals("SUPPLY") && d.value != null && d.quantity == null && GIVING.contains(sc.key(d.trigger))
        && !sc.key(d.value.first() - 1).equals("worth") && !sc.key(d.value.end()).equals("worth")) {
      flow = Flow.AID; // money itself given: "will provide [B] with [sum] for ...", not goods worth a sum
    }
    if (commodity == null && d.quantity != null) {
      for (TradeFigure o : sameSentence) {
        if (o.quantity() != null && o.quantity().unit().equals(d.quantity.quantity().unit())) {
          commodity = o.commodity(); // "... and up to 5 million doses": the same goods
        }
      }
    }
    boolean asset = flow == Flow.IMPORT && d.value != null && goods.assetBought(sc, d);
    TradeFigure prev = sameSentence.isEmpty() ? null : sameSentence.get(sameSentence.size() - 1);
    // "[A]'s exports to [B] stood at [sum] and imports at [sum]": a flow word told without states of its own
    // after "and" is the other way of the same two states' trade
    Country[] rp = prev != null && elided(sc, d, flow, prev)
        ? new Country[] {prev.reporter(), prev.partner()}
        : parties.parties(sc, s, d, flow);
    if (rp == TradeParties.WORLD_TOTAL) {
      return null;
    }
    if (asset) {
      flow = Flow.INVESTMENT; // the buyer of a plant or a stake invests in the state where it stands
    }
    if (rp[0] == null && rp[1] == null && prev != null) {
      // "Russian exports to Venezuela ..., while imports totaled ...": the same two states
      rp = new Country[] {prev.reporter(), prev.partner()};
    }
    if (rp[0] == null && rp[1] == null && carried != null && (flow == Flow.EXPORT || flow == Flow.IMPORT)
        && !TradeClauses.DIRECTIONS.contains(sc.key(d.triggerEnd))) {
      // "... Fishmeal shipments climbed 18% to [sum]": the goods of the statistics told just before, whose
      // reporter stays the state whose figures they are, for its exports and its imports alike; not
      // goods sent to a place that is no state ("exports to the European Union")
      rp = new Country[] {carried.reporter(), carried.partner()};
      period = period != null ? period : carried.period();
    }
    if (rp[0] == null || rp[1] == null || rp[0].equals(rp[1])) {
      return null;
    }
    period = FiscalYears.months(sc, s, period, rp[0], rp[1]);
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
        .value(d.value == null ? null : money(sc, s, d.value, rp[0], rp[1]))
        .quantity(d.quantity == null ? null : d.quantity.quantity())
        .changePercent(d.change).commodity(commodity).period(period).qualifier(q)
        .evidence(sc.span(start, end)).build();
  }

  /**
   * Whether a figure of exports or imports follows one of the other way in its sentence with no state of
   * its own: its flow word right after "and" ("and imports", "while its imports") and no state between it
   * and its amount.
   */
  private static boolean elided(Scope sc, Draft d, Flow flow, TradeFigure prev) {
    if (flow != Flow.EXPORT && flow != Flow.IMPORT || prev.flow() != Flow.EXPORT && prev.flow() != Flow.IMPORT
        || prev.partner() == null || d.anchor < d.triggerEnd) {
      return false;
    }
    int before = d.trigger - 1;
    if (sc.key(before).equals("its") || sc.key(before).equals("the")) {
      before--;
    }
    return TradeClauses.COORDINATORS.contains(sc.key(before)) && sc.countries(d.trigger, d.anchor).isEmpty();
  }

  /**
   * The money of a figure, in the currency of the state it belongs to when the text names the currency
   * by a name many states share ("dinars", "$"): the state written just before the name ("Jamaican
   * dollars", not the receiver of "promised Fiji $5 million"), else the figure's reporter. A bare dollar stays the US dollar, the money reports of
   * every state use for sums between states, unless a state is written with it, the report is from
   * the reporter's own press (its outlet's state), the report writes the US dollar with its state, or
   * the reporter is a state whose reports write their own dollar bare (Australia's "$287 billion" of
   * two-way trade) and the partner is not the United States. In the press of such a state (its
   * outlet's state, {@code own-dollar-states.txt}) a bare dollar is that state's own, whoever's figure
   * it is: a Canadian paper's "$60 million" of Cuban sugar is in Canadian dollars.
   */
  private static Money money(Scope sc, Sentence s, MoneyRef m, Country reporter, @Nullable Country partner) {
    LocalCurrency local = LocalCurrency.get();
    int bare = local.bareAt(sc.tokens, m.first(), m.end(), m.money());
    if (bare < 0) {
      return local.unnamed(sc.tokens, m.first(), m.end()) ? toldBefore(sc, s, m, reporter, partner) : m.money();
    }
    CountryRef before = bare > 0 ? currencyState(sc, bare) : null;
    Country outlet = sc.doc.outletState;
    if (before == null && outlet != null && local.writesOwnDollarBare(outlet.code()) && local.dollar(sc.tokens, bare)) {
      return local.of(m.money(), sc.tokens, bare, outlet.code()); // the paper's own dollar, whoever's figure it is
    }
    Money own = local.of(m.money(), sc.tokens, bare, (before != null ? before.country() : reporter).code());
    // a bare dollar of a state with its own dollar: checked only then, the report's other sums read last
    if (before == null && own != m.money() && local.dollar(sc.tokens, bare) && !reporter.equals(sc.doc.outletState)
        && !(local.writesOwnDollarBare(reporter.code()) && (partner == null || !partner.code().equals("USA")))
        && !usDollarMarked(sc, local)) {
      return m.money();
    }
    return own;
  }

  /**
   * The state written just before the bare currency name at token {@code bare} that names the
   * currency's state, or null: an adjective ("Jamaican $", "Egyptian pounds") or a name before a
   * word ("Fiji dollars"), not a name before a symbol, which is the object of the sentence's verb
   * ("promised Jamaica $85 million", "lend Fiji $248 million").
   */
  private static @Nullable CountryRef currencyState(Scope sc, int bare) {
    CountryRef before = sc.country(bare - 1);
    return before == null || before.form() == CountryForm.ADJECTIVE || sc.tokens.get(bare).isWord() ? before : null;
  }

  /**
   * A sum written with no currency of its own ("against 190 million in 1960"): in the currency of
   * the sum told before it in its sentence, read as that sum is ("kroner" a state's own), else as
   * read.
   */
  private static Money toldBefore(Scope sc, Sentence s, MoneyRef m, Country reporter, @Nullable Country partner) {
    for (int k = m.first() - 1; k >= s.firstToken(); k--) {
      MoneyRef before = sc.money(k);
      if (before != null && before.money().currencyCode().equals(m.money().currencyCode())) {
        Money own = money(sc, s, before, reporter, partner);
        return own.currencyCode().equals(m.money().currencyCode()) ? m.money()
            : new Money(m.money().amount(), own.currencyCode());
      }
    }
    return m.money();
  }

  /**
   * Whether the report writes the US dollar with its state somewhere ("US$", "$US", "U.S. dollars"):
   * such a report marks the US dollar, and its bare "$" is another state's.
   */
  private static boolean usDollarMarked(Scope sc, LocalCurrency local) {
    for (MoneyRef o : sc.doc.money) {
      if (o.money().currencyCode().equals("USD") && local.bareAt(sc.tokens, o.first(), o.end(), o.money()) < 0) {
        return true;
      }
    }
    return false;
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
