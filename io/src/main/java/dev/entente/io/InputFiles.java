package dev.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns command-line arguments into the files to read, in order: a file is itself; a directory is
 * every regular file below it (recursively, sorted by path, hidden files and folders left out),
 * filtered by the include and exclude globs; {@code @LIST} is the arguments listed in the file LIST,
 * one per line (blank lines and lines starting with {@code #} skipped, relative paths against the
 * list's folder), for more paths than a shell allows; {@code -} is standard input.
 *
 * <p>A file's article id is its file name without extension when named itself, and its path
 * relative to the directory named, without extension and with {@code /} separators, when found in
 * one: {@code news/a/x.txt} read as {@code news} has the id {@code a/x}. A glob without {@code /}
 * matches a file's name ({@code *.html}); one with {@code /} matches its path relative to the
 * directory ({@code 2019/**}).
 *
 * <pre>{@code
 * List<InputFile> files = InputFiles.builder().include("*.html").build().expand(List.of("news", "@more.txt"));
 * }</pre>
 */
public final class InputFiles {

  private final List<String> includes;
  private final List<String> excludes;
  private final @Nullable InputFormat format;
  private final InputStream stdin;

  private InputFiles(Builder b) {
    this.includes = List.copyOf(b.includes);
    this.excludes = List.copyOf(b.excludes);
    this.format = b.format;
    this.stdin = b.stdin;
  }

  /**
   * A builder with no globs, formats by file name, and the process's standard input for {@code -}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The files the arguments name, in order; an argument naming nothing readable is an unreadable file.
   *
   * @param args paths of files or directories, globs, or {@code -} for standard input
   * @return the files, in the order of the arguments
   */
  public List<InputFile> expand(List<String> args) {
    List<InputFile> out = new ArrayList<>();
    for (String arg : args) {
      expand(arg, null, out, 0);
    }
    return out;
  }

  private void expand(String arg, @Nullable Path listDir, List<InputFile> out, int depth) {
    if (arg.equals("-")) {
      // standard input can be read once: a second "-" (in a list, say) would be an empty article
      boolean read = out.stream().anyMatch(f -> f.name().equals("standard input"));
      out.add(read ? InputFile.unreadable("-", "standard input named more than once; it is read once")
          : InputFile.stdin(stdin, format == null ? InputFormat.TEXT : format));
      return;
    }
    if (arg.startsWith("@") && arg.length() > 1) {
      expandList(arg, listDir, out, depth);
      return;
    }
    Path path;
    try {
      path = listDir == null ? Path.of(arg) : listDir.resolve(arg);
    } catch (InvalidPathException e) {
      out.add(InputFile.unreadable(arg, "not a valid file name"));
      return;
    }
    if (Files.isDirectory(path)) {
      expandDirectory(arg, path, out);
    } else if (!Files.exists(path)) {
      out.add(InputFile.unreadable(arg, "no such file or directory"));
    } else {
      String fileName = path.getFileName() == null ? arg : path.getFileName().toString();
      out.add(InputFile.of(path, arg, idOr(withoutExtension(fileName), arg), formatOf(fileName)));
    }
  }

  private void expandList(String arg, @Nullable Path listDir, List<InputFile> out, int depth) {
    if (depth > 8) {
      out.add(InputFile.unreadable(arg, "lists nested more than 8 deep"));
      return;
    }
    Path list;
    try {
      list = listDir == null ? Path.of(arg.substring(1)) : listDir.resolve(arg.substring(1));
    } catch (InvalidPathException e) {
      out.add(InputFile.unreadable(arg, "not a valid file name"));
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.add(InputFile.unreadable(arg, "cannot read the list: " + InputException.oneLine(e)));
      return;
    }
    Path dir = list.toAbsolutePath().getParent();
    for (String line : lines) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        expand(entry, dir, out, depth + 1);
      }
    }
  }

  private void expandDirectory(String arg, Path dir, List<InputFile> out) {
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> ex = matchers(excludes);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      out.add(InputFile.unreadable(arg, "cannot list the directory: " + InputException.oneLine(e)));
      return;
    }
    String prefix = arg.endsWith("/") ? arg : arg + "/";
    for (Path file : files) {
      Path relative = dir.relativize(file);
      if ((!in.isEmpty() && !matches(in, relative)) || matches(ex, relative)) {
        continue;
      }
      String rel = relative.toString().replace(file.getFileSystem().getSeparator(), "/");
      String fileName = Objects.requireNonNull(relative.getFileName()).toString();
      out.add(InputFile.of(file, prefix + rel, idOr(withoutExtension(rel), prefix + rel), formatOf(fileName)));
    }
  }

  private InputFormat formatOf(String fileName) {
    return format != null ? format : InputFormat.ofFileName(fileName);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    Path name = relative.getFileName();
    for (PathMatcher m : matchers) {
      if (m.matches(relative) || (name != null && m.matches(name))) {
        return true;
      }
    }
    return false;
  }

  /** A name that is blank without its extension ({@code "  .txt"}) is no id: the path stands for it. */
  private static String idOr(String id, String path) {
    return id.isBlank() ? path : id;
  }

  /** {@code a/x.txt} is {@code a/x}; {@code a/x.warc.gz} is {@code a/x}; a leading dot is no extension. */
  static String withoutExtension(String name) {
    String n = name;
    if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int slash = n.lastIndexOf('/');
    int dot = n.lastIndexOf('.');
    return dot > slash + 1 ? n.substring(0, dot) : n;
  }

  /** Builds {@link InputFiles}; the globs and the format are checked as they are given. */
  public static final class Builder {
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private @Nullable InputFormat format;
    private InputStream stdin = InputStream.nullInputStream();

    private Builder() {}

    /**
     * Only files in directories matching one of the include globs are read (all, when none is given).
     *
     * @param glob a glob over directory paths
     * @return this builder
     */
    public Builder include(String glob) {
      includes.add(checked(glob));
      return this;
    }

    /**
     * Files in directories matching an exclude glob are left out.
     *
     * @param glob a glob over directory paths
     * @return this builder
     */
    public Builder exclude(String glob) {
      excludes.add(checked(glob));
      return this;
    }

    /**
     * Every file is read in {@code format}, whatever its name says (null: by name).
     *
     * @param v the format, or null to go by each file's name
     * @return this builder
     */
    public Builder format(@Nullable InputFormat v) {
      this.format = v;
      return this;
    }

    /**
     * Where {@code -} reads from.
     *
     * @param v the stream, not null
     * @return this builder
     */
    public Builder stdin(InputStream v) {
      this.stdin = Objects.requireNonNull(v, "stdin");
      return this;
    }

    /**
     * Builds the expander.
     *
     * @return the expander
     */
    public InputFiles build() {
      return new InputFiles(this);
    }

    private static String checked(String glob) {
      Objects.requireNonNull(glob, "glob");
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Invalid glob \"" + glob + "\": " + InputException.oneLine(e), e);
      }
      return glob;
    }
  }
}
