package dev.entente.examples.cli;

import dev.entente.examples.cli.DossierFacts.Column;
import dev.entente.examples.cli.DossierFacts.Section;
import dev.entente.json.EntenteJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The dossier as one self-contained HTML page, read from its JSON: inline CSS and script, no
 * request to any network (its Content-Security-Policy allows none). A timeline drawn as SVG shows
 * the events by type along time, zoomable to a year; tables of agreements, figures, contracts,
 * events and people sort on a click of their headers and filter as one types; conflicts are
 * highlighted and listed with each value and its sources; each source opens to show the sentence
 * it was read from. The page is laid out for phones and for print, and is all there without its
 * script. The same JSON gives the same page, byte for byte.
 */
final class DossierHtml {
  static final double WIDTH = 1000;
  static final double LEFT = 150;
  static final double RIGHT = 20;
  static final double LANE = 30;
  static final double TOP = 34;

  private DossierHtml() {}

  static String render(String json) {
    JsonNode d = EntenteJson.mapper().readTree(json);
    Set<String> conflicted = DossierFacts.conflicted(d);
    String title = "Dossier" + (d.get("pair").isNull() ? "" : ": " + DossierFacts.join(d.get("pair")).replace(", ", " and "));
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(title)).append("</h1>\n<p class=\"counts\">")
        .append(count(d, "articles", "report")).append(" · ").append(count(d, "events", "event")).append(" · ")
        .append(count(d, "agreements", "agreement")).append(" · ").append(count(d, "tradeFigures", "figure")).append(" · ")
        .append(count(d, "armsContracts", "arms contract")).append(" · <span class=\"").append(d.get("conflicts").isEmpty() ? "" : "hot")
        .append("\">").append(count(d, "conflicts", "conflict")).append("</span></p></header>\n<main>\n");
    timeline(h, d);
    conflicts(h, d);
    for (Section s : DossierFacts.TABLES) {
      table(h, d, s, conflicted);
    }
    articles(h, d);
    h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String count(JsonNode d, String list, String noun) {
    int n = d.get(list).size();
    return "<b>" + n + "</b> " + noun + (n == 1 ? "" : "s");
  }

  // ------------------------------------------------------------------ timeline

