package dev.entente.parse.people;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Prints what the parser reads from the seed articles (a development aid, run by hand). */
public final class SeedDump {
  public static void main(String[] args) throws Exception {
    ArticleParser parser = ArticleParser.create();
    for (String a : args) {
      Path p = Path.of(a);
      String text = Files.readString(p);
      LocalDate pub = a.contains("004_") ? LocalDate.of(2022, 9, 20) : LocalDate.of(2019, 9, 25);
      ArticleExtraction x = parser.parse(p.getFileName().toString(), text, pub);
      System.out.println("=== " + p.getFileName());
      x.leaders().forEach(l -> System.out.println("L " + l.name() + " | " + l.country() + " | " + l.title() + " | " + l.role()));
      x.events().forEach(e -> System.out.println("E " + e.type() + " " + e.date() + " @" + e.location() + " " + e.participants() + " " + e.countries() + (e.planned() ? " PLANNED" : "")));
    }
  }
}
