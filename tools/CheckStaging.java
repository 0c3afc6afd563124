import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staging repository (target/staging-deploy) against Maven Central's rules before it is
 * uploaded: every published artifact is there with its POM, jar, sources and javadoc; every file has
 * correct MD5 and SHA-1 checksums (and a signature with --signed); each POM, with what it inherits,
 * has a name, description, url, licenses, developers, scm and issue management; each jar carries
 * LICENSE and NOTICE; nothing unpublished (examples, test-jars) is there; with --release, no
 * SNAPSHOT version.
 *
 * <pre>java tools/CheckStaging.java target/staging-deploy [--signed] [--release]</pre>
 *
 * Prints what it checked and exits 1 listing every problem found.
 */
public class CheckStaging {
  static final String GROUP = "dev/entente";
  static final Set<String> POM_ONLY = Set.of("entente-bom", "entente-parent");
  static final Set<String> JARS = Set.of("entente-core", "entente-json", "entente-jackson2", "entente-parsers", "entente-io", "entente-spark");

  final List<String> problems = new ArrayList<>();
  final Map<String, Document> poms = new TreeMap<>();
  final Path root;
  final boolean signed;
  final boolean release;

  CheckStaging(Path root, boolean signed, boolean release) {
    this.root = root;
    this.signed = signed;
    this.release = release;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java tools/CheckStaging.java STAGING_DIR [--signed] [--release]");
      System.exit(2);
    }
    List<String> flags = List.of(args).subList(1, args.length);
    CheckStaging check = new CheckStaging(Path.of(args[0]), flags.contains("--signed"), flags.contains("--release"));
    check.run();
    if (!check.problems.isEmpty()) {
      System.err.println("Staging repository " + args[0] + " is not fit for Maven Central:");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println("Staging repository " + args[0] + " meets Maven Central's rules: " + check.poms.keySet());
  }

  void run() throws Exception {
    Path group = root.resolve(GROUP);
    if (!Files.isDirectory(group)) {
      problems.add("no " + group);
      return;
    }
    List<String> present;
    try (Stream<Path> dirs = Files.list(group)) {
      present = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String a : present) {
      if (!POM_ONLY.contains(a) && !JARS.contains(a)) {
        problems.add(a + " is staged but is not a published artifact");
      }
    }
    for (String a : POM_ONLY) {
      artifact(group.resolve(a), a, false);
    }
    for (String a : JARS) {
      artifact(group.resolve(a), a, true);
    }
    for (var e : poms.entrySet()) {
      metadata(e.getKey(), e.getValue());
    }
  }

  /** One artifact's version folder: its files, their checksums and signatures. */
  void artifact(Path dir, String artifactId, boolean jar) throws Exception {
    if (!Files.isDirectory(dir)) {
      problems.add(artifactId + " is missing");
      return;
    }
    List<Path> versions;
    try (Stream<Path> s = Files.list(dir)) {
      versions = s.filter(Files::isDirectory).toList();
    }
    if (versions.size() != 1) {
      problems.add(artifactId + " has " + versions.size() + " versions staged, want one");
      return;
    }
    Path v = versions.get(0);
    String version = v.getFileName().toString();
    if (version.endsWith("-SNAPSHOT") && release) {
      problems.add(artifactId + " " + version + ": Central takes releases only");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(v)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    String pom = newest(files, ".pom", artifactId);
    if (pom == null) {
      return;
    }
    String base = pom.substring(0, pom.length() - ".pom".length());
    List<String> wanted = new ArrayList<>(List.of(base + ".pom"));
    if (jar) {
      wanted.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
    }
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (n.endsWith("-tests.jar") || n.endsWith("-test-sources.jar")) {
        problems.add(n + ": test artifacts are not published");
      }
    }
    for (String name : wanted) {
      Path f = v.resolve(name);
      if (!Files.isRegularFile(f)) {
        problems.add(artifactId + ": missing " + name);
        continue;
      }
      checksum(f, ".md5", "MD5");
      checksum(f, ".sha1", "SHA-1");
      if (signed && !Files.isRegularFile(v.resolve(name + ".asc"))) {
        problems.add(name + ": no signature (.asc)");
      }
      if (name.endsWith(".jar")) {
        licensed(f);
      }
    }
    poms.put(artifactId, parse(v.resolve(base + ".pom")));
  }

