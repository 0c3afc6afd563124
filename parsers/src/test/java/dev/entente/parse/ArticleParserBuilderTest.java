package dev.entente.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EventType;
import dev.entente.model.Leader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsers built with users' own knowledge files. */
class ArticleParserBuilderTest {

  private static final String TEXT = "President Arvo Kettunen arrived in Berlin on Monday for talks on Ukraine.\n\n"
      + "Kettunen met German Chancellor Olaf Scholz and said Europe must stay united.";

  @Test
  void aUsersOfficeHolderFileGivesAnInventedPresidentHisStateInAFutureYear(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("holders.tsv");
    Files.writeString(file, "# my office holders\n"
        + "Arvo Kettunen\t\tFIN\tHEAD_OF_STATE\tPresident\t2031-03-01\n", StandardCharsets.UTF_8);
    ArticleParser parser = ArticleParser.builder().addOfficeHolders(file).build();
    LocalDate day = LocalDate.of(2032, 5, 10);

    Leader kettunen = leader(parser.parse("future", TEXT, day), "Arvo Kettunen").orElseThrow();
    assertEquals("FIN", kettunen.country().code());
    assertEquals("President", kettunen.title());

    // without the file the text alone cannot tell, and the default parser does not say Finland
    Optional<Leader> guessed = leader(ArticleParser.create().parse("future", TEXT, day), "Arvo Kettunen");
    assertTrue(guessed.isEmpty() || !guessed.get().country().code().equals("FIN"), guessed.toString());
    // outside the tenure the file does not speak
    Optional<Leader> before = leader(parser.parse("past", TEXT, LocalDate.of(2030, 5, 10)), "Arvo Kettunen");
    assertTrue(before.isEmpty() || !before.get().country().code().equals("FIN"), before.toString());
  }

  @Test
  void aUsersVenueFileMakesANewVenueTheLocationOfAMeeting(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("venues.tsv");
    Files.writeString(file, "# my venues\nKultaranta Manor\tNaantali\tFIN\n", StandardCharsets.UTF_8);
    ArticleParser parser = ArticleParser.builder().addVenues(file).build();
    String text = "Finnish President Sauli Niinisto met Swedish Prime Minister Stefan Lofven at Kultaranta Manor "
        + "on Monday, June 17, 2019.";
    LocalDate day = LocalDate.of(2019, 6, 18);

    DiplomaticEvent meeting = parser.parse("summer", text, day).events().get(0);
    assertEquals(EventType.MEETING, meeting.type());
    assertEquals("Kultaranta Manor, Naantali", meeting.location());
    // the built-in venues do not know the manor: the place is only the name as written
    DiplomaticEvent plain = ArticleParser.create().parse("summer", text, day).events().get(0);
    assertEquals("Kultaranta Manor", plain.location());
    // a venue the user names again replaces the built-in one: the Kremlin moved, for the test's sake
    ArticleParser moved = ArticleParser.builder()
        .addVenues(new StringReader("Kremlin\tNovo-Ogaryovo\tRUS\n"), "moved").build();
    String kremlin = "Russian President Vladimir Putin met Chinese President Xi Jinping at the Kremlin on March 21, 2023.";
    assertEquals("Kremlin, Novo-Ogaryovo", moved.parse("k", kremlin, LocalDate.of(2023, 3, 22)).events().get(0).location());
    assertEquals("Kremlin, Moscow", ArticleParser.create().parse("k", kremlin, LocalDate.of(2023, 3, 22)).events().get(0).location());
  }

  @Test
  void theTextWinsOverTheDictionary() {
    ArticleParser parser = ArticleParser.builder()
        .addOfficeHolders(new StringReader("Arvo Kettunen\t\tFIN\tHEAD_OF_STATE\tPresident\t2031-03-01\n"), "mine")
        .build();
    ArticleExtraction x = parser.parse("estonian", "Estonian President Arvo Kettunen arrived in Berlin on Monday.",
        LocalDate.of(2032, 5, 10));
    assertEquals("EST", leader(x, "Arvo Kettunen").orElseThrow().country().code());
  }

  @Test
  void aBadLineOfAUsersFileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("weapons.tsv");
    Files.writeString(file, "Gripen\t\tSWE\t\taircraft\nZephyr\t\tSWE\t\tjets\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().addWeapons(file));
    assertTrue(e.getMessage().contains("weapons.tsv line 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().maxLength(0));
  }

  @Test
  void aBuiltParserReadsLikeTheDefaultOneWhenGivenNothing() {
    ArticleParser built = ArticleParser.builder().build();
    ArticleParser plain = ArticleParser.create();
    LocalDate day = LocalDate.of(2019, 9, 25);
    String text = "Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in Moscow on Wednesday.";
    assertEquals(plain.parse("a", text, day), built.parse("a", text, day));
    assertNotEquals(List.of(), built.parse("a", text, day).leaders());
  }

  private static Optional<Leader> leader(ArticleExtraction x, String name) {
    return x.leaders().stream().filter(l -> l.name().equals(name)).findFirst();
  }
}