  private static void timeline(StringBuilder h, JsonNode d) {
    List<Long> days = new ArrayList<>();
    TreeSet<String> types = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (JsonNode e : d.get("events")) {
      Long day = DossierFacts.day(e.get("value"), "date");
      if (day != null) {
        days.add(day);
        types.add(e.get("value").get("type").asString());
        years.add(LocalDate.ofEpochDay(day).getYear());
      }
    }
    h.append("<section id=\"timeline\"><h2>Timeline</h2>\n");
    if (days.isEmpty()) {
      h.append("<p>No dated events.</p></section>\n");
      return;
    }
    long from = LocalDate.of(years.first(), 1, 1).toEpochDay();
    long to = LocalDate.of(years.last() + 1, 1, 1).toEpochDay();
    List<String> lanes = new ArrayList<>(types);
    double height = TOP + LANE * lanes.size() + 10;
    h.append("<p class=\"controls\"><label>Zoom <select id=\"zoom\"><option value=\"\">all years</option>");
    for (int y : years) {
      h.append("<option value=\"").append(y).append("\">").append(y).append("</option>");
    }
    h.append("</select></label> <span class=\"hint\">Click a mark to see its row.</span></p>\n");
    h.append("<div class=\"scroll\"><svg id=\"tl\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(height))
        .append("\" data-from=\"").append(from).append("\" data-to=\"").append(to)
        .append("\" role=\"img\" aria-label=\"Events by type along time\">\n");
    for (int i = 0; i < lanes.size(); i++) {
      double y = TOP + LANE * i + LANE / 2;
      h.append("<line class=\"lane\" x1=\"").append(num(LEFT)).append("\" x2=\"").append(num(WIDTH - RIGHT))
          .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>")
          .append("<text class=\"lanename\" x=\"").append(num(LEFT - 8)).append("\" y=\"").append(num(y + 4)).append("\">")
          .append(esc(DossierFacts.words(lanes.get(i)))).append("</text>\n");
    }
    h.append("<g id=\"ticks\">");
    int step = Math.max(1, (years.last() - years.first() + 1) / 12 + 1);
    for (int y = years.first(); y <= years.last() + 1; y += step) {
      long day = LocalDate.of(y, 1, 1).toEpochDay();
      double x = x(day, from, to);
      h.append("<g class=\"tick\" data-day=\"").append(day).append("\"><line x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
          .append("\" y1=\"").append(num(TOP - 8)).append("\" y2=\"").append(num(height - 6)).append("\"/><text x=\"").append(num(x))
          .append("\" y=\"").append(num(TOP - 14)).append("\">").append(y).append("</text></g>");
    }
    h.append("</g>\n<g id=\"marks\">\n");
    int i = 0;
    for (JsonNode e : d.get("events")) {
      JsonNode v = e.get("value");
      Long day = DossierFacts.day(v, "date");
      if (day != null) {
        double y = TOP + LANE * lanes.indexOf(v.get("type").asString()) + LANE / 2;
        h.append("<circle class=\"mark\" tabindex=\"0\" data-ref=\"events-").append(i).append("\" data-day=\"").append(day)
            .append("\" data-date=\"").append(esc(DossierFacts.text(v, "date"))).append("\" cx=\"").append(num(x(day, from, to)))
            .append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(4 + Math.min(4, e.get("articleCount").asInt())))
            .append("\"><title>").append(esc(DossierFacts.describe("events", v))).append(" (")
            .append(e.get("articleCount").asInt()).append(" reports)</title></circle>\n");
      }
      i++;
    }
    h.append("</g>\n</svg></div>\n</section>\n");
  }

  static double x(long day, long from, long to) {
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - from) / (double) Math.max(1, to - from);
  }

