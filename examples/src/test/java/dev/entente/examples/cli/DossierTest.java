package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.EntenteJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DossierTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EntenteCli(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, UTF_8)).run(args);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void twoOutletsGivingDifferentAmountsForOneFigureShowOneConflictWithBothSources() throws IOException {
    String a = file("wire.txt", "MOSCOW, March 3, 2020 - Russia's exports to Venezuela reached $4.2 billion in 2019, "
        + "the Russian trade ministry said on Tuesday.\n");
    String b = file("daily.txt", "CARACAS, March 4, 2020 - Russian exports to Venezuela totalled $4.9 billion in 2019, "
        + "according to figures released on Wednesday.\n");
    String c = file("agency.txt", "Russia's exports to Venezuela were about $4.2 billion in 2019, officials said.\n");
    Run r = run("dossier", "--published", "2020-03-04", a, b, c);
    assertEquals(EntenteCli.OK, r.status(), r.err());
    JsonNode d = EntenteJson.mapper().readTree(r.out());
    assertEquals(1, d.get("conflicts").size(), d.get("conflicts").toString());
    JsonNode conflict = d.get("conflicts").get(0);
    assertEquals("tradeFigures", conflict.get("kind").asString());
    assertEquals(2, conflict.get("values").size());
    List<String> told = conflict.get("values").valueStream()
        .map(v -> String.join(",", DossierFacts.sourceIds(v).stream().sorted().toList()) + "=" + v.get("value").get("value").get("amount").asString())
        .sorted().toList();
    assertEquals(List.of("agency,wire=4200000000", "daily=4900000000"), told);
    JsonNode quote = conflict.get("values").get(0).get("sources").get(0).get("quote");
    assertTrue(quote.asString().contains("billion in 2019"), quote.toString());

    String md = DossierMarkdown.render(r.out().strip());
    assertTrue(md.contains("## Conflicts"), md);
    assertTrue(md.contains("4.9 billion USD") && md.contains("**conflict**"), md);
    String html = DossierHtml.render(r.out().strip());
    assertEquals(2, html.split("<tr id=\"tradeFigures-\\d+\" class=\"fact conflict\"", -1).length - 1, "both values highlighted");
    assertTrue(html.contains("class=\"conflict-box\""));
  }

  @Test
  void aPairKeepsOnlyTheFactsBetweenItsTwoStates() throws IOException {
    String a = file("a.txt", "Russia's exports to Venezuela reached $4.2 billion in 2019. "
        + "China's exports to Brazil reached $35 billion in 2019.\n");
    JsonNode all = EntenteJson.mapper().readTree(run("dossier", "--published", "2020-03-04", a).out());
    JsonNode pair = EntenteJson.mapper().readTree(run("dossier", "--pair", "ven,RUS", "--published", "2020-03-04", a).out());
    assertTrue(all.get("tradeFigures").size() >= 2, all.toString());
    assertEquals(List.of("VEN", "RUS"), pair.get("pair").valueStream().map(JsonNode::asString).toList());
    assertFalse(pair.get("tradeFigures").isEmpty());
    for (JsonNode t : pair.get("tradeFigures")) {
      assertEquals(List.of("RUS", "VEN"), List.of(t.get("value").get("reporter").asString(), t.get("value").get("partner").asString()).stream().sorted().toList());
    }
  }

  @Test
  void theFormatsAndThePairAreCheckedBeforeAnythingIsRead() {
    for (String[] args : List.of(new String[] {"dossier", "--format", "pdf", "x.txt"}, new String[] {"dossier", "--pair", "RUS", "x.txt"},
        new String[] {"dossier", "--pair", "RUS,RUS", "x.txt"}, new String[] {"dossier", "--pair", "RUS,XYZ", "x.txt"},
        new String[] {"merge", "--pair", "RUS,VEN", "x.txt"})) {
      Run r = run(args);
      assertEquals(EntenteCli.USAGE, r.status(), String.join(" ", args));
      assertTrue(r.err().startsWith("entente: "), r.err());
    }
  }

  @Test
  void markdownHasATimelineThenTablesAndTheSameJsonGivesTheSamePage() throws IOException {
    String a = file("a.txt", "Chinese President Xi Jinping met Kenyan President William Ruto in Beijing on October 16, 2023. "
        + "China's exports to Kenya reached $8.3 billion in 2022.\n");
    String json = run("dossier", a).out().strip();
    String md = DossierMarkdown.render(json);
    assertTrue(md.indexOf("## Timeline") < md.indexOf("## Trade"), md);
    assertTrue(md.contains("- **2023-10-16** meeting"), md);
    assertEquals(DossierHtml.render(json), DossierHtml.render(new String(json.getBytes(UTF_8), UTF_8)));
    assertEquals(run("dossier", "--format", "html", a).out(), DossierHtml.render(json));
  }
}
