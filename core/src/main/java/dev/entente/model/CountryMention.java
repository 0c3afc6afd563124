package dev.entente.model;

import java.util.List;

/** A state an article mentions (by name, adjective or capital), with every place it does. */
public record CountryMention(Country country, List<Span> evidence) {

  public CountryMention {
    Checks.notNull(country, "CountryMention country");
    evidence = Checks.copy(evidence, "CountryMention evidence");
  }

  public static CountryMention of(Country country, List<Span> evidence) {
    return new CountryMention(country, evidence);
  }
}
