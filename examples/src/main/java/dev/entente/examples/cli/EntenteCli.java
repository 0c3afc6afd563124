package dev.entente.examples.cli;

import dev.entente.examples.cli.ArticleInput.Decoded;
import dev.entente.examples.cli.ArticleInput.InputException;
import dev.entente.examples.cli.Options.UsageException;
import dev.entente.json.EntenteJson;
import dev.entente.merge.ExtractionMerger;
import dev.entente.merge.Picture;
import dev.entente.model.Country;
import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code entente} command line. {@code extract [--published YYYY-MM-DD] [--lenient] FILE...}
 * prints one JSON object per file, one per line (JSON Lines), in the order given; {@code merge}
 * with the same arguments prints one merged picture of all the files (see
 * {@link dev.entente.merge.ExtractionMerger}); {@code dossier [--pair A,B] [--format json|md|html]}
 * prints that picture for people, with conflicts and evidence sentences, as JSON, Markdown or one
 * self-contained HTML page.
 *
 * <p>A file that cannot be read or extracted gets one line on standard error and the others are
 * still processed. The exit status is 0 when every file succeeded, 1 when some failed, 2 for a
 * usage error. Each line is built whole before it is written, so output never holds half a line.
 *
 * <pre>{@code java -jar entente.jar extract --published 2019-09-25 article.txt}</pre>
 */
public final class EntenteCli {

  /** Every file was extracted. */
  public static final int OK = 0;
  /** Some file could not be read or extracted; the others were printed. */
  public static final int FILE_FAILED = 1;
  /** The arguments were wrong; nothing was read. */
  public static final int USAGE = 2;

  static final String USAGE_TEXT = """
      Usage: java -jar entente.jar extract [--published YYYY-MM-DD] [--lenient] FILE...
             java -jar entente.jar merge [--published YYYY-MM-DD] [--lenient] FILE...
             java -jar entente.jar dossier [--pair A,B] [--format json|md|html] [--published YYYY-MM-DD] [--lenient] FILE...

      extract reads news articles about relations between states and prints what each
      reports (countries, leaders, agreements, trade figures, arms contracts, diplomatic
      events) as one JSON object per line (JSON Lines), in the order the files are given.
      merge reads them all and prints one JSON object: each fact once, with the articles
      that report it ("sources"), so one meeting told by four outlets is one event.
      dossier prints the merged picture for people: the conflicts where reports disagree,
      each source with its evidence sentence, as JSON, Markdown (a timeline, then tables)
      or one self-contained HTML page (a zoomable timeline, sortable tables).

        FILE                    an article as UTF-8 text; its id is the file name without
                                its extension; - reads standard input (id "stdin")
        --published YYYY-MM-DD  the publication date, when known; relative dates ("on
                                Wednesday") resolve against it; without it the date the
                                article states, if any, is used
        --lenient               decode invalid UTF-8 as U+FFFD instead of skipping the file
        --pair A,B              dossier: only the facts between two states (ISO 3166
                                alpha-3 codes, e.g. RUS,VEN)
        --format json|md|html   dossier: the output format (json by default)
        -h, --help              print this help

      Exit status: 0 if every file was extracted, 1 if some file failed (each failure is
      one line on standard error; the other files are still printed), 2 for a usage error.
      """;

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private @Nullable ArticleParser parser;

  /** A command line that reads {@code -} from {@code stdin} and writes to the given streams. */
  public EntenteCli(InputStream stdin, OutputStream stdout, PrintStream stderr) {
    this(stdin, stdout, stderr, null);
  }