  /** The newest file of a kind: a snapshot folder may hold several timestamped deploys. */
  String newest(List<Path> files, String suffix, String artifactId) {
    String found = null;
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (n.startsWith(artifactId + "-") && n.endsWith(suffix) && (found == null || n.compareTo(found) > 0)) {
        found = n;
      }
    }
    if (found == null) {
      problems.add(artifactId + ": no POM");
    }
    return found;
  }

  void checksum(Path f, String ext, String algorithm) throws IOException, NoSuchAlgorithmException {
    Path sum = f.resolveSibling(f.getFileName() + ext);
    if (!Files.isRegularFile(sum)) {
      problems.add(f.getFileName() + ": no " + ext + " checksum");
      return;
    }
    String want = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(f)));
    String got = Files.readString(sum).trim().split("\\s+")[0];
    if (!want.equalsIgnoreCase(got)) {
      problems.add(f.getFileName() + ": " + ext + " checksum does not match the file");
    }
  }

  void licensed(Path jar) throws IOException {
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (String entry : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
        if (z.getEntry(entry) == null) {
          problems.add(jar.getFileName() + ": no " + entry);
        }
      }
    }
  }

  /** The fields Central requires, in the POM or inherited from a staged parent; the name in every POM. */
  void metadata(String artifactId, Document pom) {
    Element project = pom.getDocumentElement();
    for (String field : List.of("modelVersion", "artifactId", "name")) {
      if (text(project, field) == null) {
        problems.add(artifactId + ".pom: no <" + field + ">");
      }
    }
    if (inherited(project, "groupId") == null || inherited(project, "version") == null) {
      problems.add(artifactId + ".pom: no groupId or version");
    }
    for (String field : List.of("description", "url")) {
      if (inherited(project, field) == null) {
        problems.add(artifactId + ".pom: no <" + field + ">, neither its own nor a parent's");
      }
    }
    requireNested(artifactId, project, "licenses", "license", List.of("name", "url"));
    requireNested(artifactId, project, "developers", "developer", List.of("name"));
    requireNested(artifactId, project, "scm", null, List.of("url", "connection"));
    requireNested(artifactId, project, "issueManagement", null, List.of("url"));
  }

  void requireNested(String artifactId, Element project, String section, String item, List<String> fields) {
    Element holder = inheritedElement(project, section);
    if (holder == null) {
      problems.add(artifactId + ".pom: no <" + section + ">, neither its own nor a parent's");
      return;
    }
    Element e = item == null ? holder : child(holder, item);
    for (String f : fields) {
      if (e == null || text(e, f) == null) {
        problems.add(artifactId + ".pom: <" + section + "> has no " + (item == null ? "" : item + " ") + "<" + f + ">");
      }
    }
  }

  String inherited(Element project, String field) {
    Element e = inheritedElement(project, field);
    return e == null ? null : e.getTextContent().trim();
  }

  /** The element in this POM, else in its parent's, going up through the staged POMs. */
  Element inheritedElement(Element project, String name) {
    for (Element p = project; p != null; p = parentOf(p)) {
      Element e = child(p, name);
      if (e != null) {
        return e;
      }
      Element parent = child(p, "parent");
      if (parent != null && (name.equals("groupId") || name.equals("version"))) {
        Element fromParent = child(parent, name);
        if (fromParent != null) {
          return fromParent;
        }
      }
    }
    return null;
  }

  Element parentOf(Element project) {
    Element parent = child(project, "parent");
    if (parent == null) {
      return null;
    }
    String id = text(parent, "artifactId");
    Document d = poms.get(id);
    if (d == null) {
      problems.add(text(project, "artifactId") + ".pom: its parent " + id + " is not staged");
      return null;
    }
    return d.getDocumentElement();
  }

  static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  static String text(Element e, String name) {
    Element c = child(e, name);
    return c == null || c.getTextContent().isBlank() ? null : c.getTextContent().trim();
  }

  static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }
}
