package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Leader;
import dev.entente.model.TradeFigure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * What many articles say together: each state, leader and fact once, with its sources, and the
 * conflicts where reports disagree. Made by {@link ExtractionMerger}; the same tellings give the
 * same picture whatever their order, so two pictures merge into one with
 * {@link ExtractionMerger#merge(Picture, Picture)}.
 *
 * @param articles the articles, by id
 * @param countries the states mentioned, by code
 * @param leaders the people, by key
 * @param agreements the agreements, by key
 * @param tradeFigures the trade figures, by key
 * @param armsContracts the arms contracts, by key
 * @param events the events, by date (undated last), then key
 * @param conflicts the disagreements, by kind and key
 */
public record Picture(
    List<Article> articles,
    List<Merged<Country>> countries,
    List<Merged<Leader>> leaders,
    List<Merged<Agreement>> agreements,
    List<Merged<TradeFigure>> tradeFigures,
    List<Merged<ArmsContract>> armsContracts,
    List<Merged<DiplomaticEvent>> events,
    List<Conflict> conflicts) {

  /**
   * Validates and copies every list.
   *
   * @param articles the articles merged
   * @param countries the states mentioned
   * @param leaders the leaders
   * @param agreements the agreements
   * @param tradeFigures the trade figures
   * @param armsContracts the arms contracts
   * @param events the diplomatic events
   * @param conflicts the disagreements, by kind and key
   * @throws NullPointerException naming the list when a list or an element is null
   */
  public Picture {
    articles = copy(articles, "articles");
    countries = copy(countries, "countries");
    leaders = copy(leaders, "leaders");
    agreements = copy(agreements, "agreements");
    tradeFigures = copy(tradeFigures, "tradeFigures");
    armsContracts = copy(armsContracts, "armsContracts");
    events = copy(events, "events");
    conflicts = copy(conflicts, "conflicts");
  }

  /**
   * A picture of nothing: the neutral element of {@link ExtractionMerger#merge(Picture, Picture)}.
   *
   * @return the picture with every list empty
   */
  public static Picture empty() {
    return new Picture(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The picture of one pair of states: the facts that involve both (an event or agreement naming
   * both, a figure or contract between them), their conflicts, the leaders of either, the two
   * states, and the articles that tell any of it.
   *
   * @param a one state
   * @param b the other state, not {@code a}
   * @return the pair's picture
   * @throws IllegalArgumentException naming both when they are the same state
   */
  public Picture forPair(Country a, Country b) {
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    if (a.equals(b)) {
      throw new IllegalArgumentException("A pair needs two different states: " + a + "," + b);
    }
    Set<Country> pair = Set.of(a, b);
    List<Merged<Agreement>> ag = keep(agreements, x -> x.parties().containsAll(pair));
    List<Merged<TradeFigure>> t = keep(tradeFigures, x -> both(pair, x.reporter(), x.partner()));
    List<Merged<ArmsContract>> ar = keep(armsContracts, x -> both(pair, x.supplier(), x.recipient()));
    List<Merged<DiplomaticEvent>> e = keep(events, x -> x.countries().containsAll(pair));
    List<Merged<Leader>> l = keep(leaders, x -> x.country() != null && pair.contains(x.country()));
    List<Merged<Country>> c = keep(countries, pair::contains);
    Set<Object> kept = new HashSet<>(ag);
    kept.addAll(t);
    kept.addAll(ar);
    List<Conflict> cs = conflicts.stream().filter(x -> kept.containsAll(x.values())).toList();
    Set<String> ids = new HashSet<>();
    for (List<? extends Merged<?>> list : List.of(ag, t, ar, e, l)) {
      list.forEach(m -> m.sources().forEach(s -> ids.add(s.articleId())));
    }
    List<Article> arts = articles.stream().filter(x -> ids.contains(x.id())).toList();
    return new Picture(arts, c, l, ag, t, ar, e, cs);
  }

  private static boolean both(Set<Country> pair, @Nullable Country x, @Nullable Country y) {
    return x != null && y != null && !x.equals(y) && pair.contains(x) && pair.contains(y);
  }

  private static <T> List<Merged<T>> keep(List<Merged<T>> list, Predicate<T> test) {
    return list.stream().filter(m -> test.test(m.value())).toList();
  }

  private static <T> List<T> copy(List<T> list, String name) {
    return List.copyOf(Objects.requireNonNull(list, () -> "Picture " + name + " must not be null"));
  }
}
