package dev.entente.examples.cli;

import dev.entente.examples.cli.Options.UsageException;
import dev.entente.examples.cli.ParallelExtraction.Outcome;
import dev.entente.io.Document;
import dev.entente.io.InputException;
import dev.entente.io.InputItem;
import dev.entente.io.PublicationDates;
import dev.entente.io.UniqueIds;
import dev.entente.io.table.CsvTableWriter;
import dev.entente.json.EntenteJson;
import dev.entente.merge.ExtractionMerger;
import dev.entente.merge.Picture;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.Limits;
import dev.entente.parse.ArticleParser;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code entente} command line. {@code extract [options] INPUT...} prints one JSON object per
 * article, one per line (JSON Lines), in the order of the inputs, or writes one CSV file per fact
 * table ({@code --format csv --output DIR}); {@code merge} with the same inputs prints one merged
 * picture of all the articles (see {@link dev.entente.merge.ExtractionMerger}); {@code dossier
 * [--pair A,B] [--format json|md|html]} prints that picture for people, with conflicts and evidence
 * sentences, as JSON, Markdown or one self-contained HTML page. Inputs are files,
 * directories, {@code @LIST} files, HTML pages, JSON Lines and WARC archives; articles are
 * extracted on all cores ({@code --threads N}) and come out in input order.
 *
 * <p>An item that cannot be read or extracted gets one line on standard error and the others are
 * still processed. The exit status is 0 when every item succeeded, 1 when some failed, 2 for a
 * usage error. Each line is built whole before it is written, so output never holds half a line.
 *
 * <pre>{@code java -jar entente.jar extract --published 2019-09-25 article.txt}</pre>
 */
public final class EntenteCli {

  /** Every item was extracted. */
  public static final int OK = 0;
  /** Some item could not be read or extracted; the others were printed. */
  public static final int FILE_FAILED = 1;
  /** The arguments were wrong; nothing was read. */
  public static final int USAGE = 2;

  static final String USAGE_TEXT = """
      Usage: java -jar entente.jar extract [options] INPUT...
             java -jar entente.jar merge [options] INPUT...
             java -jar entente.jar dossier [--pair A,B] [--format json|md|html] [options] INPUT...

      extract reads news articles about relations between states and prints what each
      reports (countries, leaders, agreements, trade figures, arms contracts, diplomatic
      events) as one JSON object per line (JSON Lines), in the order of the inputs, or
      writes one CSV file per fact table. merge reads them all and prints one JSON object:
      each fact once, with the articles that report it ("sources"), so one meeting told
      by four outlets is one event. dossier prints that picture for people: conflicts
      where reports disagree, each source with its evidence sentence, as JSON, Markdown (a
      timeline, then tables) or one self-contained HTML page (a zoomable timeline,
      sortable and filterable tables).

      Inputs:
      """ + InputOptions.HELP + """

      Output and running:
        --format jsonl|csv      JSON Lines (the default), or CSV: articles.csv,
                                countries.csv, leaders.csv, agreements.csv,
                                trade_figures.csv, arms_contracts.csv, events.csv
        --format json|md|html   dossier: its JSON (the default), Markdown or HTML page
        --pair A,B              dossier: only the facts between two states (ISO 3166
                                alpha-3 codes, e.g. RUS,VEN)
        --output PATH, -o PATH  the JSON Lines file, or the folder of the CSV files
                                (needed for csv); standard output by default
        --emit-text             write each article's text (the text evidence spans point
                                into: an HTML page's article text) as "text" in its JSON
                                line, or as texts.csv beside the CSV tables
        --threads N             worker threads (default: all cores)
        --quiet, -q             no progress and no summary on standard error
        -h, --help              print this help
        --version               print the version

      """ + ArticleSource.SIZE_HELP + """

      Exit status: 0 if every article was extracted, 1 if some input failed (each failure
      is one line on standard error; the others are still written), 2 for a usage error.
      """;

  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;
  private @Nullable ArticleParser parser;
  private Progress.Mode progress = Progress.Mode.QUIET;
  private Duration progressEvery = Duration.ofSeconds(10);

  /** A command line that reads {@code -} from {@code stdin} and writes to the given streams, showing no progress. */
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

  /** Shows progress as {@code mode} says, every {@code every}, and a summary at the end (unless {@code --quiet}). */
  EntenteCli progress(Progress.Mode mode, Duration every) {
    this.progress = mode;
    this.progressEvery = every;
    return this;
  }

  public static void main(String[] args) {
    // Unbuffered file streams, not System.out: a failed write surfaces as an IOException.
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean terminal = stderrIsTerminal();
    System.exit(new EntenteCli(System.in, out, err)
        .progress(terminal ? Progress.Mode.REDRAW : Progress.Mode.LINES,
            terminal ? Duration.ofMillis(250) : Duration.ofSeconds(10))
        .run(args));
  }

