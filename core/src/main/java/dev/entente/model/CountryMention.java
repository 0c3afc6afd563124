package dev.entente.model;

import java.util.List;

/** A state an article mentions (by name, adjective or capital), with every place it does. */
public record CountryMention(Country country, List<Span> evidence) {

  /**
   * Checks the state and copies the evidence.
   *
   * @param country the state, not null
   * @param evidence every span that names the state, not null; copied
   * @throws NullPointerException naming the part when the state, the evidence or a span is null
   */
  public CountryMention {
    Checks.notNull(country, "CountryMention country");
    evidence = Checks.copy(evidence, "CountryMention evidence");
  }

  /**
   * A mention of {@code country} at the given places.
   *
   * @param country the state mentioned
   * @param evidence every span that names it, in text order
   * @return the mention
   */
  public static CountryMention of(Country country, List<Span> evidence) {
    return new CountryMention(country, evidence);
  }
}
