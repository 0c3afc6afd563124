package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.parse.internal.pipeline.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {

  private static List<String> furniture(String text) {
    return Read.furniture(Read.article(text));
  }

  @Test
  void shareBarsMenusAndBreadcrumbs() {
    String text = String.join("\n",
        "  • WhatsApp", "• Telegram", "• E-mail", "Print", "Home » World » Africa", "Politics",
        "Kenya and Uganda Agree on Rail Link",
        "NAIROBI (Xinhua) -- Kenya and Uganda agreed on Monday to extend the railway.");
    assertEquals(List.of("• WhatsApp", "• Telegram", "• E-mail", "Print", "Home » World » Africa", "Politics"),
        furniture(text));
  }

  @Test
  void linkLinesAndTheHeadlineUnderAMarker() {
    String text = String.join("\n",
        "Chile Signs Lithium Pact With Germany",
        "SANTIAGO (Reuters) - Chile signed a lithium pact with Germany on Friday.",
        "Read more: Bolivia eyes new gas deal with Argentina",
        "The pact covers mining and refining.",
        "Related",
        "",
        "Peru Courts Chinese Investors in Copper Push",
        "",
        "Officials said talks would go on.",
        "See also | Canada and Mexico renew trade talks");
    assertEquals(List.of("Read more: Bolivia eyes new gas deal with Argentina", "Related",
        "Peru Courts Chinese Investors in Copper Push", "See also | Canada and Mexico renew trade talks"),
        furniture(text));
  }

  @Test
  void commentWidgetsAndCounters() {
    String text = String.join("\n", "Ghana's president visited Togo on Tuesday.", "14 Comments",
        "Be the first to comment", "Leave a reply", "3", "Officials declined to comment.");
    assertEquals(List.of("14 Comments", "Be the first to comment", "Leave a reply", "3"), furniture(text));
  }

  @Test
  void captionsCreditsGalleriesAndRepeatedCaptions() {
    String text = String.join("\n",
        "Leaders of Japan and India shake hands in Tokyo",
        "Leaders of Japan and India shake hands in Tokyo | Photo: Kyodo",
        "Image credit: Ministry of External Affairs",
        "Photo by Maria Gonzalez",
        "The leaders meet in Tokyo, Japan, on March 3, 2021. REUTERS/Kim Kyung-Hoon",
        "Photo 3 of 12",
        "4 / 10",
        "TOKYO (Kyodo) -- Japan and India agreed to deepen defence ties.");
    assertEquals(List.of("Leaders of Japan and India shake hands in Tokyo",
        "Leaders of Japan and India shake hands in Tokyo | Photo: Kyodo", "Image credit: Ministry of External Affairs",
        "Photo by Maria Gonzalez", "The leaders meet in Tokyo, Japan, on March 3, 2021.", "REUTERS/Kim Kyung-Hoon",
        "Photo 3 of 12", "4 / 10"), furniture(text));
  }

  @Test
  void timestampsSignupsAndAds() {
    String text = String.join("\n",
        "Last updated: 4 March 2021, 14:05 GMT", "Posted on Sept. 3, 2021", "2 min read", "5 hours ago",
        "Sign up for our daily newsletter", "Follow us on Telegram for the latest news", "ADVERTISEMENT",
        "Story continues below advertisement", "Egypt and Sudan held talks on the Nile dam on Thursday.",
        "Officials said the two states would sign up to a new framework.");
    assertEquals(List.of("Last updated: 4 March 2021, 14:05 GMT", "Posted on Sept. 3, 2021", "2 min read", "5 hours ago",
        "Sign up for our daily newsletter", "Follow us on Telegram for the latest news", "ADVERTISEMENT",
        "Story continues below advertisement"), furniture(text));
  }

  @Test
  void creditAndCopyrightTrailers() {
    String text = String.join("\n", "Angola and Zambia agreed to build a pipeline.",
        "(Reporting by Ana Lima; Editing by Tom Hart)", "Source: Xinhua", "© 2021 Example Media", "Copyright 2020 Example.",
        "All rights reserved.", "Copyright laws were discussed by the ministers.", "Sources said talks would resume.");
    assertEquals(List.of("(Reporting by Ana Lima; Editing by Tom Hart)", "Source: Xinhua", "© 2021 Example Media",
        "Copyright 2020 Example.", "All rights reserved."), furniture(text));
  }

  @Test
  void headlinesAndReportAreNeverFurniture() {
    String text = String.join("\n",
        "Live Updates: Brazil and Argentina Talk Trade",
        "BRASILIA (AP) — Brazil and Argentina opened talks on a common currency, officials said.",
        "Related talks will be held in Montevideo next month.",
        "The ministers did not comment on the date.",
        "Date of the next round was not set.");
    Document doc = Read.article(text);
    assertEquals("Live Updates: Brazil and Argentina Talk Trade", doc.title);
    assertEquals(List.of(), Read.furniture(doc));
  }

  @Test
  void aHeadlineUnderTopOfPageMarkersIsKept() {
    String text = String.join("\n", "Trending", "Russia to Subscribe to Arms Treaty, Says Envoy",
        "GENEVA (AFP) - Russia will join the treaty, its envoy said on Monday in Geneva.");
    Document doc = Read.article(text);
    assertEquals("Russia to Subscribe to Arms Treaty, Says Envoy", doc.title);
    assertEquals(List.of("Trending"), Read.furniture(doc));
  }

  @Test
  void longParagraphsAreReport() {
    String words = "share print email facebook twitter ".repeat(20).trim();
    assertTrue(furniture(words).isEmpty());
  }
}
