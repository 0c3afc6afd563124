package dev.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.io.testing.SeedArchives;
import dev.entente.io.testing.SeedArchives.Seed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An HTML page gives its article's text without the page's furniture, and its metadata. */
class HtmlPagesTest {

  @Test
  void everySeedComesBackFromItsPageWithoutMenusScriptsCommentsOrRelatedLinks() throws InputException {
    for (Seed seed : SeedArchives.seeds()) {
      String html = SeedArchives.page("Talks in Moscow", "2019-09-25", "Elena Teslova", "Anadolu", seed.text());
      Document d = HtmlPages.read(seed.id(), html.getBytes(StandardCharsets.UTF_8), null, null);
      assertEquals(SeedArchives.expectedText("Talks in Moscow", seed.text()), d.text(), seed.id());
      for (String furniture : new String[] {"Home", "cookies", "tracker", "Xi Jinping", "Share on", "oil deal", "trademarks", "serif"}) {
        assertTrue(seed.text().contains(furniture) || !d.text().contains(furniture), seed.id() + " keeps '" + furniture + "'");
      }
      assertEquals("Talks in Moscow", d.title());
      assertEquals(LocalDate.of(2019, 9, 25), d.published());
      assertEquals("Elena Teslova", d.author());
      assertEquals("Anadolu", d.source());
    }
  }

  @Test
  void metaTagsJsonLdAndTimeElementsGiveTheDateInThatOrder() throws InputException {
    String body = "<article><p>" + "Russia and Venezuela signed an agreement on energy cooperation. ".repeat(3) + "</p>"
        + "<time datetime=\"2018-03-04\">4 March</time></article>";
    assertEquals(LocalDate.of(2018, 3, 4), read("<html><body>" + body).published(), "the article's <time>");
    assertEquals(LocalDate.of(2017, 1, 2), read("<html><head><script type=\"application/ld+json\">"
        + "{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-01-02T10:00:00Z\","
        + "\"author\":\"Ann Lee\"}]}</script></head><body>" + body).published(), "JSON-LD in a @graph");
    Document meta = read("<html><head><meta name=\"pubdate\" content=\"2016-05-06\">"
        + "<meta property=\"article:published_time\" content=\"2015-07-08T23:59:00-05:00\"></head><body>" + body);
    assertEquals(LocalDate.of(2015, 7, 8), meta.published(), "article:published_time first, its own calendar date");
    assertNull(read("<html><body><article><p>" + "Russia and Venezuela signed an agreement. ".repeat(4) + "</p></article>").published());
  }

  @Test
  void theLargestArticleIsTheBodyAndTeasersAreLeftOut() throws InputException {
    String html = "<html><body><article><p>Teaser: Iran and Iraq talk.</p></article>"
        + "<article><p>" + "Turkey and Azerbaijan signed 11 agreements in Baku on Tuesday. ".repeat(3) + "</p></article>"
        + "<article><p>Another teaser.</p></article></body></html>";
    Document d = read(html);
    assertTrue(d.text().startsWith("Turkey and Azerbaijan"), d.text());
    assertTrue(!d.text().contains("Teaser"), d.text());
  }

  @Test
  void aPageWithoutParagraphMarkupGivesItsLines() throws InputException {
    Document d = read("<html><body>" + "Egypt and Sudan agreed to cooperate on the Nile waters.<br>".repeat(3) + "</body></html>");
    assertEquals(3, d.text().lines().count(), d.text());
  }

  @Test
  void aPageOfMenusAloneHasNoArticle() {
    InputException e = assertThrows(InputException.class, () -> read(SeedArchives.pageWithoutArticle()));
    assertTrue(e.getMessage().startsWith("no article text in the page"), e.getMessage());
  }

  @Test
  void theDeclaredCharsetDecodesThePage() throws InputException {
    String text = "Le président français a rencontré son homologue algérien à Alger le mardi 12 mars. ".repeat(2);
    byte[] latin1 = ("<html><body><article><p>" + text + "</p></article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(text.strip(), HtmlPages.read("fr", latin1, "ISO-8859-1", null).text());
  }

  private static Document read(String html) throws InputException {
    return HtmlPages.read("page", html.getBytes(StandardCharsets.UTF_8), null, null);
  }
}
