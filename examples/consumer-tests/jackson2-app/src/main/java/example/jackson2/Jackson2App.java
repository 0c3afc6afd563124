package example.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.entente.jackson2.EntenteJson;
import dev.entente.jackson2.EntenteModule;
import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An application on Jackson 2: parses one article, writes it with its own mapper and with
 * EntenteJson, and fails unless both are the command line's JSON and no Jackson 3 came along.
 */
public final class Jackson2App {
  private Jackson2App() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    ArticleExtraction x = ArticleParser.create().parse(id, Files.readString(file), LocalDate.parse(args[1]));

    ObjectMapper mapper = new ObjectMapper().registerModule(new EntenteModule()); // the application's own mapper
    String json = mapper.writeValueAsString(x);
    System.out.println(json);

    String cli = Files.readString(Path.of(args[2])).strip();
    check(json.equals(cli), "the application's mapper writes the command line's JSON");
    check(EntenteJson.write(x).equals(cli), "EntenteJson writes the command line's JSON");
    check(mapper.readValue(cli, ArticleExtraction.class).equals(x), "the command line's JSON reads back to the extraction");
    check(PackageVersion.VERSION.getMinorVersion() == 17 && PackageVersion.VERSION.getMajorVersion() == 2,
        "the application keeps its Jackson " + PackageVersion.VERSION);
    try {
      Class.forName("tools.jackson.databind.ObjectMapper");
      check(false, "no Jackson 3 on the class path");
    } catch (ClassNotFoundException expected) {
      // entente-parsers and entente-jackson2 bring no Jackson 3
    }
    System.out.println("jackson2-app: Jackson " + PackageVersion.VERSION + " reads " + id + " as the command line does");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("not so: " + what);
    }
  }
}
