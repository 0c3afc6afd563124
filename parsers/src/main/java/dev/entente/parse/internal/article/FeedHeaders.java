package dev.entente.parse.internal.article;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A news feed's header lines above the report, "KEY=VALUE" or "KEY: value" with a field name of
 * {@code feed-headers.txt}: "BYLINE=[NAME]" is the author, "DATELINE=[PLACE]" the dateline,
 * "SOURCE: [Agency]" the source, each in title case when written in capitals.
 */
final class FeedHeaders {

  private enum Field { AUTHOR, DATELINE, SOURCE }

  private final HeadWords lists;
  private final Map<String, Field> keys;

  FeedHeaders(HeadWords lists) {
    this.lists = lists;
    Map<String, Field> k = new HashMap<>();
    for (String line : WordLists.lines(FeedHeaders.class, "feed-headers.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("feed-headers.txt: not \"KEY = field\": " + line);
      }
      k.put(Keys.of(line.substring(0, eq).strip()), Field.valueOf(line.substring(eq + 1).strip().toUpperCase(java.util.Locale.ROOT)));
    }
    keys = Map.copyOf(k);
  }

  /** Whether {@code line} is a feed header line; fills its field when the document has none yet. */
  boolean read(Document doc, List<Token> tokens, Line line) {
    int from = line.firstToken();
    int end = line.endToken();
    if (end - from < 3 || !tokens.get(from).isWord() || !tokens.get(from).isCapitalized()) {
      return false;
    }
    String mark = tokens.get(from + 1).text();
    Field field = mark.equals("=") || mark.equals(":") ? keys.get(tokens.get(from).key()) : null;
    if (field == null || mark.equals(":") && !tokens.get(from + 2).isCapitalized()) {
      return false;
    }
    int v = from + 2;
    int stop = v;
    while (stop < end && !tokens.get(stop).text().equals("=")) {
      stop++;
    }
    if (stop < end || line.endsWithPeriod(tokens) || end - v > 8) {
      return false; // a sentence or a second field: no header line
    }
    String value = lists.titleCaseIfCaps(tokens, v, end, Spans.joined(tokens, v, end));
    switch (field) {
      case AUTHOR -> doc.author = doc.author == null ? value : doc.author;
      case DATELINE -> doc.dateline = doc.dateline == null ? value : doc.dateline;
      case SOURCE -> doc.source = doc.source == null ? lists.agencies().nameOrAsWritten(value) : doc.source;
      default -> throw new IllegalStateException("unknown field " + field);
    }
    return true;
  }
}
