package dev.entente.parse.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.CountryMention;
import dev.entente.parse.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed articles' states against their gold files: F1 over the sets of codes. */
class SeedCountriesTest {

  private static final Path SHARED = Path.of("../seeds");
  private static final Pattern CODE = Pattern.compile("\"([A-Z]{3})\"");

  @Test
  void seedsReachTheCountriesFloor() throws IOException {
    Path seeds = SHARED;
    Assumptions.assumeTrue(Files.isDirectory(seeds), "seed articles not present");
    ArticleParser parser = ArticleParser.create();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder report = new StringBuilder();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".txt", "");
      String text = Files.readString(f);
      Set<String> got = new TreeSet<>();
      for (CountryMention m : parser.parse(id, text).countries()) {
        got.add(m.country().code());
      }
      String gold = Files.readString(SHARED.resolve("gold/" + id + ".json"));
      Set<String> required = codes(section(gold, "required"));
      Set<String> optional = codes(section(gold, "optional"));
      for (String c : got) {
        if (required.contains(c)) {
          tp++;
        } else if (!optional.contains(c)) {
          fp++;
          report.append(id).append(" extra ").append(c).append('\n');
        }
      }
      for (String c : required) {
        if (!got.contains(c)) {
          fn++;
          report.append(id).append(" missed ").append(c).append('\n');
        }
      }
    }
    double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
    System.out.println("countries F1 " + f1 + "\n" + report);
    assertTrue(f1 >= 0.95, "countries F1 " + f1 + " below 0.95:\n" + report);
  }

  private static String section(String json, String name) {
    int c = json.indexOf("\"countries\"");
    int k = json.indexOf("\"" + name + "\"", c);
    int open = json.indexOf('[', k);
    int close = json.indexOf(']', open);
    return json.substring(open, close + 1);
  }

  private static Set<String> codes(String list) {
    Set<String> out = new TreeSet<>();
    Matcher m = CODE.matcher(list);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
