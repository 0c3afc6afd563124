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

/** What many articles say together: each state, leader and fact once, with its sources. */
public record Picture(
    List<Article> articles,
    List<Merged<Country>> countries,
    List<Merged<Leader>> leaders,
    List<Merged<Agreement>> agreements,
    List<Merged<TradeFigure>> tradeFigures,
    List<Merged<ArmsContract>> armsContracts,
    List<Merged<DiplomaticEvent>> events) {

  public Picture {
    articles = copy(articles, "articles");
    countries = copy(countries, "countries");
    leaders = copy(leaders, "leaders");
    agreements = copy(agreements, "agreements");
    tradeFigures = copy(tradeFigures, "tradeFigures");
    armsContracts = copy(armsContracts, "armsContracts");
    events = copy(events, "events");
  }

  private static <T> List<T> copy(List<T> list, String name) {
    return List.copyOf(Objects.requireNonNull(list, () -> "Picture " + name + " must not be null"));
  }
}
