package dev.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input's own date, then --dates by id, then --published, then none (the text's). */
class PublicationDatesTest {

  @TempDir Path dir;

  private static final LocalDate OWN = LocalDate.of(2019, 1, 1);
  private static final LocalDate LISTED = LocalDate.of(2019, 2, 2);
  private static final LocalDate FOR_ALL = LocalDate.of(2019, 3, 3);

  @Test
  void theFirstSourceWithADateWins() {
    PublicationDates dates = PublicationDates.of(Map.of("a", LISTED, "b", LISTED), FOR_ALL);
    assertEquals(OWN, dates.of(Document.of("a", "t").withPublished(OWN)));
    assertEquals(LISTED, dates.of(Document.of("b", "t")));
    assertEquals(FOR_ALL, dates.of(Document.of("c", "t")));
    assertNull(PublicationDates.of(Map.of("a", LISTED), null).of(Document.of("c", "t")));
    assertNull(PublicationDates.none().of(Document.of("a", "t")));
  }

  @Test
  void aDatesFileIsCsvWithAnOptionalHeader() throws IOException {
    Path csv = dir.resolve("dates.csv");
    Files.writeString(csv, "id,published\r\na/x,2019-02-02\n\"b,c\",2019-03-04T10:00:00Z\n\n");
    assertEquals(Map.of("a/x", LISTED, "b,c", LocalDate.of(2019, 3, 4)), PublicationDates.load(csv));
  }

  @Test
  void aBadRowFailsNamingItsLine() throws IOException {
    Path csv = dir.resolve("dates.csv");
    Files.writeString(csv, "a,2019-02-02\nb,yesterday\n");
    IOException e = assertThrows(IOException.class, () -> PublicationDates.load(csv));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("yesterday"), e.getMessage());
    Files.writeString(csv, "a,2019-02-02\na,2019-02-03\n");
    assertTrue(assertThrows(IOException.class, () -> PublicationDates.load(csv)).getMessage().contains("given twice"));
    Files.writeString(csv, "a,2019-02-30\n");
    assertThrows(IOException.class, () -> PublicationDates.load(csv));
  }
}
