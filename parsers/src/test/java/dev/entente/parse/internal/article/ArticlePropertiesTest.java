package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Metadata on generated wire-style openings, and robustness of the reading stages on any text. */
class ArticlePropertiesTest {

  /** A city as written in a dateline, and as the dateline field should read. */
  record City(String written, String expected) {}

  /** An agency as written, and the source name it stands for. */
  record Agency(String written, String name) {
    String reported() {
      return DatelineSourcePropertiesTest.reportedAs(written, name);
    }
  }

  /** A generated article opening and the metadata it states. */
  record Opening(String text, @Nullable String title, @Nullable String author, String dateline,
      @Nullable String source, @Nullable LocalDate given, @Nullable String published) {}

  private static final List<City> CITIES = List.of(
      new City("ZAPORIZHZHIA", "Zaporizhzhia"), new City("PORT HARCOURT", "Port Harcourt"),
      new City("Da Nang", "Da Nang"), new City("KOTA KINABALU", "Kota Kinabalu"), new City("Ulaanbaatar", "Ulaanbaatar"),
      new City("BUENOS AIRES", "Buenos Aires"), new City("Rio de Janeiro", "Rio de Janeiro"),
      new City("ST. JOHN'S", "St. John's"), new City("N'DJAMENA", "N'Djamena"), new City("Tbilisi", "Tbilisi"),
      new City("ADDIS ABABA", "Addis Ababa"), new City("Quito", "Quito"), new City("DHAKA", "Dhaka"));

  private static final List<Agency> AGENCIES = List.of(
      new Agency("AA", "Anadolu Agency"), new Agency("AFP", "Agence France-Presse"), new Agency("Reuters", "Reuters"),
      new Agency("Xinhua", "Xinhua"), new Agency("IRNA", "Islamic Republic News Agency"), new Agency("Yonhap", "Yonhap"),
      new Agency("WAM", "Emirates News Agency"), new Agency("Prensa Latina", "Prensa Latina"),
      new Agency("dpa", "Deutsche Presse-Agentur"), new Agency("Sputnik", "Sputnik"),
      new Agency("KUNA", "Kuwait News Agency"), new Agency("AP", "Associated Press"));

