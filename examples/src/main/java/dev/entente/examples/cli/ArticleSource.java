package dev.entente.examples.cli;

import dev.entente.io.ArchiveReader;
import dev.entente.io.InputException;
import dev.entente.io.InputFile;
import dev.entente.io.InputFiles;
import dev.entente.io.InputFormat;
import dev.entente.io.InputItem;
import dev.entente.io.PublicationDates;
import dev.entente.io.TextDecoder;
import dev.entente.parse.ArticleParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The articles a command reads, as {@link InputOptions} name them: the items of every file in
 * order (one file open at a time) and the publication date of each. Shared by {@code extract},
 * {@code merge} and any other command that reads articles.
 */
final class ArticleSource implements Iterator<InputItem>, Closeable {

  /** The most bytes a file or a page may take for a text of {@code maxChars}: UTF-8 takes at most three a char. */
  static long maxBytes(int maxChars) {
    return 3L * maxChars;
  }

  /** The most bytes a JSON line may take: a JSON string may escape each char as six bytes. */
  static long maxLineBytes(int maxChars) {
    return 6L * maxChars + 4096;
  }

  /** The size limit in the help's words, for the default parser. */
  static final String SIZE_HELP = String.format(Locale.ROOT, """
      Size limit: an article is at most %,d chars of text (10 MiB); a file or page is
      read up to %,d bytes (three per char), a JSON line up to %,d bytes (six per
      char, escaped). An article over a limit fails alone: "over the size limit of N
      chars" (or "N bytes"). Names in messages show control characters as \\n, \\t or
      \\uXXXX.""", ArticleParser.DEFAULT_MAX_LENGTH, maxBytes(ArticleParser.DEFAULT_MAX_LENGTH),
      maxLineBytes(ArticleParser.DEFAULT_MAX_LENGTH));

  private final ArchiveReader reader;
  private final PublicationDates dates;
  private final long knownCount;
  private final long totalBytes;

  private ArticleSource(ArchiveReader reader, PublicationDates dates, long knownCount, long totalBytes) {
    this.reader = reader;
    this.dates = dates;
    this.knownCount = knownCount;
    this.totalBytes = totalBytes;
  }

  /**
   * Opens the inputs {@code options} name, for a parser taking texts of at most {@code maxChars}.
   *
   * @throws InputException when the {@code --dates} file cannot be read (nothing is read then)
   */
  static ArticleSource open(InputOptions options, InputStream stdin, int maxChars) throws InputException {
    PublicationDates dates;
    try {
      dates = PublicationDates.of(
          options.dates() == null ? java.util.Map.of() : PublicationDates.load(options.dates()), options.published());
    } catch (NoSuchFileException e) {
      throw new InputException("--dates: no such file " + options.dates());
    } catch (IOException e) {
      throw new InputException("--dates: " + InputException.oneLine(e));
    }
    InputFiles.Builder files = InputFiles.builder().format(options.format()).stdin(stdin);
    options.includes().forEach(files::include);
    options.excludes().forEach(files::exclude);
    List<InputFile> list = files.build().expand(options.args());
    // A UTF-16 char takes at least one UTF-8 byte and at most three (a surrogate pair takes four).
    ArchiveReader reader = ArchiveReader.builder()
        .decoder(TextDecoder.of(options.lenient()))
        .maxBytes(maxBytes(maxChars))
        // the text limit still applies once the line is parsed
        .reader(InputFormat.JSONL, new JsonLinesReader(maxLineBytes(maxChars), maxChars))
        .build(list);
    boolean countable = list.stream().noneMatch(f -> f.format().holdsMany());
    long bytes = list.stream().mapToLong(InputFile::size).sum();
    return new ArticleSource(reader, dates, countable ? list.size() : -1, bytes);
  }

  /** The publication dates: the input's own, then {@code --dates}, then {@code --published}. */
  PublicationDates dates() {
    return dates;
  }

  /** How many items there are when every file holds one article; -1 when not known before reading. */
  long knownCount() {
    return knownCount;
  }

  /** The bytes of the input files as stored. */
  long totalBytes() {
    return totalBytes;
  }

  @Override
  public boolean hasNext() {
    return reader.hasNext();
  }

  @Override
  public InputItem next() {
    return reader.next();
  }

  @Override
  public void close() {
    reader.close();
  }
}
