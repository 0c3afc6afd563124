package dev.entente.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.json.EntenteJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The dossier page in a real browser (headless Chromium over the DevTools protocol), for the seeds
 * and the corpus's development split: it loads with no console error and no request, its DOM holds
 * every event and figure of the JSON, the timeline's marks run in date order, zoom, sort and filter
 * work, and screenshots land in {@code target/dossier/}. Skipped, with a message, only where no
 * chromium is installed and the CI variable is unset: on CI the browser must be there.
 */
@Timeout(120)
class DossierBrowserTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getFileName().toString().equals("examples")
      ? Path.of("..").toAbsolutePath().normalize() : Path.of("").toAbsolutePath();
  private static final Path OUT = ROOT.resolve("examples/target/dossier");

  private static Chromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> binary = Chromium.find();
    String ci = System.getenv("CI");
    if (binary.isEmpty() && (ci == null || ci.isBlank())) {
      Assumptions.abort("no chromium on the PATH: install it (apt-get install chromium) to run the dossier page in a browser");
    }
    assertTrue(binary.isPresent(), "CI is set but no chromium is on the PATH: .ci/run installs it");
    browser = new Chromium(binary.get());
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** The dossier JSON of the given text files, through the command line. */
  static String dossierJson(List<Path> files) {
    List<String> args = new ArrayList<>(List.of("dossier", "--format", "json"));
    files.forEach(f -> args.add(f.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = new EntenteCli(new ByteArrayInputStream(new byte[0]), out, new PrintStream(new ByteArrayOutputStream(), true, UTF_8))
        .run(args.toArray(String[]::new));
    assertEquals(EntenteCli.OK, status);
    return out.toString(UTF_8).strip();
  }

  static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void theSeedsDossierShowsEveryEventAndFigureWithNoErrorAndNoRequest() throws Exception {
    check("seeds", dossierJson(texts(ROOT.resolve("seeds"))));
  }

  @Test
  void theCorpusDossierShowsEveryEventAndFigureWithNoErrorAndNoRequest() throws Exception {
    check("corpus-dev", dossierJson(texts(ROOT.resolve("corpus/dev"))));
  }

  private void check(String name, String json) throws Exception {
    long start = System.nanoTime();
    String html = DossierHtml.render(json);
    assertEquals(html, DossierHtml.render(json), "the same JSON gives the same page");
    Path page = OUT.resolve(name + ".html");
    Files.createDirectories(OUT);
    Files.writeString(page, html);
    JsonNode d = EntenteJson.mapper().readTree(json);

    browser.newPage();
    browser.viewport(1200, 900, false);
    browser.open(page.toUri().toString());

    List<String> errors = new ArrayList<>();
    browser.events("Runtime.exceptionThrown").forEach(e -> errors.add(e.toString()));
    browser.events("Runtime.consoleAPICalled").stream()
        .filter(e -> List.of("error", "warning", "assert").contains(e.get("params").get("type").asString()))
        .forEach(e -> errors.add(e.toString()));
    browser.events("Log.entryAdded").stream()
        .filter(e -> e.get("params").get("entry").get("level").asString().matches("error|warning"))
        .forEach(e -> errors.add(e.toString()));
    assertEquals(List.of(), errors, "console errors");
    List<String> requests = browser.events("Network.requestWillBeSent").stream()
        .map(e -> e.get("params").get("request").get("url").asString())
        .filter(u -> !u.equals(page.toUri().toString()) && !u.equals("about:blank")).toList();
    assertEquals(List.of(), requests, "requests beyond the page itself");

    JsonNode dom = browser.eval("""
        (() => {
          const rows = l => Array.from(document.querySelectorAll('#' + l + ' tbody tr')).map(r => ({id: r.id, text: r.textContent, conflict: r.classList.contains('conflict')}));
          return {
            events: rows('events'), tradeFigures: rows('tradeFigures'), agreements: rows('agreements'), armsContracts: rows('armsContracts'),
            marks: Array.from(document.querySelectorAll('#tl .mark')).map(m => ({ref: m.dataset.ref, day: +m.dataset.day, date: m.dataset.date})),
            conflicts: document.querySelectorAll('.conflict-box').length,
            title: document.title
          };
        })()""");
    for (String list : List.of("events", "tradeFigures", "agreements", "armsContracts")) {
      JsonNode facts = d.get(list);
      JsonNode rows = dom.get(list);
      assertEquals(facts.size(), rows.size(), list + ": a row per fact");
      DossierFacts.Section section = DossierFacts.section(list);
      for (int i = 0; i < facts.size(); i++) {
        JsonNode row = rows.get(i);
        assertEquals(list + "-" + i, row.get("id").asString());
        for (DossierFacts.Column c : section.columns()) {
          String cell = c.cell().apply(facts.get(i).get("value"));
          assertTrue(row.get("text").asString().contains(cell), list + "-" + i + " shows " + c.header() + " '" + cell + "': " + row);
        }
        for (String id : DossierFacts.sourceIds(facts.get(i))) {
          assertTrue(row.get("text").asString().contains(id), list + "-" + i + " names its source " + id);
        }
      }
    }
    assertEquals(d.get("conflicts").size(), dom.get("conflicts").asInt());

    List<String> dated = new ArrayList<>();
    for (int i = 0; i < d.get("events").size(); i++) {
      if (DossierFacts.day(d.get("events").get(i).get("value"), "date") != null) {
        dated.add("events-" + i);
      }
    }
    List<String> marked = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (JsonNode m : dom.get("marks")) {
      marked.add(m.get("ref").asString());
      assertTrue(m.get("day").asLong() >= last, "timeline marks in date order: " + m);
      last = m.get("day").asLong();
    }
    assertEquals(dated, marked, "a mark for every dated event");

    if (!dated.isEmpty()) {
      JsonNode zoom = browser.eval("""
          (() => {
            const z = document.getElementById('zoom');
            z.value = z.options[z.options.length - 1].value;
            z.dispatchEvent(new Event('change'));
            const y = +z.value;
            const shown = Array.from(document.querySelectorAll('#tl .mark')).filter(m => m.style.display !== 'none');
            const xs = shown.map(m => +m.getAttribute('cx'));
            const ok = shown.every(m => m.dataset.date.startsWith(String(y)));
            z.value = ''; z.dispatchEvent(new Event('change'));
            return {year: y, shown: shown.length, ok: ok, inside: xs.every(x => x >= 0 && x <= 1000)};
          })()""");
      int year = zoom.get("year").asInt();
      long inYear = dom.get("marks").valueStream().filter(m -> m.get("date").asString().startsWith(Integer.toString(year))).count();
      assertEquals(inYear, zoom.get("shown").asLong(), "zoomed to " + year + ": " + zoom);
      assertTrue(zoom.get("ok").asBoolean() && zoom.get("inside").asBoolean(), zoom.toString());
    }
    JsonNode sorted = browser.eval("""
        (() => {
          const t = document.querySelector('#tradeFigures table') || document.querySelector('table.facts');
          if (!t) { return {ok: true}; }
          const th = t.querySelectorAll('th')[0];
          th.click();
          const cells = Array.from(t.tBodies[0].rows).map(r => r.cells[0].textContent.trim().toLowerCase());
          const ok = cells.every((c, i) => i === 0 || cells[i - 1] <= c);
          const input = t.closest('section').querySelector('input.filter');
          const first = t.tBodies[0].rows[0].cells[1].textContent.trim();
          input.value = first; input.dispatchEvent(new Event('input'));
          const visible = Array.from(t.tBodies[0].rows).filter(r => !r.hidden);
          const filtered = visible.length > 0 && visible.every(r => r.textContent.toLowerCase().includes(first.toLowerCase()));
          input.value = ''; input.dispatchEvent(new Event('input'));
          return {ok: ok && filtered, sort: th.getAttribute('aria-sort')};
        })()""");
    assertTrue(sorted.get("ok").asBoolean(), "sort and filter: " + sorted);

    browser.eval("window.scrollTo(0, 0)");
    browser.screenshot(OUT.resolve(name + ".png"));
    browser.viewport(390, 844, true);
    browser.screenshot(OUT.resolve(name + "-phone.png"));
    assertTrue(Files.size(OUT.resolve(name + ".png")) > 10_000);
    System.out.printf("dossier page %s: %d events, %d figures, checked in the browser in %.1f s%n",
        name, d.get("events").size(), d.get("tradeFigures").size(), (System.nanoTime() - start) / 1e9);
  }
}
