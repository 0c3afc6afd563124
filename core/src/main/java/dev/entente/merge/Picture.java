package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Leader;
import dev.entente.model.TradeFigure;
import java.util.List;
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

  /** Validates and copies every list. */
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

  /** A picture of nothing: the neutral element of {@link ExtractionMerger#merge(Picture, Picture)}. */
  public static Picture empty() {
    return new Picture(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static <T> List<T> copy(List<T> list, String name) {
    return List.copyOf(Objects.requireNonNull(list, () -> "Picture " + name + " must not be null"));
  }
}
