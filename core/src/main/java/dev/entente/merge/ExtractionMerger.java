package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Leader;
import dev.entente.model.TradeFigure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Joins the extractions of many articles into one {@link Picture}: the same meeting told by four
 * outlets becomes one event with four sources, and two outlets that give different amounts for
 * the same trade figure become one {@link Conflict} with both values and their sources.
 *
 * <p>Facts are grouped by an exact key per kind ({@link FactKeys}: for events the type family and
 * the set of states, for trade figures flow, direction, period, commodity and measure, for arms
 * contracts the pair of states and the system family, for agreements kind, parties and title).
 * Within a key, dates and amounts are compared with tolerances by precision: days one apart
 * corroborate, a month corroborates a day within it, "about $4.2 billion" corroborates "$4.2
 * billion" (the tolerances are listed on the package's rules, see {@code Rules}). The merged value
 * takes the most precise date and amount, the fullest spelling of each name, the union of
 * participants and sectors; every source keeps the value it told and its evidence.
 *
 * <p>Values of one key that do not corroborate one another are different facts for events and
 * untitled agreements (two meetings a month apart), and a conflict for trade figures with a
 * period, titled agreements and arms contracts, whose key names one fact: a conflict lists each
 * value with its sources and resolves nothing.
 *
 * <p>The picture depends only on the set of tellings: any order of the inputs gives the same
 * picture, merging a picture with itself adds nothing, and merging the pictures of two halves of
 * the inputs gives the picture of all ({@link #merge(Picture, Picture)}), so the merge can run
 * distributed, grouped by the keys of {@link FactKeys}. Grouping is a hash lookup and facts are
 * compared only with the distinct values of their own key, sorted along dates or amounts: the
 * cost grows close to linearly with the inputs.
 *
 * <pre>{@code
 * Picture p = ExtractionMerger.merge(List.of(fromTass, fromEfe, fromAnadolu));
 * p.events().forEach(e -> System.out.println(e.value().type() + " " + e.articleCount()));
 * p.conflicts().forEach(c -> System.out.println(c.key() + ": " + c.values().size() + " values"));
 * }</pre>
 */
public final class ExtractionMerger {

  private ExtractionMerger() {}

  /**
   * Merges the extractions; their order does not matter.
   *
   * @param extractions the articles' extractions, not null, no null element
   * @return the picture of all of them; {@link Picture#empty()} for none
   */
  public static Picture merge(Collection<ArticleExtraction> extractions) {
    Objects.requireNonNull(extractions, "extractions must not be null");
    Accumulator acc = new Accumulator();
    for (ArticleExtraction x : extractions) {
      acc.add(Objects.requireNonNull(x, "extraction must not be null"));
    }
    return acc.picture();
  }

  /**
   * Merges two pictures into the picture of all their tellings: {@code merge(merge(a), merge(b))}
   * equals {@code merge(a ∪ b)}, the operation is commutative and associative, and {@link
   * Picture#empty()} is its neutral element.
   *
   * @param a one picture, not null
   * @param b the other picture, not null
   * @return the merged picture
   */
  public static Picture merge(Picture a, Picture b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    Accumulator acc = new Accumulator();
    acc.add(a);
    acc.add(b);
    return acc.picture();
  }

  /** The tellings gathered so far, by kind, key and distinct value. */
  private static final class Accumulator {
    private final TreeMap<String, List<Article>> articles = new TreeMap<>();
    private final Tellings<Country> countries = new Tellings<>(CountryRule.INSTANCE);
    private final Tellings<Leader> leaders = new Tellings<>(Rules.LEADERS);
    private final Tellings<Agreement> agreements = new Tellings<>(Rules.AGREEMENTS);
    private final Tellings<TradeFigure> trade = new Tellings<>(Rules.TRADE);
    private final Tellings<ArmsContract> arms = new Tellings<>(Rules.ARMS);
    private final Tellings<DiplomaticEvent> events = new Tellings<>(Rules.EVENTS);

    void add(ArticleExtraction x) {
      String id = x.article().id();
      article(x.article());
      for (CountryMention m : x.countries()) {
        countries.add(new Source<>(id, m.country(), m.evidence()));
      }
      x.leaders().forEach(f -> leaders.add(id, f));
      x.agreements().forEach(f -> agreements.add(id, f));
      x.tradeFigures().forEach(f -> trade.add(id, f));
      x.armsContracts().forEach(f -> arms.add(id, f));
      x.events().forEach(f -> events.add(id, f));
    }

    void add(Picture p) {
      p.articles().forEach(this::article);
      countries.addAll(p.countries());
      leaders.addAll(p.leaders());
      agreements.addAll(p.agreements());
      trade.addAll(p.tradeFigures());
      arms.addAll(p.armsContracts());
      events.addAll(p.events());
    }

    private void article(Article a) {
      List<Article> same = articles.computeIfAbsent(a.id(), k -> new ArrayList<>(1));
      if (!same.contains(a)) {
        same.add(a);
      }
    }

    Picture picture() {
      List<Article> all = new ArrayList<>();
      // One article per id: when two differ, the one whose text sorts first, so the order of arrival never decides.
      articles.values().forEach(same -> all.add(same.stream().min(Comparator.comparing(Article::toString)).orElseThrow()));
      List<Conflict> conflicts = new ArrayList<>();
      List<Merged<Country>> c = countries.result(conflicts);
      List<Merged<Leader>> l = leaders.result(conflicts);
      List<Merged<Agreement>> ag = agreements.result(conflicts);
      List<Merged<TradeFigure>> t = trade.result(conflicts);
      List<Merged<ArmsContract>> ar = arms.result(conflicts);
      List<Merged<DiplomaticEvent>> e = events.result(conflicts);
      conflicts.sort(Comparator.comparing(Conflict::kind).thenComparing(Conflict::key));
      return new Picture(all, c, l, ag, t, ar, e, conflicts);
    }
  }

  /** States: one per code. */
  private enum CountryRule implements FactRule<Country> {
    INSTANCE;

    @Override public String kind() { return "countries"; }
    @Override public String key(Country c) { return FactKeys.country(c); }
    @Override public Country bare(Country c) { return c; }
    @Override public List<dev.entente.model.Span> evidence(Country c) { return List.of(); }
    @Override public boolean firm(Country c) { return true; }
    @Override public double lo(Country c) { return 0; }
    @Override public double hi(Country c) { return 0; }
    @Override public boolean fits(Country loose, Country m) { return true; }
    @Override public Comparator<Country> looseOrder() { return Comparator.naturalOrder(); }
    @Override public Country reconcile(java.util.Map<Country, Integer> counts) { return counts.keySet().iterator().next(); }
    @Override public boolean identifying(String key) { return false; }
  }
}
