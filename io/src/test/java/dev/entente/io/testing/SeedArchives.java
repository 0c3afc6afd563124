package dev.entente.io.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Inputs the tests build from the seed articles: HTML pages that wrap a seed's text in a news
 * site's furniture (navigation, scripts, comments, a related-links block, a footer, meta tags and
 * JSON-LD), and WARC archives of such pages among records that are not articles.
 */
public final class SeedArchives {

  private SeedArchives() {}

  /** A seed article: its id (file name without extension) and its text. */
  public record Seed(String id, String text) {}

  /** The seed articles, in id order. */
  public static List<Seed> seeds() {
    Path dir = Path.of("..", "seeds");
    try (Stream<Path> files = Files.list(dir)) {
      List<Seed> seeds = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        seeds.add(new Seed(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8)));
      }
      return seeds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text an HTML page of {@code text} yields: its non-blank lines, white space and no-break
   * spaces collapsed and trimmed, zero-width spaces and soft hyphens gone, as a browser shows them.
   */
  public static String pageText(String text) {
    return text.lines().map(l -> l.replaceAll("^[\\s\u00A0]+|[\\s\u00A0]+$", "").replaceAll("[ \t\f\r\u00A0]+", " ")
        .replaceAll("[\u200B\u00AD]", ""))
        .filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /**
   * A news page for {@code text}: each line a paragraph of an {@code <article>}, among a menu, a
   * script, a comment, a related-links block and a footer; {@code published} (nullable) in
   * {@code article:published_time}, the author and site in JSON-LD.
   */
  public static String page(String title, String published, String author, String site, String text) {
    StringBuilder paragraphs = new StringBuilder();
    for (String line : text.lines().toList()) {
      if (!line.isBlank()) {
        paragraphs.append("    <p>").append(escape(line)).append("</p>\n");
      }
    }
    String publishedMeta = published == null ? ""
        : "  <meta property=\"article:published_time\" content=\"" + published + "T08:30:00+03:00\">\n";
    return "<!DOCTYPE html>\n<html lang=\"en\"><head>\n"
        + "  <meta charset=\"utf-8\">\n"
        + "  <title>" + escape(title) + " | " + escape(site) + "</title>\n"
        + "  <meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
        + publishedMeta
        + "  <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"" + title.replace("\"", "\\\"") + "\",\"author\":[{\"@type\":\"Person\",\"name\":\""
        + author + "\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + site + "\"}}</script>\n"
        + "  <style>body { font-family: serif; }</style>\n"
        + "</head><body>\n"
        + "  <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news from Moscow and Caracas</a></li></ul></nav>\n"
        + "  <div class=\"cookie-banner\">We use cookies to improve your experience with Russia and China.</div>\n"
        + "  <!-- Putin met Xi Jinping in Beijing: a comment, never text -->\n"
        + "  <script>var tracker = 'Venezuela signed 12 agreements with Turkey';</script>\n"
        + "  <article>\n    <header><h1>" + escape(title) + "</h1></header>\n"
        + paragraphs
        + "    <div class=\"share-buttons\"><a href=\"#\">Share on social media</a></div>\n"
        + "    <aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/x\">Iran and India sign a $2 billion oil deal</a></li></ul></aside>\n"
        + "  </article>\n"
        + "  <footer><p>Copyright 2019 " + escape(site) + ". Germany, France and Italy are trademarks of nobody.</p></footer>\n"
        + "</body></html>\n";
  }

  /** What the page of a seed yields as text: the headline, then the seed's lines. */
  public static String expectedText(String title, String text) {
    return title + "\n" + pageText(text);
  }

  /** A page of only menus and a footer: no article. */
  public static String pageWithoutArticle() {
    return "<html><head><title>Index</title></head><body><nav><a href=\"/a\">World</a> <a href=\"/b\">Politics</a></nav>"
        + "<div class=\"sidebar\">Most read</div><footer>Copyright</footer></body></html>";
  }

  /** A page for each seed at {@code https://news.example/<id>}, dated {@code date} by the record. */
  public static URI uri(Seed seed) {
    return URI.create("https://news.example/" + seed.id());
  }

  /**
   * Writes a WARC of the seeds' pages (the page of {@code seeds.get(i)} dated by its meta tag when
   * {@code pageDates[i]} is not null), each response preceded by its request, plus a 404 page and
   * an image that are not articles.
   */
  public static void writeWarc(Path file, List<Seed> seeds, String[] pageDates, Instant recordDate) throws IOException {
    WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      for (int i = 0; i < seeds.size(); i++) {
        Seed seed = seeds.get(i);
        URI uri = uri(seed);
        writer.write(new WarcRequest.Builder(uri).date(recordDate)
            .body(new HttpRequest.Builder("GET", uri.getPath()).addHeader("Host", uri.getHost()).build()).build());
        byte[] html = page("Seed " + seed.id(), pageDates[i], "A. Writer", "Example News", seed.text())
            .getBytes(StandardCharsets.UTF_8);
        writer.write(new WarcResponse.Builder(uri).date(recordDate)
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
        if (i == 0) {
          writer.write(new WarcResponse.Builder(URI.create("https://news.example/missing")).date(recordDate)
              .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML, "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
          writer.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(recordDate)
              .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build()).build());
        }
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
