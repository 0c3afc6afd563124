package dev.entente.spark;

import dev.entente.io.ArchiveReader;
import dev.entente.io.Document;
import dev.entente.io.InputException;
import dev.entente.io.InputFile;
import dev.entente.io.InputFormat;
import dev.entente.io.InputItem;
import dev.entente.io.table.CsvTableWriter;
import dev.entente.io.table.FactTable;
import dev.entente.io.table.FactTables;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the command line's {@code extract --format csv} writes for the same inputs, computed the way
 * it does (entente-io's readers, one parser, the input's metadata over the text's, {@link
 * CsvTableWriter}) and read back from the CSV files.
 */
final class CliTables {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static List<ArticleExtraction> seedsAndDev;

  private CliTables() {}

  /** The extractions of {@link #seedsAndDev()}, made once for the test run. */
  static synchronized List<ArticleExtraction> seedsAndDevExtractions() throws IOException {
    if (seedsAndDev == null) {
      seedsAndDev = List.copyOf(extract(seedsAndDev(), InputFormat.TEXT));
    }
    return seedsAndDev;
  }

  /** The extractions of the files, read as the command line reads them; unreadable items are left out, as it reports and skips them. */
  static List<ArticleExtraction> extract(List<Path> files, InputFormat format) {
    List<InputFile> inputs = files.stream()
        .map(f -> InputFile.of(f, f.toString(), name(f), format)).toList();
    List<ArticleExtraction> out = new ArrayList<>();
    try (ArchiveReader items = ArchiveReader.builder().maxBytes(PARSER.maxLength()).build(inputs)) {
      while (items.hasNext()) {
        InputItem item = items.next();
        try {
          Document d = item.read();
          out.add(extract(d));
        } catch (InputException e) {
          // the command line reports it and goes on
        }
      }
    }
    return out;
  }

  static ArticleExtraction extract(Document d) {
    ArticleExtraction x = PARSER.parse(d.id(), d.text(), d.published());
    Article a = x.article();
    Article b = a.withTitle(d.title() == null ? a.title() : d.title())
        .withSource(d.source() == null ? a.source() : d.source())
        .withAuthor(d.author() == null ? a.author() : d.author());
    return ArticleExtraction.builder(b).countries(x.countries()).leaders(x.leaders()).agreements(x.agreements())
        .tradeFigures(x.tradeFigures()).armsContracts(x.armsContracts()).events(x.events()).build();
  }

  static ArticleExtraction extract(String id, String text, LocalDate published) {
    return extract(new Document(id, text, null, null, null, published, null, List.of()));
  }

  /** The CSV tables the extractions give, by table name, as sorted rows (null for an empty cell), empty tables left out. */
  static Map<String, List<List<String>>> csv(List<ArticleExtraction> extractions, Path dir) throws IOException {
    try (CsvTableWriter out = CsvTableWriter.open(dir)) {
      for (ArticleExtraction x : extractions) {
        out.write(x);
      }
    }
    Map<String, List<List<String>>> tables = new TreeMap<>();
    for (FactTable t : FactTables.all()) {
      List<List<String>> rows = new ArrayList<>();
      try (Reader in = Files.newBufferedReader(dir.resolve(CsvTableWriter.fileName(t)), StandardCharsets.UTF_8)) {
        boolean header = true;
        for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
          if (header) {
            header = false;
            continue;
          }
          List<String> row = new ArrayList<>();
          r.forEach(v -> row.add(v.isEmpty() ? null : v));
          rows.add(row);
        }
      }
      if (!rows.isEmpty()) {
        tables.put(t.name(), LocalSpark.sorted(rows));
      }
    }
    return tables;
  }

  /** The globs of {@link #seedsAndDev()}, for Spark. */
  static List<String> seedsAndDevGlobs() {
    return List.of(Path.of("..", "seeds").toAbsolutePath().normalize() + "/*.txt",
        Path.of("..", "corpus", "dev").toAbsolutePath().normalize() + "/*.txt");
  }

  /** The seed articles and the corpus's dev split, as text files. */
  static List<Path> seedsAndDev() throws IOException {
    return seedsAndDev(Path.of(".."));
  }

  /** The seed articles and the corpus's dev split of the checkout at {@code root}. */
  static List<Path> seedsAndDev(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(root.resolve("seeds"), root.resolve("corpus").resolve("dev"))) {
      try (var list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static String name(Path f) {
    String n = f.getFileName().toString();
    return n.substring(0, n.lastIndexOf('.'));
  }
}
