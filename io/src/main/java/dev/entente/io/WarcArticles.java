package dev.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl's news crawl writes them)
 * with jwarc: every response record whose HTTP status is 200 and whose content is HTML is one
 * article, its id the record's target URI, its text and metadata read by {@link HtmlPages}, its
 * publication date the page's own or else the record's date (UTC). Other records (requests,
 * metadata, redirects, images) are passed over. The HTML of a record is parsed when the item is
 * read, so the parsing runs on whichever thread reads it.
 */
public final class WarcArticles implements RecordReader {

  private final long maxBytes;

  /**
   * A reader refusing pages of more than {@code maxBytes} bytes (the item fails, the rest goes on).
   *
   * @param maxBytes the largest page read, in bytes
   */
  public WarcArticles(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public ItemStream open(InputFile file) throws InputException {
    InputStream in = file.open();
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      throw new InputException("not a WARC file: " + InputException.oneLine(e));
    }
    return new Records(file, reader, in);
  }

  private final class Records extends Advancing {
    private final InputFile file;
    private final WarcReader reader;
    private final InputStream in;
    private int records;

    Records(InputFile file, WarcReader reader, InputStream in) {
      this.file = file;
      this.reader = reader;
      this.in = in;
    }

    /** The next article, a failed item, or null for a record that is not an article. */
    @Override
    protected @Nullable InputItem advance() {
      long position = reader.position();
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        end();
        return InputItem.failed(file.name() + " (after " + records + " records, at byte " + position + ")", 0,
            "truncated or corrupt WARC: " + InputException.oneLine(e));
      }
      if (record.isEmpty()) {
        end();
        return null;
      }
      records++;
      if (!(record.get() instanceof WarcResponse response)) {
        return null;
      }
      String uri = response.target();
      try {
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
          return null;
        }
        byte[] body = readBody(http);
        String charset = http.contentType().parameters().get("charset");
        LocalDate recordDate = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return InputItem.of(uri, body.length, () -> {
          Document page = HtmlPages.read(uri, body, charset, uri);
          return page.published() != null ? page : page.withPublished(recordDate);
        });
      } catch (InputException e) {
        return InputItem.failed(uri, 0, e.getMessage());
      } catch (IOException | RuntimeException e) {
        // A record cut short is the end of what the file holds: one failure, not one more for the file.
        end();
        return InputItem.failed(uri, 0, "truncated or corrupt WARC record: " + InputException.oneLine(e));
      }
    }

    private byte[] readBody(HttpResponse http) throws IOException, InputException {
      try (InputStream body = http.bodyDecoded().stream()) {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = body.readNBytes(cap + 1);
        if (bytes.length > cap) {
          throw new InputException(InputException.overSizeLimit(cap, "bytes"));
        }
        return bytes;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        reader.close();
      } finally {
        in.close();
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // The open failure is the one to report.
    }
  }
}
