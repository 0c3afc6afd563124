package dev.entente.parse.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EdtfDate;
import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.DateRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.PercentRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every money value, quantity, percentage and date of the seeds' gold facts is among the normalizers' readings. */
class SeedReadingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path seeds() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("seeds/gold"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no seeds/gold above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("seeds");
  }

  static Document read(String id, String text, LocalDate published) {
    Document doc = new Document(id, text, published);
    new TextReaderStage().apply(doc);
    new AmountStage().apply(doc);
    new DateStage().apply(doc);
    return doc;
  }

  @Test
  void everyGoldAmountAndDateIsRead() throws IOException {
    Path seeds = seeds();
    JsonNode index = JSON.readTree(Files.readString(seeds.resolve("gold/index.json"))).get("articles");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    List<Path> golds;
    try (Stream<Path> s = Files.list(seeds.resolve("gold"))) {
      golds = s.filter(p -> !p.getFileName().toString().equals("index.json")).sorted().toList();
    }
    for (Path goldFile : golds) {
      JsonNode gold = JSON.readTree(Files.readString(goldFile));
      String id = gold.get("id").asString();
      String text = Files.readString(seeds.resolve(id + ".txt"));
      Document doc = read(id, text, LocalDate.parse(index.get(id).get("published").asString()));
      List<String> want = new ArrayList<>();
      for (JsonNode f : gold.path("tradeFigures")) {
        want.add(money(f.get("value")));
        want.add(quantity(f.get("quantity")));
        want.add(f.has("changePercent") ? "percent " + f.get("changePercent").decimalValue().stripTrailingZeros().toPlainString() : null);
        want.add(date(f.get("period")));
      }
      for (JsonNode f : gold.path("armsContracts")) {
        want.add(money(f.get("value")));
        want.add(date(f.get("signed")));
        want.add(date(f.get("delivered")));
      }
      for (JsonNode f : gold.path("agreements")) {
        want.add(date(f.get("signed")));
      }
      for (JsonNode f : gold.path("events")) {
        want.add(date(f.get("date")));
      }
      List<String> have = new ArrayList<>();
      for (MoneyRef m : doc.money) {
        have.add("money " + m.money());
        m.equivalents().forEach(e -> have.add("money " + e));
      }
      for (QuantityRef q : doc.quantities) {
        have.add("quantity " + q.quantity());
      }
      for (PercentRef p : doc.percents) {
        have.add("percent " + p.value().stripTrailingZeros().toPlainString());
      }
      for (DateRef d : doc.dates) {
        have.add("date " + d.date());
      }
      for (String w : want) {
        if (w != null) {
          checked++;
          if (!have.contains(w)) {
            missing.add(id + ": " + w);
          }
        }
      }
    }
    assertTrue(checked > 50, "checked only " + checked + " gold values");
    assertTrue(missing.isEmpty(), "gold values the normalizers did not read:\n" + String.join("\n", missing));
  }

  private static String money(JsonNode n) {
    return n == null ? null : "money " + Money.of(n.get("amount").decimalValue(), n.get("currency").asString());
  }

  private static String quantity(JsonNode n) {
    return n == null ? null : "quantity " + Quantity.of(n.get("amount").decimalValue(), n.get("unit").asString());
  }

  private static String date(JsonNode n) {
    return n == null || n.isNull() ? null : "date " + EdtfDate.parse(n.asString());
  }

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
