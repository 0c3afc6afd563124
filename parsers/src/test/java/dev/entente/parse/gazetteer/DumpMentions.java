package dev.entente.parse.gazetteer;

import dev.entente.parse.pipeline.Document;
import dev.entente.parse.pipeline.Mentions.CountryRef;
import dev.entente.parse.pipeline.TextReaderStage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpMentions {
  @Test
  void dump() throws Exception {
    String p = System.getProperty("dump");
    if (p == null) return;
    String text = Files.readString(Path.of(p));
    Document doc = new Document("x", text, null);
    new TextReaderStage().apply(doc);
    new CountryTagger().apply(doc);
    StringBuilder sb = new StringBuilder();
    for (CountryRef r : doc.countries) {
      sb.append(r.country()).append(' ').append(r.form()).append(" '").append(r.span().text(text)).append("' @").append(r.span().start()).append('\n');
    }
    Files.writeString(Path.of("/tmp/dump.txt"), sb.toString());
  }
}
