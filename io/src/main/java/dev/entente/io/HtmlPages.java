package dev.entente.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page as an article with jsoup: the text of the article's body (its headings,
 * paragraphs, list items and quotes, one per line) without the page's navigation, scripts, styles,
 * forms, comments, asides, footers and related-links or sharing blocks; and what the page says of
 * the article in its metadata: the title ({@code og:title}, JSON-LD {@code headline},
 * {@code <title>}), the publication date ({@code article:published_time} and the other usual meta
 * tags, JSON-LD {@code datePublished}, a {@code <time>} of the article), the author and the site.
 * The body is the page's {@code articleBody}, else its largest {@code <article>}, else
 * {@code <main>}, else the whole body.
 *
 * <pre>{@code Document d = HtmlPages.read("x", bytes, null, "https://example.org/x");}</pre>
 */
public final class HtmlPages {

  private HtmlPages() {}

  /** The fewest chars of text an article's body may hold; less is a page without an article. */
  static final int MIN_ARTICLE_CHARS = 80;

  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select,"
          + " input, textarea, nav, aside, footer, figcaption, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=search]";

  private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
      "(?i)(?:^|[-_\\s])(?:related|share|sharing|social|comments?|newsletter|promo|advert|ads?|banner"
          + "|breadcrumbs?|menu|navbar|nav|sidebar|footer|subscribe|subscription|cookies?|popup|modal"
          + "|recommended|recirc|more-stories|read-more|tags|outbrain|taboola)(?:$|[-_\\s])");

  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * Reads a page's bytes; {@code charset} is the one the server declared (null: the page's own
   * {@code <meta charset>}, else UTF-8).
   *
   * @param id the article's id
   * @param bytes the page as served
   * @param charset the declared charset, or null
   * @param url where the page was fetched from, or null
   * @return the article's text without the page's boilerplate, with what the page says of it
   * @throws InputException when the page holds no article text
   */
  public static Document read(String id, byte[] bytes, @Nullable String charset, @Nullable String url)
      throws InputException {
    org.jsoup.nodes.Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url == null ? "" : url);
    } catch (IOException | RuntimeException e) {
      throw new InputException("not a readable HTML page: " + InputException.oneLine(e));
    }
    return read(id, page, url);
  }

  /** Reads a page already parsed by jsoup. */
  private static Document read(String id, org.jsoup.nodes.Document page, @Nullable String url) throws InputException {
    JsonLd.Facts ld = jsonLd(page);
    String title = first(meta(page, "og:title"), ld == null ? null : ld.headline(), meta(page, "twitter:title"), page.title());
    String author = first(ld == null ? null : ld.author(), meta(page, "author"), meta(page, "article:author"),
        meta(page, "byl"), meta(page, "parsely-author"), meta(page, "dc.creator"));
    String site = first(meta(page, "og:site_name"), ld == null ? null : ld.publisher(), meta(page, "application-name"));
    LocalDate published = date(first(meta(page, "article:published_time"), ld == null ? null : ld.datePublished(),
        meta(page, "datePublished"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "publish-date"),
        meta(page, "parsely-pub-date"), meta(page, "sailthru.date"), meta(page, "dc.date.issued"),
        meta(page, "dc.date"), meta(page, "date"), meta(page, "og:published_time")));
    Element body = articleBody(page);
    if (published == null) {
      Element time = body.selectFirst("time[datetime]");
      published = time == null ? null : date(time.attr("datetime"));
    }
    String text = text(body);
    if (text.length() < MIN_ARTICLE_CHARS) {
      throw new InputException("no article text in the page (" + text.length()
          + " chars outside navigation and boilerplate)");
    }
    String pageUrl = first(url, meta(page, "og:url"), canonical(page));
    return new Document(id, text, title, site, author, published, pageUrl, List.of());
  }

  /** The element holding the article: articleBody, the largest article, main, or the body. */
  private static Element articleBody(org.jsoup.nodes.Document page) {
    page.select(BOILERPLATE_TAGS).remove();
    Element root = page.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      root = largest(page.select("article"));
    }
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
    }
    // Navigation-like blocks go below the root only: a body classed "content-nav" keeps its text.
    List<Element> boilerplate = new ArrayList<>();
    for (Element e : root.select("[class], [id]")) {
      if (e != root && (BOILERPLATE_NAMES.matcher(e.className()).find() || BOILERPLATE_NAMES.matcher(e.id()).find())) {
        boilerplate.add(e);
      }
    }
    boilerplate.forEach(Element::remove);
    root.select("header").forEach(h -> {
      if (h.select("h1, h2").isEmpty()) {
        h.remove();
      }
    });
    return root;
  }

  private static @Nullable Element largest(Elements articles) {
    Element best = null;
    int bestLength = 0;
    for (Element a : articles) {
      int length = a.select("p").text().length();
      if (best == null || length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    return best;
  }

  /** The blocks of {@code root}, one per line; a block inside another is the outer one's. */
  private static String text(Element root) {
    Set<Element> taken = new HashSet<>();
    StringBuilder out = new StringBuilder();
    for (Element block : root.select(BLOCKS)) {
      if (insideTaken(block, taken, root)) {
        continue;
      }
      taken.add(block);
      String line = block.text().strip();
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    if (out.length() == 0) {
      // A page without paragraph markup: its lines as the browser would break them.
      for (String line : root.wholeText().split("\\R")) {
        String l = line.strip().replaceAll("\\s+", " ");
        if (!l.isEmpty()) {
          out.append(l).append('\n');
        }
      }
    }
    return out.toString().strip();
  }

  private static boolean insideTaken(Element block, Set<Element> taken, Element root) {
    for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
      if (taken.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static JsonLd.@Nullable Facts jsonLd(org.jsoup.nodes.Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonLd.Facts facts = JsonLd.read(script.data());
      if (facts != null) {
        return facts;
      }
    }
    return null;
  }

  /** A meta tag's content by property, name or itemprop, case aside. */
  private static @Nullable String meta(org.jsoup.nodes.Document page, String key) {
    for (Element m : page.select("meta[content]")) {
      if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)
          || m.attr("itemprop").equalsIgnoreCase(key)) {
        String content = m.attr("content").strip();
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static @Nullable String canonical(org.jsoup.nodes.Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    return link == null ? null : link.absUrl("href");
  }

  /** The calendar date a timestamp starts with ({@code 2019-09-25T10:00:00+03:00} is 2019-09-25). */
  static @Nullable LocalDate date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(value.strip());
    if (!m.lookingAt()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
