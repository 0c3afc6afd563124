package dev.entente.io.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README documents every table column by column, exactly as the definitions say. */
class ReadmeColumnsTest {

  /** The README's text for one table: a line naming the file, then a Markdown table of its columns. */
  static String markdown(FactTable table) {
    StringBuilder out = new StringBuilder();
    out.append('`').append(table.name()).append(".csv`: ").append(table.description()).append(" per row.\n\n");
    out.append("| column | type | meaning |\n|---|---|---|\n");
    for (Column c : table.columns()) {
      out.append("| `").append(c.name()).append("` | ").append(c.type().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(c.description().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }

  @Test
  void everyTableIsInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (FactTable table : FactTables.all()) {
      String expected = markdown(table);
      assertTrue(readme.contains(expected), "README.md should hold, for " + table.name() + ":\n" + expected);
    }
  }

  public static void main(String[] args) {
    FactTables.all().forEach(t -> System.out.println(markdown(t)));
  }
}