  /** Runs the program on {@code args} and answers its exit status; never calls {@code System.exit}. */
  public int run(String... args) {
    if (args.length == 1 && args[0].equals("--version")) {
      return write(stdout, "standard output", ("entente " + version() + "\n").getBytes(StandardCharsets.UTF_8)) ? OK : FILE_FAILED;
    }
    Options options;
    try {
      options = Options.parse(Arrays.asList(args));
    } catch (UsageException e) {
      stderr.println("entente: " + e.getMessage());
      stderr.println("Try 'java -jar entente.jar --help'.");
      return USAGE;
    }
    if (options.help()) {
      return write(stdout, "standard output", USAGE_TEXT.getBytes(StandardCharsets.UTF_8)) ? OK : FILE_FAILED;
    }
    ArticleParser parser = parser();
    ArticleSource source;
    try {
      source = ArticleSource.open(options.input(), stdin, parser.maxLength());
    } catch (InputException e) {
      stderr.println("entente: " + InputException.escaped(String.valueOf(e.getMessage())));
      return USAGE;
    }
    Progress shown = new Progress(stderr, options.quiet() ? Progress.Mode.QUIET : progress,
        progressEvery, System::nanoTime, source.knownCount());
    shown.start();
    try (source) {
      if (options.merge() || options.dossier()) {
        return merge(options, source, shown);
      }
      return options.format() == Options.Format.CSV ? extractCsv(options, source, shown) : extractJsonl(options, source, shown);
    } finally {
      shown.finish();
    }
  }
  /** The version of this program, written into its jar by the build. */
  static String version() {
    try (InputStream in = EntenteCli.class.getResourceAsStream("version.txt")) {
      return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }


  /**
   * Extracts every article and prints one merged picture, or its dossier in the format asked for;
   * unreadable items are reported and left out.
   */
  private int merge(Options options, ArticleSource source, Progress shown) {
    List<ArticleExtraction> extractions = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    Run run = new Run(shown);
    // the dossier quotes each source's sentence, so it keeps the texts; merge needs none
    ParallelExtraction.run(source, options.threads(), work(source.dates(), x -> options.dossier() ? x.document().text() : ""), outcome -> {
      if (run.accepted(outcome)) {
        extractions.add(outcome.extraction());
        if (options.dossier()) {
          texts.put(outcome.extraction().article().id(), outcome.rendered());
        }
      }
      return true;
    });
    Picture picture = ExtractionMerger.merge(extractions);
    String text;
    if (options.dossier()) {
      List<Country> pair = options.pair();
      if (!pair.isEmpty()) {
        picture = picture.forPair(pair.get(0), pair.get(1));
      }
      String json = DossierJson.write(picture, texts, pair);
      text = switch (options.format()) {
        case MD -> DossierMarkdown.render(json);
        case HTML -> DossierHtml.render(json);
        default -> json + "\n";
      };
    } else {
      text = EntenteJson.write(picture) + "\n";
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return output(options, out -> write(out, outputName(options), bytes)) && run.status == OK ? OK : FILE_FAILED;
  }

  private int extractJsonl(Options options, ArticleSource source, Progress shown) {
    Run run = new Run(shown);
    Function<Extracted, byte[]> render = options.emitText()
        ? EntenteCli::withText
        : x -> (EntenteJson.write(x.extraction()) + "\n").getBytes(StandardCharsets.UTF_8);
    boolean written = output(options, out -> {
      boolean[] ok = {true};
      ParallelExtraction.run(source, options.threads(), work(source.dates(), render), outcome -> {
        if (run.accepted(outcome)) {
          ok[0] = write(out, outputName(options), outcome.rendered());
        }
        return ok[0];
      });
      return ok[0];
    });
    return written ? run.status : FILE_FAILED;
  }

  private int extractCsv(Options options, ArticleSource source, Progress shown) {
    Run run = new Run(shown);
    Path dir = options.output();
    try (CsvTableWriter tables = CsvTableWriter.open(dir, options.emitText())) {
      boolean[] ok = {true};
      ParallelExtraction.run(source, options.threads(), work(source.dates(), x -> Boolean.TRUE), outcome -> {
        if (run.accepted(outcome)) {
          try {
            tables.write(outcome.extraction(), outcome.document().text());
          } catch (IOException e) {
            shown.error("entente: cannot write " + dir + ": " + InputException.oneLine(e));
            ok[0] = false;
          }
        }
        return ok[0];
      });
      return ok[0] ? run.status : FILE_FAILED;
    } catch (IOException e) {
      shown.error("entente: cannot write " + dir + ": " + InputException.oneLine(e));
      return FILE_FAILED;
    }
  }

  /** One article's extraction with the document it was read from, for rendering. */
  private record Extracted(Document document, ArticleExtraction extraction) {}

  /** The work of a worker thread: read the item, date it, extract it, render it. */
  private <R> Function<InputItem, Outcome<R>> work(PublicationDates dates, Function<Extracted, R> render) {
    ArticleParser parser = parser();
    return item -> {
      Document document = null;
      try {
        document = item.read();
        if (document.text().length() > parser.maxLength()) {
          return Outcome.failed(item, document, InputException.overSizeLimit(parser.maxLength(), "chars"));
        }
        LocalDate published = dates.of(document);
        ArticleExtraction x = withInputMetadata(parser.parse(document.id(), document.text(), published), document);
        return Outcome.done(item, document, x, render.apply(new Extracted(document, x)));
      } catch (InputException e) {
        return Outcome.failed(item, document, e.getMessage());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One article's failure must not stop the others; its memory is released as the frame unwinds.
        return Outcome.failed(item, document, "extraction failed: " + InputException.oneLine(e));
      }
    };
  }

  /** What the input says of the article (a page's title, a feed's source) wins over what the text suggests. */
  private static ArticleExtraction withInputMetadata(ArticleExtraction x, Document d) {
    Article a = x.article();
    Article b = a.withTitle(d.title() != null ? d.title() : a.title())
        .withSource(d.source() != null ? d.source() : a.source())
        .withAuthor(d.author() != null ? d.author() : a.author());
    // a page's title over the bounds is no title: bounded as the parser's own values are
    return b.equals(a) ? x : Limits.bounded(ArticleExtraction.builder(b).countries(x.countries()).leaders(x.leaders())
        .agreements(x.agreements()).tradeFigures(x.tradeFigures()).armsContracts(x.armsContracts())
        .events(x.events()).omittedEvidence(x.omittedEvidence()).build());
  }

  /** The extraction's JSON line with the article's text as a last field, {@code "text"}. */
  private static byte[] withText(Extracted x) {
    String json = EntenteJson.write(x.extraction());
    String text = EntenteJson.mapper().writeValueAsString(x.document().text());
    return (json.substring(0, json.length() - 1) + ",\"text\":" + text + "}\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The outcomes of one run as they are handed on: failures told, ids kept unique, the status. */
  private static final class Run {
    private final Progress shown;
    private final UniqueIds ids = new UniqueIds();
    int status = OK;

    Run(Progress shown) {
      this.shown = shown;
    }

    /** Whether the outcome is an article to write; a failure or a repeated id is told and counted. */
    boolean accepted(Outcome<?> outcome) {
      Outcome<?> o = outcome;
      Document d = o.document();
      if (o.ok() && d != null) {
        try {
          ids.claim(d.id(), o.item().origin());
        } catch (InputException e) {
          o = Outcome.failed(o.item(), d, e.getMessage());
        }
      }
      shown.record(o);
      if (!o.ok()) {
        shown.error("entente: " + InputException.escaped(where(o) + ": " + o.error()));
        status = FILE_FAILED;
        return false;
      }
      for (String warning : d.warnings()) {
        shown.error("entente: " + InputException.escaped(where(o) + ": " + warning));
      }
      return true;
    }

    private static String where(Outcome<?> o) {
      String origin = o.item().origin();
      Document d = o.document();
      return d == null || origin.contains(d.id()) ? origin : origin + " (id " + d.id() + ")";
    }
  }

  /** An action on the output stream. */
  @FunctionalInterface
  private interface Output {
    boolean write(OutputStream out);
  }

  /** Runs {@code action} on standard output, or on the {@code --output} file; false when writing failed. */
  private boolean output(Options options, Output action) {
    Path file = options.output();
    if (file == null) {
      return action.write(stdout);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      return action.write(out);
    } catch (IOException e) {
      stderr.println("entente: cannot write " + file + ": " + InputException.oneLine(e));
      return false;
    }
  }

  private static String outputName(Options options) {
    return options.output() == null ? "standard output" : options.output().toString();
  }

  // Built on first use, so --help and usage errors do not load the lexicons.
  private ArticleParser parser() {
    if (parser == null) {
      parser = ArticleParser.create();
    }
    return parser;
  }

  /** Writes and flushes {@code bytes} in one call; false (and a message) when the output fails. */
  private boolean write(OutputStream out, String name, byte[] bytes) {
    try {
      out.write(bytes);
      if (out == stdout) {
        out.flush();
      }
      return true;
    } catch (IOException e) {
      stderr.println("entente: cannot write " + name + ": " + InputException.oneLine(e));
      return false;
    }
  }

  /** Whether standard error is a terminal, where a progress line can redraw in place. */
  private static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
