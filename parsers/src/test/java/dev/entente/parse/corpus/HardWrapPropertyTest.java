package dev.entente.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.text.Unwrapper;
import dev.entente.parse.internal.text.UnwrapperTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapping a report changes nothing that is read from it: every report of the seeds and of
 * both corpus splits, its paragraphs wrapped at 60 to 80 columns as wire copy is, gives the same
 * extraction as the report as written (the same facts, the same article fields, and evidence spans
 * that are the same offsets: wrapping only turns spaces into line breaks).
 *
 * <p>A report that is itself set in wrapped lines is first read as the parser reads it (its wrapped
 * paragraphs made one line each), then wrapped again at the new width. The held-out split is
 * checked too, but a failure there names only the report.
 */
class HardWrapPropertyTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final Unwrapper UNWRAPPER = new Unwrapper();
  private static final int[] WIDTHS = {60, 64, 68, 72, 76, 80};
  /**
   * The one wrapped reading of the seeds and corpus/dev that may differ, where a line's end is truly
   * ambiguous: paragraphs parted by a single line break, one of them ending a sentence on a full line,
   * are read as one paragraph, and an event's paragraph then names an earlier time.
   */
  private static final Set<String> AMBIGUOUS = Set.of("dev-011 at 76 columns");
  /**
   * The share of wrapped held-out readings that may differ (their reasons are not looked at). Lower it
   * as the reading improves.
   */
  private static final double TOLERATED = 0.08;
  /**
   * The reports of dev written like the held-out split ({@code corpus/README.md}, parts b on) are held to
   * the held-out share until the reading has been fitted to them; their differing readings are
   * printed in full, as they are dev. Fold them into the strict check when none differs.
   */
  private static final List<String> UNFITTED_PREFIXES = List.of("devb-", "devc-", "devd-", "deve-", "devf-", "devg-", "devh-", "devi-", "devj-", "devk-", "devl-", "devm-", "devn-", "devo-", "devp-", "devq-", "devr-", "devs-", "devt-");
  /**
   * The newest part of dev, kept back while rules are written against the others
   * ({@code corpus/README.md}): like the held-out split, its differing readings are named, not printed.
   */
  private static final List<String> KEPT_BACK_PREFIXES = List.of("devt-");

  @Test
  void wrappingASeedOrADevReportChangesNoExtraction() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> reports = new ArrayList<>(reports(Path.of("../seeds")));
    reports.addAll(reports(Path.of("../corpus/dev")));
    List<String> unfitted = new ArrayList<>();
    int unfittedReadings = 0;
    for (Path p : reports) {
      String file = p.getFileName().toString();
      if (isUnfitted(file)) {
        unfitted.addAll(check(p, KEPT_BACK_PREFIXES.stream().noneMatch(file::startsWith)));
        unfittedReadings += WIDTHS.length;
      } else {
        failures.addAll(check(p, true));
      }
    }
    failures.removeIf(f -> AMBIGUOUS.contains(f.substring(0, f.indexOf(':'))));
    assertTrue(failures.isEmpty(), () -> failures.size() + " wrapped reports read differently:\n" + String.join("\n", failures));
    System.out.println(unfitted.size() + " of " + unfittedReadings + " wrapped readings of dev parts b on differ:\n"
        + String.join("\n", unfitted));
    int readings = unfittedReadings;
    assertTrue(unfitted.size() <= TOLERATED * readings,
        () -> unfitted.size() + " of " + readings + " wrapped readings of dev parts b on differ:\n" + String.join("\n", unfitted));
  }

  private static boolean isUnfitted(String file) {
    for (String prefix : UNFITTED_PREFIXES) {
      if (file.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void wrappingAHeldOutReportChangesNoExtraction() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> reports = reports(Path.of("../corpus/test"));
    for (Path p : reports) {
      failures.addAll(check(p, false));
    }
    // names only: the held-out reports are not read through a failing build
    System.out.println(failures.size() + " of " + reports.size() * WIDTHS.length + " wrapped held-out readings differ");
    assertTrue(failures.size() <= TOLERATED * reports.size() * WIDTHS.length,
        () -> failures.size() + " wrapped held-out reports read differently: " + failures);
  }

  @Test
  void wrappingIsOnlySpacesTurnedIntoBreaks() {
    String text = "Leaders of the two states signed a treaty on friendship and cooperation in the capital on Monday.";
    String wrapped = UnwrapperTest.wrap(text, 30);
    assertEquals(text.length(), wrapped.length());
    assertTrue(wrapped.lines().allMatch(l -> l.length() <= 30), wrapped);
    assertEquals(text, wrapped.replace('\n', ' '));
  }

  private static List<Path> reports(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static List<String> check(Path report, boolean details) throws IOException {
    String id = report.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = Files.readString(report, StandardCharsets.UTF_8);
    ArticleExtraction expected = PARSER.parse(id, text);
    String flat = UNWRAPPER.unwrap(text);
    List<String> out = new ArrayList<>();
    for (int width : WIDTHS) {
      String wrapped = UnwrapperTest.wrap(flat, width);
      ArticleExtraction got = PARSER.parse(id, wrapped);
      if (!got.equals(expected)) {
        out.add(id + " at " + width + " columns" + (details ? ": " + difference(expected, got) : ""));
      }
    }
    return out;
  }

  private static String difference(ArticleExtraction a, ArticleExtraction b) {
    List<String> d = new ArrayList<>();
    if (!a.article().equals(b.article())) {
      d.add("article " + a.article() + " became " + b.article());
    }
    diff(d, "countries", a.countries(), b.countries());
    diff(d, "leaders", a.leaders(), b.leaders());
    diff(d, "agreements", a.agreements(), b.agreements());
    diff(d, "trade figures", a.tradeFigures(), b.tradeFigures());
    diff(d, "arms contracts", a.armsContracts(), b.armsContracts());
    diff(d, "events", a.events(), b.events());
    return String.join("; ", d);
  }

  private static void diff(List<String> out, String what, List<?> a, List<?> b) {
    for (Object x : a) {
      if (!b.contains(x)) {
        out.add(what + " lost " + x);
      }
    }
    for (Object x : b) {
      if (!a.contains(x)) {
        out.add(what + " gained " + x);
      }
    }
  }
}
