package dev.entente.parse.internal.article;

import dev.entente.parse.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The word lists the readers of an article's head share ({@link Datelines}, {@link Outlets},
 * {@link Bylines}): the agencies, the date words, the dateline cities, the particles of names, the
 * words that are no person's name, the words of outlets' names, and the markers of a wire's message
 * header ("URGENT", "LEAD").
 */
record HeadWords(Agencies agencies, DateWords dates, Set<String> cities, Set<String> particles,
    Set<String> notPerson, Set<String> outletWords, Set<String> wireSlug) {

  /** {@code written}, in title case when the span is in capitals, its particles in lower case. */
  String titleCaseIfCaps(List<Token> tokens, int from, int to, String written) {
    return Spans.titleCaseIfCaps(particles, tokens, from, to, written);
  }
}