  /** As above, with a given parser (null: the default one, built on first use). */
  EntenteCli(InputStream stdin, OutputStream stdout, PrintStream stderr, @Nullable ArticleParser parser) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.parser = parser;
  }

  public static void main(String[] args) {
    // Unbuffered file streams, not System.out: a failed write surfaces as an IOException.
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new EntenteCli(System.in, out, err).run(args));
  }

  /** Runs the program on {@code args} and answers its exit status; never calls {@code System.exit}. */
  public int run(String... args) {
    Options options;
    try {
      options = Options.parse(Arrays.asList(args));
    } catch (UsageException e) {
      stderr.println("entente: " + e.getMessage());
      stderr.println("Try 'java -jar entente.jar --help'.");
      return USAGE;
    }
    if (options.help()) {
      return write(USAGE_TEXT) ? OK : FILE_FAILED;
    }
    if (options.merge() || options.dossier()) {
      return merge(options);
    }
    return extract(options);
  }

  /**
   * Extracts every file and prints one merged picture, or its dossier in the format asked for;
   * unreadable files are reported and left out.
   */
  private int merge(Options options) {
    int status = OK;
    List<ArticleExtraction> extractions = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (String name : options.files()) {
      try {
        extractions.add(extractOne(name, options, texts));
      } catch (InputException e) {
        stderr.println("entente: " + display(name) + ": " + e.getMessage());
        status = FILE_FAILED;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        stderr.println("entente: " + display(name) + ": extraction failed: " + ArticleInput.oneLine(e));
        status = FILE_FAILED;
      }
    }
    Picture picture = ExtractionMerger.merge(extractions);
    if (!options.dossier()) {
      return write(EntenteJson.write(picture) + "\n") ? status : FILE_FAILED;
    }
    List<Country> pair = options.pair();
    if (!pair.isEmpty()) {
      picture = picture.forPair(pair.get(0), pair.get(1));
    }
    String json = DossierJson.write(picture, texts, pair);
    String out = switch (options.format()) {
      case "md" -> DossierMarkdown.render(json);
      case "html" -> DossierHtml.render(json);
      default -> json + "\n";
    };
    return write(out) ? status : FILE_FAILED;
  }

  private int extract(Options options) {
    int status = OK;
    for (String name : options.files()) {
      String line;
      try {
        line = EntenteJson.write(extractOne(name, options, null));
      } catch (InputException e) {
        stderr.println("entente: " + display(name) + ": " + e.getMessage());
        status = FILE_FAILED;
        continue;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One article's failure must not stop the others; its memory is released as the frame unwinds.
        stderr.println("entente: " + display(name) + ": extraction failed: " + ArticleInput.oneLine(e));
        status = FILE_FAILED;
        continue;
      }
      if (!write(line + "\n")) {
        return FILE_FAILED;
      }
    }
    return status;
  }

  /** The extraction of one input, read whole in memory; its text is kept in {@code texts} when given. */
  private ArticleExtraction extractOne(String name, Options options, @Nullable Map<String, String> texts) throws InputException {
    ArticleParser parser = parser();
    // A UTF-16 char takes at least one UTF-8 byte and at most three (a surrogate pair takes four).
    long maxBytes = 3L * parser.maxLength();
    byte[] bytes = name.equals("-") ? readStdin(maxBytes) : ArticleInput.readFile(name, maxBytes);
    Decoded decoded = ArticleInput.decode(bytes, options.lenient());
    if (decoded.firstBadByte() >= 0) {
      stderr.println("entente: " + display(name) + ": invalid UTF-8 from byte offset "
          + decoded.firstBadByte() + " replaced with U+FFFD (--lenient)");
    }
    String id = ArticleInput.id(name);
    if (texts != null) {
      texts.put(id, decoded.text());
    }
    return parser.parse(id, decoded.text(), options.published());
  }

  private byte[] readStdin(long maxBytes) throws InputException {
    try {
      return ArticleInput.read(stdin, maxBytes);
    } catch (IOException e) {
      throw new InputException("cannot read: " + ArticleInput.oneLine(e));
    }
  }

  // Built on first use, so --help and usage errors do not load the lexicons.
  private ArticleParser parser() {
    if (parser == null) {
      parser = ArticleParser.create();
    }
    return parser;
  }

  /** Writes and flushes {@code text} in one call; false (and a message) when standard output fails. */
  private boolean write(String text) {
    try {
      stdout.write(text.getBytes(StandardCharsets.UTF_8));
      stdout.flush();
      return true;
    } catch (IOException e) {
      stderr.println("entente: cannot write standard output: " + ArticleInput.oneLine(e));
      return false;
    }
  }

  private static String display(String name) {
    return name.equals("-") ? "standard input" : name;
  }
}
