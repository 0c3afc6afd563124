package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date whose day a hard-wrapped paragraph puts on the next line ("signed in [City] on February /
 * 27, 1992") stays in its sentence, so the day is read with its month; a month ending a line before
 * a capitalized word, or before a paragraph's blank line, still ends the sentence.
 */
class WrappedDatePropertiesTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  private static final List<String> SUBJECTS = List.of("The two ministers", "Officials of both states",
      "The delegations", "The leaders of the two countries");

  private static final List<String> VERBS = List.of("signed a treaty in the capital on", "met in the capital on",
      "signed the protocol on", "exchanged the instruments of ratification on");

  private record Case(String subject, String verb, String month, int day, int year, String tail) {}

  private static final Gen<Case> CASES = Gens.elements(SUBJECTS).flatMap(s -> Gens.elements(VERBS).flatMap(v ->
      Gens.elements(MONTHS).flatMap(m -> Gens.ints(1, 28).flatMap(d -> Gens.ints(1950, 2030).flatMap(y ->
          Gens.elements(", officials said.", " this year.", ".").map(t -> new Case(s, v, m, d, y, t)))))));

  private List<String> sentences(String text) {
    return splitter.split(text, tokenizer.tokenize(text)).stream().map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  @Test
  void aDayWrappedAfterItsMonthStaysInTheSentence() {
    Prop.check("[Month] / [D], [YYYY]", CASES, c -> {
      String text = c.subject() + " " + c.verb() + " " + c.month() + "\n" + c.day() + ", " + c.year() + c.tail();
      assertEquals(1, sentences(text).size(), text);
      // unwrapped, the same one sentence
      assertEquals(1, sentences(text.replace('\n', ' ')).size(), text);
    });
  }

  @Test
  void aMonthEndingALineBeforeANewSentenceOrParagraphStillEndsIt() {
    Prop.check("[Month] / [Capitalized] ...", CASES, c -> {
      String next = c.day() + " people were hurt" + c.tail();
      String capital = c.subject() + " " + c.verb() + " " + c.month() + "\nThe talks went on" + c.tail();
      assertEquals(2, sentences(capital).size(), capital);
      String paragraph = c.subject() + " " + c.verb() + " " + c.month() + "\n\n" + next;
      assertEquals(2, sentences(paragraph).size(), paragraph);
    });
  }
}
