package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name that a hard-wrapped paragraph cuts after a lower-case part of it ("Mr Joop den / Uyl",
 * "Sheikh Hamad bin / Khalifa") stays in its sentence, so the sentence keeps its date and its verb;
 * the same word ending a paragraph, or a line of another lower-case word before a capitalized one
 * (a headline over its story), still ends the sentence.
 */
class WrappedNamePropertiesTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static final List<String> TITLES = List.of("Mr", "President", "Sheikh", "Foreign Minister", "Dr",
      "the Prime Minister,");

  private static final List<String> GIVEN = List.of("Joop", "Hamad", "Ursula", "Fernando", "Mohammed", "Pieter");

  private static final List<String> PARTICLES = List.of("den", "van", "von der", "bin", "de", "del", "da", "dos",
      "ibn", "van der", "al");

  private static final List<String> SURNAMES = List.of("Uyl", "Khalifa", "Leyen", "Rua", "Salman", "Broek",
      "Santos", "Castillo");

  private static final List<String> TAILS = List.of(" signed the treaty on development cooperation.",
      ", who arrived on Sunday, met the President.", " also signed a protocol on consular matters.",
      " said the talks had gone well.");

  private record Case(String opening, String title, String given, String particle, String surname, String tail) {}

  private static final Gen<Case> CASES = Gens.elements("This afternoon", "On Monday", "Yesterday", "In March")
      .flatMap(o -> Gens.elements(TITLES).flatMap(t -> Gens.elements(GIVEN).flatMap(g ->
          Gens.elements(PARTICLES).flatMap(p -> Gens.elements(SURNAMES).flatMap(s ->
              Gens.elements(TAILS).map(tail -> new Case(o, t, g, p, s, tail)))))));

  private List<String> sentences(String text) {
    return splitter.split(text, tokenizer.tokenize(text)).stream().map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  @Test
  void aNameWrappedAfterALowerCasePartStaysInTheSentence() {
    Prop.check("... [Given] [particle] / [Surname] ...", CASES, c -> {
      String text = c.opening() + " " + c.title() + " " + c.given() + " " + c.particle() + "\n" + c.surname()
          + c.tail();
      assertEquals(1, sentences(text).size(), text);
      assertEquals(1, sentences(text.replace('\n', ' ')).size(), text);
    });
  }

  @Test
  void aParagraphOrAHeadlineEndingThereStillEnds() {
    Prop.check("... [particle] // [Surname] ...; [headline] / [Capitalized] ...", CASES, c -> {
      String paragraph = c.opening() + " " + c.title() + " " + c.given() + " " + c.particle() + "\n\n" + c.surname()
          + c.tail();
      assertEquals(2, sentences(paragraph).size(), paragraph);
      String headline = c.given() + " " + c.surname() + " signs treaty in the capital\n" + c.opening() + " "
          + c.title() + " " + c.given() + " " + c.surname() + c.tail();
      assertEquals(2, sentences(headline).size(), headline);
    });
  }
}
