package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Shrinkable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random states, people and offices for generated news sentences; the lists hold many names,
 * states and cities that the seed articles never use.
 */
public final class World {
  private World() {}

  /** A state as news text names it. */
  public record State(String name, String adjective, String capital, Country country) {}

  /** An office as written, with its role. */
  public record Office(String title, Role role) {}

  /** A person: given name and surname. */
  public record Name(String first, String last) {
    public String full() {
      return first + " " + last;
    }
  }

  public static final List<State> STATES = List.of(
      new State("France", "French", "Paris", Country.of("FRA")),
      new State("Germany", "German", "Berlin", Country.of("DEU")),
      new State("Japan", "Japanese", "Tokyo", Country.of("JPN")),
      new State("Brazil", "Brazilian", "Brasilia", Country.of("BRA")),
      new State("India", "Indian", "New Delhi", Country.of("IND")),
      new State("Kenya", "Kenyan", "Nairobi", Country.of("KEN")),
      new State("Egypt", "Egyptian", "Cairo", Country.of("EGY")),
      new State("Indonesia", "Indonesian", "Jakarta", Country.of("IDN")),
      new State("Canada", "Canadian", "Ottawa", Country.of("CAN")),
      new State("Nigeria", "Nigerian", "Abuja", Country.of("NGA")),
      new State("Vietnam", "Vietnamese", "Hanoi", Country.of("VNM")),
      new State("Poland", "Polish", "Warsaw", Country.of("POL")),
      new State("Qatar", "Qatari", "Doha", Country.of("QAT")),
      new State("Mexico", "Mexican", "Mexico City", Country.of("MEX")),
      new State("Russia", "Russian", "Moscow", Country.of("RUS")),
      new State("Venezuela", "Venezuelan", "Caracas", Country.of("VEN")),
      new State("Turkey", "Turkish", "Ankara", Country.of("TUR")),
      new State("Argentina", "Argentine", "Buenos Aires", Country.of("ARG")),
      new State("Sweden", "Swedish", "Stockholm", Country.of("SWE")),
      new State("Ghana", "Ghanaian", "Accra", Country.of("GHA")));

  /** States whose formal name in English is several words and takes "the". */
  public static final List<State> FORMAL = List.of(
      new State("Republic of Korea", "South Korean", "Seoul", Country.of("KOR")),
      new State("United States", "American", "Washington", Country.of("USA")),
      new State("United Kingdom", "British", "London", Country.of("GBR")),
      new State("Russian Federation", "Russian", "Moscow", Country.of("RUS")),
      new State("United Arab Emirates", "Emirati", "Abu Dhabi", Country.of("ARE")),
      new State("Democratic Republic of the Congo", "Congolese", "Kinshasa", Country.of("COD")),
      new State("Czech Republic", "Czech", "Prague", Country.of("CZE")),
      new State("Dominican Republic", "Dominican", "Santo Domingo", Country.of("DOM")),
      new State("Central African Republic", "Central African", "Bangui", Country.of("CAF")),
      new State("Republic of Croatia", "Croatian", "Zagreb", Country.of("HRV")));

  public static final List<Office> OFFICES = List.of(
      new Office("President", Role.HEAD_OF_STATE),
      new Office("Prime Minister", Role.HEAD_OF_GOVERNMENT),
      new Office("Foreign Minister", Role.FOREIGN_MINISTER),
      new Office("Defense Minister", Role.DEFENSE_MINISTER),
      new Office("Deputy Foreign Minister", Role.DEPUTY_MINISTER),
      new Office("Vice President", Role.DEPUTY_HEAD),
      new Office("Trade Minister", Role.MINISTER),
      new Office("Ambassador", Role.DIPLOMAT),
      new Office("Chancellor", Role.HEAD_OF_GOVERNMENT),
      new Office("parliament speaker", Role.LEGISLATOR));

  public static final List<String> FIRST = List.of(
      "Amara", "Lukas", "Hiroshi", "Camille", "Tomasz", "Leila", "Minh", "Thiago", "Nomvula", "Petra",
      "Anil", "Farah", "Ivana", "Emre", "Ines", "Rafael", "Sofia", "Kwame", "Astrid", "Jorge", "Vladimir", "Olaf");
  public static final List<String> LAST = List.of(
      "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad", "Nguyen", "Silva", "Mbeki", "Novak",
      "Richter", "Castillo", "Sharma", "Aziz", "Petrov", "Yilmaz", "Fischer", "Ramos", "Mensah", "Arreaza", "Scholz");

  public static <T> T pick(SplittableRandom r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  /** Two different states. */
  public static State[] twoStates(SplittableRandom r) {
    State a = pick(r, STATES);
    State b;
    do {
      b = pick(r, STATES);
    } while (b.equals(a));
    return new State[] {a, b};
  }

  /** Three different states. */
  public static State[] threeStates(SplittableRandom r) {
    State[] two = twoStates(r);
    State c;
    do {
      c = pick(r, STATES);
    } while (c.equals(two[0]) || c.equals(two[1]));
    return new State[] {two[0], two[1], c};
  }

  /** Two people with different surnames. */
  public static Name[] twoNames(SplittableRandom r) {
    Name a = new Name(pick(r, FIRST), pick(r, LAST));
    Name b;
    do {
      b = new Name(pick(r, FIRST), pick(r, LAST));
    } while (b.last().equals(a.last()));
    return new Name[] {a, b};
  }

  /** A generator from a function of the random source (no shrinking: the values are small already). */
  public static <T> Gen<T> gen(java.util.function.Function<SplittableRandom, T> f) {
    return (random, size) -> Shrinkable.of(f.apply(random));
  }

  /** Sentences that name no person, no office and no event, and lines of page furniture. */
  public static final List<String> FILLER = List.of(
      "The weather in the region was mild for the season.",
      "Analysts expect the currency to stay stable this quarter.",
      "Share this article",
      "Follow us on Twitter",
      "Photo: Reuters",
      "Read more: markets close higher",
      "Officials declined to comment on the figures.",
      "Subscribe to our newsletter");
}