  private static String num(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  // ------------------------------------------------------------------ conflicts

  private static void conflicts(StringBuilder h, JsonNode d) {
    if (d.get("conflicts").isEmpty()) {
      return;
    }
    h.append("<section id=\"conflicts\"><h2>Conflicts</h2>\n<p>Reports that give values for one fact that cannot all be true. Nothing is resolved: each value is shown with its sources.</p>\n");
    for (JsonNode c : d.get("conflicts")) {
      String list = c.get("kind").asString();
      h.append("<div class=\"conflict-box\" data-key=\"").append(esc(c.get("key").asString())).append("\"><h3>")
          .append(esc(DossierFacts.section(list).title())).append(": <code>").append(esc(c.get("key").asString())).append("</code></h3><ul>\n");
      for (JsonNode m : c.get("values")) {
        h.append("<li><span class=\"value\">").append(esc(DossierFacts.describe(list, m.get("value")))).append("</span> ");
        sources(h, m);
        h.append("</li>\n");
      }
      h.append("</ul></div>\n");
    }
    h.append("</section>\n");
  }

  // ------------------------------------------------------------------ tables

  private static void table(StringBuilder h, JsonNode d, Section s, Set<String> conflicted) {
    JsonNode list = d.get(s.list());
    h.append("<section id=\"").append(s.list()).append("\"><h2>").append(esc(s.title())).append(" <small>(").append(list.size()).append(")</small></h2>\n");
    if (list.isEmpty()) {
      h.append("<p>None reported.</p></section>\n");
      return;
    }
    h.append("<p class=\"controls\"><input type=\"search\" class=\"filter\" placeholder=\"Filter\" aria-label=\"Filter ")
        .append(esc(s.title())).append("\"></p>\n<div class=\"scroll\"><table class=\"facts\">\n<thead><tr>");
    for (Column c : s.columns()) {
      h.append("<th scope=\"col\">").append(esc(c.header())).append("</th>");
    }
    h.append("<th scope=\"col\" data-type=\"num\">Reports</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n");
    int i = 0;
    for (JsonNode m : list) {
      boolean hot = conflicted.contains(s.list() + " " + m.get("key").asString());
      h.append("<tr id=\"").append(s.list()).append('-').append(i++).append("\" class=\"fact").append(hot ? " conflict" : "")
          .append("\" data-key=\"").append(esc(m.get("key").asString())).append("\">");
      for (Column c : s.columns()) {
        h.append("<td>").append(esc(c.cell().apply(m.get("value")))).append("</td>");
      }
      h.append("<td>").append(m.get("articleCount").asInt()).append(hot ? " <span class=\"badge\">conflict</span>" : "").append("</td><td>");
      sources(h, m);
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table></div></section>\n");
  }

  private static void sources(StringBuilder h, JsonNode merged) {
    h.append("<span class=\"sources\">");
    for (JsonNode s : merged.get("sources")) {
      String quote = DossierFacts.text(s, "quote");
      h.append("<details><summary>").append(esc(s.get("articleId").asString())).append("</summary>");
      h.append(quote.isEmpty() ? "<i>no sentence</i>" : "<q>" + esc(quote) + "</q>").append("</details>");
    }
    h.append("</span>");
  }

  private static void articles(StringBuilder h, JsonNode d) {
    h.append("<section id=\"articles\"><h2>Reports</h2>\n<ul class=\"articles\">\n");
    for (JsonNode a : d.get("articles")) {
      h.append("<li><code>").append(esc(a.get("id").asString())).append("</code>");
      for (String f : new String[] {"source", "title", "author", "published"}) {
        String t = DossierFacts.text(a, f);
        if (!t.isEmpty()) {
          h.append(" · ").append(esc(t));
        }
      }
      h.append("</li>\n");
    }
    h.append("</ul></section>\n");
  }

  /** Text safe in HTML content and in quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      :root { --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --hot: #b3261e; --hot-bg: #fdecea; --accent: #1f5fbf; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
      header, main { max-width: 1100px; margin: 0 auto; padding: 0 16px; }
      header { padding-top: 16px; border-bottom: 1px solid var(--line); }
      h1 { font-size: 1.6em; margin: 0 0 4px; }
      h2 { font-size: 1.25em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
      h2 small { color: var(--muted); font-weight: normal; }
      h3 { font-size: 1em; margin: 0 0 6px; }
      .counts { color: var(--muted); margin: 0 0 12px; }
      .hot { color: var(--hot); font-weight: bold; }
      .controls { margin: 6px 0; }
      .hint { color: var(--muted); font-size: .9em; }
      input.filter { width: min(100%, 320px); padding: 6px 8px; font: inherit; border: 1px solid var(--line); border-radius: 4px; }
      select { font: inherit; }
      svg#tl { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 4px; background: #fbfcfe; }
      .lane { stroke: var(--line); stroke-width: 1; }
      .lanename { font-size: 11px; text-anchor: end; fill: var(--muted); }
      .tick line { stroke: #e7eaf0; }
      .tick text { font-size: 11px; text-anchor: middle; fill: var(--muted); }
      .mark { fill: var(--accent); fill-opacity: .75; stroke: #fff; stroke-width: 1; cursor: pointer; }
      .mark:hover, .mark:focus { fill: var(--hot); outline: none; }
      .scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: .93em; }
      th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
      th { background: #f3f5f9; cursor: pointer; user-select: none; white-space: nowrap; }
      th[aria-sort="ascending"]::after { content: " \\25B2"; }
      th[aria-sort="descending"]::after { content: " \\25BC"; }
      tr.conflict td { background: var(--hot-bg); }
      tr.flash td { background: #fff4c2; }
      .badge { display: inline-block; background: var(--hot); color: #fff; border-radius: 3px; padding: 0 5px; font-size: .8em; }
      .conflict-box { border: 2px solid var(--hot); background: var(--hot-bg); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
      .conflict-box .value { font-weight: 600; }
      details { margin: 0 0 2px; }
      summary { cursor: pointer; color: var(--accent); font-family: ui-monospace, monospace; font-size: .88em; }
      q { display: block; margin: 2px 0 6px 12px; color: var(--muted); font-style: italic; }
      code { font-size: .9em; }
      ul.articles { padding-left: 20px; }
      @media (max-width: 640px) {
        body { font-size: 14px; }
        header, main { padding: 0 8px; }
        th, td { padding: 4px 5px; }
        svg#tl { min-width: 720px; }
      }
      @media print {
        .controls, .hint { display: none; }
        body { font-size: 10pt; }
        h2 { break-after: avoid; }
        tr, .conflict-box { break-inside: avoid; }
        tr.conflict td, .conflict-box { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  private static final String SCRIPT = """
      (function () {
        'use strict';
        var W = %s, L = %s, R = %s;
        var svg = document.getElementById('tl');
        function place(from, to) {
          var span = Math.max(1, to - from);
          svg.querySelectorAll('.mark').forEach(function (m) {
            var d = +m.getAttribute('data-day');
            var inside = d >= from && d < to;
            m.style.display = inside ? '' : 'none';
            if (inside) { m.setAttribute('cx', (L + (W - L - R) * (d - from) / span).toFixed(1)); }
          });
          svg.querySelectorAll('.tick').forEach(function (t) {
            var d = +t.getAttribute('data-day');
            var inside = d >= from && d <= to;
            t.style.display = inside ? '' : 'none';
            var x = (L + (W - L - R) * (d - from) / span).toFixed(1);
            t.querySelector('line').setAttribute('x1', x);
            t.querySelector('line').setAttribute('x2', x);
            t.querySelector('text').setAttribute('x', x);
          });
        }
        if (svg) {
          var zoom = document.getElementById('zoom');
          var allFrom = +svg.getAttribute('data-from'), allTo = +svg.getAttribute('data-to');
          zoom.addEventListener('change', function () {
            if (!zoom.value) { place(allFrom, allTo); return; }
            var y = +zoom.value;
            place(Date.UTC(y, 0, 1) / 864e5, Date.UTC(y + 1, 0, 1) / 864e5);
          });
          svg.addEventListener('click', function (ev) {
            var ref = ev.target.getAttribute && ev.target.getAttribute('data-ref');
            var row = ref && document.getElementById(ref);
            if (!row) { return; }
            row.scrollIntoView({ block: 'center' });
            row.classList.add('flash');
            setTimeout(function () { row.classList.remove('flash'); }, 1500);
          });
        }
        function key(cell, numeric) {
          var t = cell.textContent.trim();
          if (numeric) { return parseFloat(t) || 0; }
          return t.toLowerCase();
        }
        document.querySelectorAll('table.facts').forEach(function (table) {
          var body = table.tBodies[0];
          table.querySelectorAll('th').forEach(function (th, col) {
            th.addEventListener('click', function () {
              var asc = th.getAttribute('aria-sort') !== 'ascending';
              table.querySelectorAll('th').forEach(function (o) { o.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
              var numeric = th.getAttribute('data-type') === 'num';
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
                return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
          var filter = table.closest('section').querySelector('input.filter');
          filter.addEventListener('input', function () {
            var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
            Array.prototype.forEach.call(body.rows, function (r) {
              var text = r.textContent.toLowerCase();
              r.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
            });
          });
        });
        window.addEventListener('beforeprint', function () {
          document.querySelectorAll('details').forEach(function (d) { d.open = true; });
        });
      })();
      """.formatted(num(WIDTH), num(LEFT), num(RIGHT));
}
