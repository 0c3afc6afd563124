package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Furniture lines among report paragraphs of any length: a credit with a slash, a copyright sign, "All
 * rights reserved" inside a line and a menu are marked, and the report paragraphs around them, long
 * or short, never are (the tests that pass over a line by its tokens' kinds must not pass over these).
 */
class FurnitureAmidReportPropertiesTest {

  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos", "Kenya");
  private static final List<String> OUTLETS = List.of("Example Herald", "Northern Daily", "Harbour Times", "Valley Post");
  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Mei", "Jorge");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Lin", "Ramirez");

  /** A report paragraph of one to four sentences naming two states and a number. */
  private static final Gen<String> PARAGRAPHS = Gens.zip(Gens.elements(STATES), Gens.elements(STATES), Gens.ints(2, 900),
      Gens.ints(1, 4), (a, b, n, sentences) -> {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
          sb.append(s == 0 ? "" : " ").append(a).append(" and ").append(b).append(" discussed ").append(n + s)
              .append(" projects on energy, trade and ports during the talks, officials of both sides said.");
        }
        return sb.toString();
      });

  /** A furniture line of one of four kinds. */
  private static final Gen<String> FURNITURE = Gens.zip(Gens.ints(0, 3), Gens.elements(OUTLETS), Gens.ints(1990, 2030),
      Gens.pair(Gens.elements(FIRST), Gens.elements(LAST)), (kind, outlet, year, name) -> switch (kind) {
        case 0 -> "\u00A9 " + year + " " + outlet;
        case 1 -> outlet + " " + year + ". All rights reserved.";
        case 2 -> "Officials shake hands before the talks. REUTERS/" + name.first() + " " + name.second();
        default -> "Home | World | Politics";
      });

  @Test
  void furnitureAmongReportParagraphsIsMarkedAndTheParagraphsAreNot() {
    Gen<List<String>> reports = Gens.listOf(PARAGRAPHS, 2, 5);
    Prop.check("furniture amid report paragraphs", Gens.pair(reports, Gens.listOf(FURNITURE, 1, 3)), 300, page -> {
      List<String> lines = new ArrayList<>();
      List<String> furniture = page.second();
      List<String> paragraphs = page.first();
      lines.add("Two States Hold Talks");
      for (int i = 0; i < paragraphs.size(); i++) {
        lines.add(paragraphs.get(i));
        if (i > 0 && i - 1 < furniture.size()) {
          lines.add(furniture.get(i - 1));
        }
      }
      String text = String.join("\n\n", lines);
      Document doc = Read.article(text);
      // each sentence is furniture exactly when the line it stands on is one of the furniture lines
      for (Sentence sentence : doc.sentences) {
        int lineStart = text.lastIndexOf('\n', sentence.start()) + 1;
        int lineEnd = text.indexOf('\n', sentence.start());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        assertEquals(furniture.contains(line), sentence.boilerplate(), () -> "\"" + line + "\" in\n" + text);
      }
    });
  }
}
