package dev.entente.examples;

import dev.entente.json.EntenteJson;
import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.time.LocalDate;

/** Entente's API in a dozen lines: read an article, look at its facts, print its JSON. */
public final class ApiExample {

  private ApiExample() {}

  public static void main(String[] args) {
    String text = """
        ASTANA, June 14 - Kazakh President Kassym-Jomart Tokayev met Turkish President
        Recep Tayyip Erdogan in Astana on Tuesday. The two sides signed 15 agreements on energy,
        transport and education. Trade between Kazakhstan and Turkey grew 20% to $6.4 billion last
        year, and Turkish companies have invested about $4 billion in Kazakhstan since 2005.
        """;
    ArticleParser parser = ArticleParser.create(); // build once; immutable and shared by threads
    ArticleExtraction x = parser.parse("astana-talks", text, LocalDate.of(2022, 6, 14));
    System.out.println("countries: " + x.countryCodes());
    x.leaders().forEach(l -> System.out.println("leader: " + l.name() + ", " + l.title() + " (" + l.country() + ")"));
    x.agreements().forEach(a -> System.out.println("agreement: " + a));
    x.tradeFigures().forEach(t -> System.out.println("figure: " + t.flow() + " " + t.value() + " " + t.period()));
    x.events().forEach(e -> System.out.println("event: " + e.type() + " on " + e.date() + " in " + e.location()));
    System.out.println(EntenteJson.write(x)); // the contract's JSON, one line
  }
}