  private static final List<String> FIRST = List.of("Elena", "Ahmed", "Priya", "Kwame", "Mei", "Jorge", "Fatima", "Tomasz");
  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Lin", "Ramirez", "Okafor", "Novak");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos", "Kenya");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final List<String> DASHES = List.of("-", "–", "—", "--", "‑", ":");

  private static final Gen<String> NAMES = Gens.zip(Gens.elements(FIRST), Gens.elements(LAST), (f, l) -> f + " " + l);
  private static final Gen<String> BODIES = Gens.zip(Gens.elements(STATES), Gens.elements(STATES), Gens.ints(2, 40),
      (a, b, n) -> a + " and " + b + " signed " + n + " agreements on Tuesday, officials said.\n"
          + "The talks in " + b + " lasted two days.");

  private static final Gen<Opening> OPENINGS = Gens.zip(
      Gens.pair(Gens.elements(CITIES), Gens.elements(AGENCIES)),
      Gens.pair(Gens.ints(0, 4), Gens.elements(DASHES)),
      Gens.pair(Gens.nullable(NAMES), Gens.nullable(NAMES)),
      Gens.triple(Gens.booleans(), Gens.pair(Gens.ints(1, 12), Gens.ints(1, 28)), BODIES),
      (ca, form, names, rest) -> {
        City city = ca.first();
        Agency agency = ca.second();
        int month = form.first() == 0 || form.first() == 4 ? 0 : rest.second().first();
        int day = rest.second().second();
        String md = MONTHS.get(rest.second().first() - 1) + " " + day;
        String body = rest.third();
        String dateline;
        String source = agency.reported();
        String cityCaps = city.written().toUpperCase(java.util.Locale.ROOT);
        switch (form.first()) {
          case 0 -> dateline = city.written() + " (" + agency.written() + ") " + form.second() + " ";
          case 1 -> dateline = city.written() + ", " + md + " (" + agency.written() + ") " + form.second() + " ";
          case 2 -> dateline = city.written() + ", " + md + ". /" + agency.written() + "/. ";
          case 3 -> dateline = city.written() + ", " + md + " (" + agency.written() + ") ";
          default -> {
            dateline = cityCaps + " — ";
            source = null;
          }
        }
        String expectedCity = city.expected();
        StringBuilder text = new StringBuilder();
        String title = null;
        if (rest.first()) {
          title = STATES.get(day % STATES.size()) + " and " + STATES.get((day + 3) % STATES.size()) + " Agree to Expand Trade";
          text.append(title).append("\n\n");
        }
        String author = null;
        if (names.first() != null) {
          author = names.second() == null ? names.first() : names.first() + " and " + names.second();
          text.append("By ").append(author).append("\n");
        }
        text.append(dateline).append(body);
        LocalDate given = month > 0 && day % 2 == 0 ? LocalDate.of(2021, 6, 15) : null;
        String published = null;
        if (given != null) {
          LocalDate d = LocalDate.of(2021, month, day);
          // the year that puts the day nearest the given date
          if (d.isAfter(given.plusMonths(6))) {
            d = d.minusYears(1);
          } else if (d.isBefore(given.minusMonths(6))) {
            d = d.plusYears(1);
          }
          published = d.toString();
        }
        return new Opening(text.toString(), title, author, expectedCity, source, given, published);
      });

  @Test
  void wireOpeningsYieldTheirMetadata() {
    Prop.check("wire openings yield title, author, dateline, source and date", OPENINGS, 500, o -> {
      Document doc = Read.article(o.text(), o.given());
      assertEquals(o.title(), doc.title, "title");
      assertEquals(o.author(), doc.author, "author");
      assertEquals(o.dateline(), doc.dateline, "dateline");
      assertEquals(o.source(), doc.source, "source");
      assertEquals(o.published(), doc.statedPublished == null ? null : doc.statedPublished.toString(), "published");
      // the report itself is never furniture
      String last = doc.text.substring(doc.sentences.get(doc.sentences.size() - 1).start());
      assertTrue(!doc.sentences.get(doc.sentences.size() - 1).boilerplate(), () -> "report marked furniture: " + last);
    });
  }

  /** An outlet's name: a made-up place word with a word that names an outlet, or one made-up word. */
  private static final Gen<String> OUTLETS = Gens.zip(Gens.elements(List.of("Meridian", "Northern", "Steppe", "Coastal",
      "Andean", "Baltic", "Sahel", "Pacific")), Gens.elements(List.of("Press", "Channel", "Radio", "Herald", "Review",
      "Daily", "Wire", "Gazette", "")), Gens.elements(List.of("press", "post", "wire", "vision")),
      (place, word, suffix) -> word.isEmpty() ? place + suffix : place + " " + word);

  @Test
  void anOutletAfterTheBylinesCommaOrOnTheLineUnderItIsTheSource() {
    Prop.check("By A B, Outlet / By A B + Outlet", Gens.triple(NAMES, OUTLETS, Gens.pair(Gens.booleans(), BODIES)), 300, g -> {
      String outlet = g.second();
      boolean under = g.third().first();
      if (under && !outlet.contains(" ")) {
        Prop.assume(false); // one made-up word alone on a line names nothing
      }
      String text = "Kenya and Peru Agree to Expand Trade\n\nBy " + g.first() + (under ? "\n" : ", ") + outlet
          + "\nNAIROBI — " + g.third().second();
      Document doc = Read.article(text, null);
      assertEquals(g.first(), doc.author, () -> "author of " + text);
      assertEquals(outlet, doc.source, () -> "source of " + text);
      assertEquals("Nairobi", doc.dateline, () -> "dateline of " + text);
    });
  }

  private static final List<String> FURNITURE = List.of("• Facebook", "• Twitter", "  • WhatsApp", "Share on Telegram",
      "World > Asia", "Home / News / Politics", "Advertisement", "12 Comments", "Leave a comment", "Photo 2 of 9",
      "Read more: Talks stall over tariffs", "Sign up for our newsletter", "Updated 3 hours ago", "0",
      "Image credit: Government press office", "Story continues below advertisement", "Editor: Sam Park");

  @Test
  void furnitureAroundAnOpeningChangesNothingAndIsMarked() {
    Gen<List<String>> furniture = Gens.listOf(Gens.elements(FURNITURE), 1, 4);
    Prop.check("furniture lines around an opening are marked and change no metadata",
        Gens.triple(OPENINGS, furniture, furniture), 300, t -> {
          Opening o = t.first();
          String text = String.join("\n", t.second()) + "\n" + o.text() + "\n" + String.join("\n", t.third());
          Document doc = Read.article(text, o.given());
          assertEquals(o.title(), doc.title, "title");
          assertEquals(o.author(), doc.author, "author");
          assertEquals(o.dateline(), doc.dateline, "dateline");
          assertEquals(o.source(), doc.source, "source");
          List<String> marked = Read.furniture(doc);
          for (String f : t.second()) {
            assertTrue(marked.contains(f.strip()), () -> "not marked: " + f + " in " + marked);
          }
          for (String f : t.third()) {
            assertTrue(marked.contains(f.strip()), () -> "not marked: " + f + " in " + marked);
          }
        });
  }

  private static final String[] PIECES = {"By ", "BY ", "(AA)", "(", ")", " - ", " — ", "--", "\n", "\n\n", "\r\n",
      "Published ", "Updated: ", "| Photo: ", "RELATED", "Read more: ", "Comments", "0", "•", "/TASS/.", "MOSCOW",
      "Lima", ", ", "September", "Sept.", " 25", "2019", "25th", ". ", ": ", "\uFFFD", "\u00A0", "e\u0301", "\uD800",
      "Elena ", "and ", "Advertisement", "»", ">", "3 of 12", "2019-09-25", "Mr.", "U.S."};

  private static final Gen<String> TEXTS = Gens.strings(
      Gens.frequency(Gens.weighted(3, Gens.elements(PIECES)), Gens.weighted(2, Gens.anyChar())), 0, 120);

  @Test
  void anyTextIsReadWithoutThrowing() {
    Prop.check("reading stages never throw and keep the sentence partition", TEXTS, 3000, text -> {
      Document doc = Read.article(text, text.length() % 2 == 0 ? LocalDate.of(2020, 2, 29) : null);
      int next = 0;
      for (Sentence s : doc.sentences) {
        assertEquals(next, s.firstToken());
        next = s.endToken();
      }
      assertEquals(doc.tokens.size(), next);
      for (String field : new String[] {doc.title, doc.author, doc.dateline, doc.source}) {
        assertTrue(field == null || !field.isBlank(), "a blank metadata field");
      }
      EdtfDate p = doc.statedPublished;
      assertTrue(p == null || p.precision() == EdtfDate.Precision.DAY);
    });
  }

  @Test
  void emptyAndHugeTexts() {
    Document empty = Read.article("");
    assertEquals(List.of(), empty.sentences);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 5 * 1024 * 1024) {
      sb.append("• Share\nNews > World\nBy Ana Lima\nLIMA (EFE) - Peru and Chile met. Mr. Diaz spoke.\n\n");
    }
    Document huge = Read.article(sb.toString());
    assertEquals("Lima", huge.dateline);
    assertEquals("Ana Lima", huge.author);
  }
}
