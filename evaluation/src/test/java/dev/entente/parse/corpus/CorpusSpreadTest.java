package dev.entente.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.score.ScoredFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The corpus's size and spread, counted from the reports, their gold and the tags of each split's
 * {@code gold/index.json} (see {@code corpus/README.md}): regions, pairs of states, decades,
 * newsroom styles, layouts, and the forms of writing the rules must read.
 */
class CorpusSpreadTest {
  private static final Path CORPUS = Path.of("../corpus");

  static final Set<String> REGIONS = Set.of("northern-africa", "sub-saharan-africa", "northern-america",
      "latin-america-caribbean", "central-asia", "eastern-asia", "south-eastern-asia", "southern-asia",
      "western-asia", "eastern-europe", "northern-europe", "southern-europe", "western-europe", "oceania");
  static final Set<String> STYLES = Set.of("wire", "newspaper", "state-media", "business-press",
      "press-release", "broadcaster", "aggregator");
  static final Set<String> LAYOUTS = Set.of("hard-wrapped", "paragraph-per-line", "headline-standfirst",
      "headline-only", "no-headline", "byline-and", "byline-agency", "byline-desk", "byline-correspondent",
      "photo-caption", "related-list", "share-list", "site-furniture", "british-spelling", "american-spelling");
  static final Set<String> FORMS = Set.of(
      // knowledge
      "office-no-state", "surname-only", "weapon-no-maker", "designation-bare", "venue-city",
      // people
      "name-linebreak", "name-rare-given", "name-pronoun-word", "honorific-name", "east-asian-name",
      "arabic-name", "office-leader", "office-counterpart", "office-supreme-leader", "office-crown-prince",
      "office-emir", "office-visiting-premier", "two-states-unqualified", "possessive-coordination",
      "counterpart-adjective", "counterpart-bare", "outlet-own-title", "not-people",
      // the page
      "site-furniture-top", "agency-line", "dateline-agency-paren", "dateline-full-date", "dateline-colon",
      "dateline-after-byline", "credit-end", "national-agency",
      // facts
      "loan-receiver-subject", "giver-adjective", "giver-possessive", "aid-to-from", "turnover",
      "arms-buyer-subject", "arms-signed-date", "arms-delivery-period", "arms-bare-system", "visit-noun",
      "visit-tour", "visit-arrived", "visit-wrapped-up", "visit-interval", "meeting-in-visit",
      "signing-ceremony", "call-forms", "background-event", "instrument-list", "count-sectors",
      "agreement-kinds", "treaty-title", "headline-verb", "stats-paragraph", "period-carry",
      "commodity-list", "surpassed", "world-total", "people-count", "forward-date");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  record Split(String name, int minimum, Map<String, JsonNode> entries, Set<String> goldIds) {}

  private static Split split(String name, int minimum) {
    ScoredFolder folder = ScoredFolder.of(CORPUS.resolve(name));
    return new Split(name, minimum, folder.entries(), new TreeSet<>(folder.scorer().ids()));
  }

  private static List<Split> splits() {
    return List.of(split("dev", 80), split("test", 40));
  }

  @Test
  void eachSplitHasItsReportsWithGoldAndAnIndexEntry() throws Exception {
    for (Split s : splits()) {
      assertTrue(s.goldIds().size() >= s.minimum(), s.name() + " has " + s.goldIds().size() + " reports, fewer than " + s.minimum());
      assertEquals(s.goldIds(), new TreeSet<>(s.entries().keySet()), s.name() + ": every gold file has an index entry and back");
      for (String id : s.goldIds()) {
        Path text = CORPUS.resolve(s.name()).resolve(id + ".txt");
        assertTrue(Files.isRegularFile(text), "no text for " + s.name() + "/" + id);
        long words = WORD.matcher(Files.readString(text)).results().count();
        assertTrue(words >= 120 && words <= 700, s.name() + "/" + id + " has " + words + " words, not 120-700");
      }
    }
  }

  @Test
  void theCorpusSpansRegionsPairsAndDecades() {
    Set<String> regions = new TreeSet<>();
    Set<String> pairs = new HashSet<>();
    Set<String> coldWarParties = new TreeSet<>();
    int before2005 = 0;
    int before1991 = 0;
    for (Split s : splits()) {
      for (JsonNode e : s.entries().values()) {
        e.get("regions").forEach(r -> regions.add(r.stringValue()));
        for (JsonNode p : e.get("pairs")) {
          String a = p.get(0).stringValue();
          String b = p.get(1).stringValue();
          pairs.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        }
        int year = e.get("year").intValue();
        if (year < 2005) {
          before2005++;
        }
        if (year < 1991) {
          before1991++;
          e.get("pairs").forEach(p -> p.forEach(c -> coldWarParties.add(c.stringValue())));
        }
      }
    }
    assertEquals(new TreeSet<>(REGIONS), regions, "every inhabited region");
    assertTrue(pairs.size() >= 60, "distinct pairs of states: " + pairs.size());
    assertTrue(before2005 >= 30, "reports before 2005: " + before2005);
    assertTrue(before1991 >= 10, "reports before 1991: " + before1991);
    assertTrue(coldWarParties.containsAll(Set.of("SUN", "YUG", "DDR", "DEU")),
        "the Soviet Union, Yugoslavia, East and West Germany as parties before 1991: " + coldWarParties);
  }

  @Test
  void theCorpusHasEveryStyleLayoutAndForm() {
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    seen.put("style", new TreeSet<>());
    seen.put("layout", new TreeSet<>());
    seen.put("forms", new TreeSet<>());
    for (Split s : splits()) {
      for (JsonNode e : s.entries().values()) {
        seen.get("style").add(e.get("style").stringValue());
        e.get("layout").forEach(x -> seen.get("layout").add(x.stringValue()));
        e.get("forms").forEach(x -> seen.get("forms").add(x.stringValue()));
      }
    }
    List<String> missing = new ArrayList<>();
    missingOf("style", STYLES, seen.get("style"), missing);
    missingOf("layout", LAYOUTS, seen.get("layout"), missing);
    missingOf("form", FORMS, seen.get("forms"), missing);
    assertTrue(missing.isEmpty(), "not in the corpus: " + missing);
  }

  private static void missingOf(String what, Set<String> wanted, Set<String> seen, List<String> missing) {
    for (String w : new TreeSet<>(wanted)) {
      if (!seen.contains(w)) {
        missing.add(what + " " + w);
      }
    }
  }
}
