package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.Spans.skip;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;

/**
 * The stated publication date of an article, for {@link ArticleMetadataReader}: a "Published ..."
 * line, else an "Updated ..." line or a timestamp line at the top; and whether a line is such a
 * timestamp, for the byline over it.
 */
final class StatedDates {

  private final HeadWords lists;
  private final Phrases published;
  private final Phrases updated;

  StatedDates(Tokenizer tokenizer, HeadWords lists) {
    this.lists = lists;
    published = new Phrases(List.of("published", "published on", "first published", "posted", "posted on", "created",
        "date", "release date",
        // an edition's label before its date, in the outlet's language: "Edition of", "Edition du", "Edición del", "Ausgabe vom"
        "edition", "edition of", "edition du", "edicion", "edicion del", "edicao", "edicao de", "edizione", "edizione del",
        "ausgabe", "ausgabe vom", "issue of", "issue dated"), tokenizer);
    updated = new Phrases(List.of("updated", "last updated", "updated on", "modified", "last modified"), tokenizer);
  }

  void readStatedDate(Document doc, List<Line> lines, int head) {
    LocalDate fallback = null;
    for (int li = 0; li < Math.min(lines.size(), head + 15); li++) {
      Line line = lines.get(li);
      if (line.tokenCount() > 30) {
        continue;
      }
      int first = line.firstWord(doc.tokens);
      if (first >= line.endToken()) {
        continue;
      }
      if (li < head && fallback == null && line.tokenCount() <= 16 && ArticleMetadataReader.isFurniture(doc, line)) {
        // a timestamp line at the top: "Wednesday, 25 September 2019 14:30", "Xinhua | 2019-09-25 21:04"
        DateWords.Read r = lists.dates().find(doc.tokens, first, line.endToken());
        if (r != null && r.year() > 0) {
          fallback = DateWords.resolve(r, doc.givenPublished);
        }
      }
      int after = published.matchAt(doc.wordIds(), first, line.endToken());
      boolean isPublished = after > 0;
      if (!isPublished) {
        after = updated.matchAt(doc.wordIds(), first, line.endToken());
      }
      if (after < 0) {
        continue;
      }
      DateWords.Read r = lists.dates().find(doc.tokens, after, line.endToken());
      LocalDate d = r == null ? null : DateWords.resolve(r, doc.givenPublished);
      if (d == null) {
        continue;
      }
      if (isPublished) {
        doc.statedPublished = EdtfDate.of(d);
        return;
      }
      if (fallback == null) {
        fallback = d;
      }
    }
    if (fallback != null) {
      doc.statedPublished = EdtfDate.of(fallback);
    }
  }

  /**
   * A line of the page's head that holds only a month and its year ("February 2020", "MARCH 1994"): a magazine's
   * issue, its month the stated date when the page states no day.
   */
  void readIssueMonth(Document doc, List<Line> lines, int head) {
    for (int li = 0; li < head; li++) {
      Line line = lines.get(li);
      if (line.tokenCount() != 2) {
        continue;
      }
      int month = lists.dates().month(doc.tokens.get(line.firstToken()));
      int year = month > 0 ? DateWords.yearOf(doc.tokens.get(line.firstToken() + 1)) : 0;
      if (year > 0) {
        doc.statedPublished = EdtfDate.ofMonth(year, month);
        return;
      }
    }
  }

  /**
   * Whether {@code line} is a short timestamp line: a date at its start, after a weekday ("Monday, 23
   * September 2019") or after "Published", "Updated" and the like ("Published at: October 14, 2019").
   */
  boolean isDateLine(List<Token> tokens, int[] ids, Line line) {
    int i = line.firstToken();
    int end = line.endToken();
    if (line.tokenCount() > 16) {
      return false;
    }
    int after = Math.max(published.matchAt(ids, i, end), updated.matchAt(ids, i, end));
    if (after > 0) {
      return lists.dates().find(tokens, after, end) != null;
    }
    if (lists.dates().isWeekday(tokens.get(i))) {
      i = skip(tokens, skip(tokens, i + 1, end, "."), end, ",");
    }
    DateWords.Read r = lists.dates().readAt(tokens, i, end);
    return r != null && r.year() > 0;
  }
}
