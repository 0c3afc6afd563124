package dev.entente.examples.cli;

import dev.entente.json.EntenteJson;
import dev.entente.merge.Picture;
import dev.entente.model.Country;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dossier's JSON: the merged picture's JSON ({@link EntenteJson#write(Picture)}, conflicts
 * included), preceded by the pair asked for, with each source's evidence sentence as {@code
 * "quote"} so that a reader (or the HTML page) can show what the article said without its text.
 */
final class DossierJson {
  /** The longest quote kept, in chars: a sentence, not a page. */
  static final int MAX_QUOTE = 400;

  private static final List<String> FACT_LISTS = List.of("leaders", "agreements", "tradeFigures", "armsContracts", "events");

  private DossierJson() {}

  /** The dossier of {@code picture} as one line of JSON; {@code texts} maps article ids to their texts. */
  static String write(Picture picture, Map<String, String> texts, List<Country> pair) {
    JsonNode tree = EntenteJson.mapper().readTree(EntenteJson.write(picture));
    ObjectNode out = EntenteJson.mapper().createObjectNode();
    if (pair.isEmpty()) {
      out.putNull("pair");
    } else {
      ArrayNode p = out.putArray("pair");
      pair.forEach(c -> p.add(c.code()));
    }
    out.setAll((ObjectNode) tree);
    for (String list : FACT_LISTS) {
      for (JsonNode merged : out.get(list)) {
        quote(merged, texts);
      }
    }
    for (JsonNode conflict : out.get("conflicts")) {
      for (JsonNode merged : conflict.get("values")) {
        quote(merged, texts);
      }
    }
    return EntenteJson.mapper().writeValueAsString(out);
  }

  private static void quote(JsonNode merged, Map<String, String> texts) {
    for (JsonNode source : merged.get("sources")) {
      String text = texts.get(source.get("articleId").asString());
      JsonNode evidence = source.get("evidence");
      String quote = null;
      if (text != null && !evidence.isEmpty()) {
        quote = sentence(text, evidence.get(0).get("start").asInt(), evidence.get(evidence.size() - 1).get("end").asInt());
      }
      ((ObjectNode) source).put("quote", quote);
    }
  }

  /** The sentence (or sentences) around {@code [start, end)}, on one line, at most {@link #MAX_QUOTE} chars. */
  static @Nullable String sentence(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return null;
    }
    int s = start;
    while (s > 0 && start - s < MAX_QUOTE / 2 && !endsSentence(text, s)) {
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < MAX_QUOTE / 2 && !endsSentence(text, e)) {
      e++;
    }
    String q = text.substring(s, e).replaceAll("\\s+", " ").strip();
    return q.isEmpty() ? null : q;
  }

  /** Whether a sentence ends just before {@code i}: a line break, or . ! ? followed by a space. */
  private static boolean endsSentence(String text, int i) {
    char before = text.charAt(i - 1);
    if (before == '\n') {
      return true;
    }
    return i >= 2 && Character.isWhitespace(before) && ".!?".indexOf(text.charAt(i - 2)) >= 0;
  }
}
