package dev.entente.examples.cli;

import dev.entente.examples.cli.DossierFacts.Column;
import dev.entente.examples.cli.DossierFacts.Section;
import dev.entente.json.EntenteJson;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The dossier as Markdown, read from its JSON: a timeline of events, then the conflicts, then a
 * table per kind of fact with its sources, each source with its evidence sentence as a footnote-like
 * list under the table. The same JSON gives the same text.
 */
final class DossierMarkdown {
  private DossierMarkdown() {}

  static String render(String json) {
    JsonNode d = EntenteJson.mapper().readTree(json);
    Set<String> conflicted = DossierFacts.conflicted(d);
    StringBuilder md = new StringBuilder();
    md.append("# Dossier").append(d.get("pair").isNull() ? "" : ": " + DossierFacts.join(d.get("pair")).replace(", ", " and ")).append("\n\n");
    md.append(d.get("articles").size()).append(" reports, ").append(d.get("events").size()).append(" events, ")
        .append(d.get("agreements").size()).append(" agreements, ").append(d.get("tradeFigures").size()).append(" figures, ")
        .append(d.get("armsContracts").size()).append(" arms contracts, ").append(d.get("conflicts").size()).append(d.get("conflicts").size() == 1 ? " conflict.\n\n" : " conflicts.\n\n");

    md.append("## Timeline\n\n");
    if (d.get("events").isEmpty()) {
      md.append("No events.\n\n");
    }
    for (JsonNode e : d.get("events")) {
      JsonNode v = e.get("value");
      String date = DossierFacts.text(v, "date");
      md.append("- **").append(date.isEmpty() ? "undated" : date).append("** ")
          .append(cell(DossierFacts.describe("events", v).replaceFirst("^" + java.util.regex.Pattern.quote(date) + " · ", "")))
          .append(" (").append(told(e)).append(")\n");
    }
    md.append('\n');

    if (!d.get("conflicts").isEmpty()) {
      md.append("## Conflicts\n\n");
      for (JsonNode c : d.get("conflicts")) {
        String list = c.get("kind").asString();
        md.append("### ").append(DossierFacts.section(list).title()).append(": `").append(c.get("key").asString()).append("`\n\n");
        for (JsonNode m : c.get("values")) {
          md.append("- ").append(cell(DossierFacts.describe(list, m.get("value")))).append(" (").append(told(m)).append(")\n");
          quotes(md, m, "  ");
        }
        md.append('\n');
      }
    }

    for (Section s : DossierFacts.TABLES) {
      if (s.list().equals("events") || d.get(s.list()).isEmpty()) {
        continue;
      }
      md.append("## ").append(s.title()).append("\n\n|");
      for (Column c : s.columns()) {
        md.append(' ').append(c.header()).append(" |");
      }
      md.append(" Sources |\n|");
      md.append("---|".repeat(s.columns().size() + 1)).append('\n');
      for (JsonNode m : d.get(s.list())) {
        md.append('|');
        for (Column c : s.columns()) {
          md.append(' ').append(cell(c.cell().apply(m.get("value")))).append(" |");
        }
        md.append(' ').append(told(m));
        if (conflicted.contains(s.list() + " " + m.get("key").asString())) {
          md.append(" **conflict**");
        }
        md.append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Sources\n\n");
    for (JsonNode a : d.get("articles")) {
      md.append("- `").append(a.get("id").asString()).append('`');
      for (String f : new String[] {"source", "title", "published"}) {
        String t = DossierFacts.text(a, f);
        if (!t.isEmpty()) {
          md.append(" · ").append(cell(t));
        }
      }
      md.append('\n');
    }
    md.append("\n### Evidence\n\n");
    for (Section s : DossierFacts.TABLES) {
      for (JsonNode m : d.get(s.list())) {
        if (s.list().equals("leaders")) {
          continue;
        }
        md.append("- ").append(cell(DossierFacts.describe(s.list(), m.get("value")))).append('\n');
        quotes(md, m, "  ");
      }
    }
    return md.toString();
  }

  private static String told(JsonNode merged) {
    return String.join(", ", DossierFacts.sourceIds(merged).stream().map(id -> "`" + id + "`").toList());
  }

  private static void quotes(StringBuilder md, JsonNode merged, String indent) {
    for (JsonNode s : merged.get("sources")) {
      String q = DossierFacts.text(s, "quote");
      if (!q.isEmpty()) {
        md.append(indent).append("- `").append(s.get("articleId").asString()).append("`: “").append(cell(q)).append("”\n");
      }
    }
  }

  /** Text safe in a table cell or a list item: no pipe, no line break, no stray markup. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
        .replace("<", "&lt;").replace("\n", " ");
  }
}
