package example.jpms;

import dev.entente.json.EntenteJson;
import dev.entente.model.ArticleExtraction;
import dev.entente.parse.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Parses one article on the module path and prints its JSON; fails unless it is the command line's. */
public final class JpmsApp {
  private JpmsApp() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    ArticleExtraction x = ArticleParser.create().parse(id, Files.readString(file), LocalDate.parse(args[1]));
    String json = EntenteJson.write(x);
    System.out.println(json);
    if (!ArticleParser.class.getModule().isNamed() || !EntenteJson.class.getModule().isNamed()) {
      throw new AssertionError("Entente is not on the module path");
    }
    if (!json.equals(Files.readString(Path.of(args[2])).strip())) {
      throw new AssertionError("the JSON differs from the command line's, in " + args[2]);
    }
    System.out.println("jpms-app: module " + JpmsApp.class.getModule().getName() + " reads " + id + " as the command line does");
  }
}
