package dev.entente.parse.score;

import static dev.entente.parse.score.Values.codes;
import static dev.entente.parse.score.Values.edtf;
import static dev.entente.parse.score.Values.fold;
import static dev.entente.parse.score.Values.get;
import static dev.entente.parse.score.Values.list;
import static dev.entente.parse.score.Values.truthy;

import dev.entente.parse.score.Rules.Matcher;
import dev.entente.parse.score.Rules.Pred;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores extractions (as JSON trees) against a folder of gold files with the contract's rules,
 * giving the same numbers as the evaluation script {@code score.py}.
 *
 * <pre>{@code
 * GoldScorer scorer = GoldScorer.load(Path.of("../seeds/gold"));
 * GoldScorer.Report report = scorer.score(predictionsById, textsById);
 * System.out.print(report.table());
 * }</pre>
 */
public final class GoldScorer {
  /** The fact types, in the order of the table. */
  public static final List<String> TYPES =
      List.of("countries", "leaders", "agreements", "tradeFigures", "armsContracts", "events");
  private static final List<String> ARTICLE_FIELDS = List.of("title", "author", "dateline", "published", "source");

  /** Reads numbers as exact decimals, as the rules compare them. */
  public static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Map<String, JsonNode> golds;

  private GoldScorer(Map<String, JsonNode> golds) {
    this.golds = golds;
  }

  /** Loads every {@code *.json} of {@code goldDir} but {@code index.json}, in file name order. */
  public static GoldScorer load(Path goldDir) {
    Map<String, JsonNode> golds = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path f : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".json") && !name.equals("index.json")) {
          JsonNode g = JSON.readTree(Files.readString(f));
          golds.put(Values.str(Objects.requireNonNull(get(g, "id"), () -> "gold file without an id: " + f)), g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold folder " + goldDir, e);
    }
    return new GoldScorer(golds);
  }

  /** The ids of the gold articles, in order. */
  public List<String> ids() {
    return List.copyOf(golds.keySet());
  }

  /** True, false and missed facts of one type. */
  public record Tally(String type, int tp, int fp, int fn) {
    public double precision() {
      return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    }

    public double recall() {
      return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    Tally plus(int dtp, int dfp, int dfn) {
      return new Tally(type, tp + dtp, fp + dfp, fn + dfn);
    }
  }

  /** How many of {@code total} were right. */
  public record Ratio(int right, int total) {
    public double value() {
      return (double) right / total;
    }

    Ratio plus(boolean ok) {
      return new Ratio(right + (ok ? 1 : 0), total + 1);
    }
  }

  /**
   * One scoring: per-type tallies, attribute accuracy ({@code "leaders.role"}), article fields,
   * evidence validity, and a line for each miss and false positive ({@link #details()}).
   */
  public record Report(
      List<String> errors,
      Map<String, Tally> types,
      Map<String, Ratio> attributes,
      Map<String, Ratio> articleFields,
      int validEvidence,
      int facts,
      List<String> details) {

    public Tally overall() {
      Tally t = new Tally("overall", 0, 0, 0);
      for (Tally x : types.values()) {
        t = t.plus(x.tp(), x.fp(), x.fn());
      }
      return t;
    }

    /** The score table, printed exactly as the evaluation script prints it. */
    public String table() {
      StringBuilder sb = new StringBuilder();
      errors.forEach(e -> sb.append("error: ").append(e).append('\n'));
      sb.append(String.format("%-14s%5s%5s%5s%7s%7s%7s%n", "type", "tp", "fp", "fn", "P", "R", "F1"));
      for (Tally t : types.values()) {
        sb.append(String.format("%-14s%5d%5d%5d%7s%7s%7s%n", t.type(), t.tp(), t.fp(), t.fn(),
            fixed(t.precision(), 2), fixed(t.recall(), 2), fixed(t.f1(), 2)));
      }
      sb.append("attribute accuracy on matched facts:\n");
      attributes.forEach((k, v) -> sb.append(String.format("  %-28s%6s  (%d/%d)%n", k, fixed(v.value(), 2), v.right(), v.total())));
      List<String> fields = new ArrayList<>();
      articleFields.forEach((k, v) -> fields.add(k + " " + v.right() + "/" + v.total()));
      sb.append("article fields: ").append(String.join(", ", fields)).append('\n');
      sb.append("facts with valid evidence: ").append(validEvidence).append('/').append(facts).append('\n');
      Tally o = overall();
      sb.append(String.format("overall: P %s R %s F1 %s (tp %d, fp %d, fn %d)%n",
          fixed(o.precision(), 3), fixed(o.recall(), 3), fixed(o.f1(), 3), o.tp(), o.fp(), o.fn()));
      return sb.toString().replace(System.lineSeparator(), "\n");
    }
  }

  /**
   * Scores {@code predictions} (extraction JSON by article id) against the gold. {@code texts} (by
   * id) are the inputs, for checking evidence spans; an article without one gets only the
   * structural checks.
   */
  public Report score(Map<String, JsonNode> predictions, Map<String, String> texts) {
    List<String> errors = new ArrayList<>();
    Map<String, Tally> counts = new LinkedHashMap<>();
    TYPES.forEach(t -> counts.put(t, new Tally(t, 0, 0, 0)));
    Map<String, Ratio> attrs = new TreeMap<>();
    Map<String, Ratio> meta = new LinkedHashMap<>();
    int[] evidence = new int[2];
    List<String> details = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : golds.entrySet()) {
      String id = entry.getKey();
      JsonNode g = entry.getValue();
      JsonNode p = predictions.get(id);
      if (p == null) {
        errors.add(id + ": no extraction");
        p = JSON.createObjectNode();
      }
      String text = texts.get(id);
      scoreArticle(id, get(g, "article"), get(p, "article"), meta, details);
      Set<String> gc = Values.strings(get(get(g, "countries"), "required"));
      Set<String> opt = Values.strings(get(get(g, "countries"), "optional"));
      Set<String> pc = codes(get(p, "countries"));
      Set<String> missed = minus(gc, pc);
      Set<String> spurious = minus(minus(pc, gc), opt);
      counts.compute("countries", (k, t) -> t.plus(gc.size() - missed.size(), spurious.size(), missed.size()));
      if (!missed.isEmpty() || !spurious.isEmpty()) {
        details.add(id + " countries: missed " + missed + ", spurious " + spurious);
      }
      for (String kind : TYPES.subList(1, TYPES.size())) {
        List<JsonNode> gl = list(get(g, kind));
        List<Pred> pl = new ArrayList<>();
        for (JsonNode x : list(get(p, kind))) {
          if (x.isObject()) {
            evidence[1]++;
            evidence[0] += checkEvidence(x, text) ? 1 : 0;
            pl.addAll(kind.equals("armsContracts") ? explodeArms(x) : List.of(new Pred(x, null)));
          }
        }
        Matcher matcher = Rules.matcher(kind);
        Matching m = match(gl, pl, matcher);
        int tp = (int) m.pairs().stream().filter(pair -> !truthy(pair.gold(), "optional")).count();
        counts.compute(kind, (k, t) -> t.plus(tp, m.spurious().size(), m.missed().size()));
        for (Pair pair : m.pairs()) {
          Rules.attributes(kind, pair.gold(), pair.pred().node(), (name, ok) -> {
            attrs.merge(kind + "." + name, new Ratio(ok ? 1 : 0, 1), (a, b) -> a.plus(ok));
            if (!ok) {
              details.add(id + " " + kind + "." + name + " wrong: gold " + pair.gold() + "\n      got " + pair.pred().node());
            }
          });
        }
        m.missed().forEach(x -> details.add(id + " " + kind + " MISSED " + x));
        m.spurious().forEach(x -> details.add(id + " " + kind + " SPURIOUS " + x.node()));
      }
    }
    return new Report(List.copyOf(errors), counts, attrs, meta, evidence[0], evidence[1], List.copyOf(details));
  }

  private static void scoreArticle(String id, @Nullable JsonNode ga, @Nullable JsonNode pa,
      Map<String, Ratio> meta, List<String> details) {
    for (String f : ARTICLE_FIELDS) {
      JsonNode want = get(ga, f);
      JsonNode got = get(pa, f);
      // A list in the gold names every acceptable answer; null among them accepts none.
      List<@Nullable JsonNode> wants = new ArrayList<>();
      if (want != null && want.isArray()) {
        for (JsonNode w : want.values()) {
          wants.add(w.isNull() ? null : w);
        }
      } else {
        wants.add(want);
      }
      boolean ok;
      if (f.equals("published")) {
        ok = wants.stream().anyMatch(w -> Objects.equals(edtf(w), edtf(got)));
      } else if (!truthy(got)) {
        ok = wants.stream().anyMatch(w -> !truthy(w));
      } else {
        ok = got.isString() && wants.stream().anyMatch(w -> truthy(w) && fold(w).equals(fold(got)));
      }
      meta.merge(f, new Ratio(ok ? 1 : 0, 1), (a, b) -> a.plus(ok));
      if (!ok) {
        details.add(id + " article." + f + ": want " + want + ", got " + got);
      }
    }
  }

  private static List<Pred> explodeArms(JsonNode p) {
    List<Pred> out = new ArrayList<>();
    for (JsonNode i : list(get(p, "items"))) {
      if (i.isString()) {
        out.add(new Pred(p, i.stringValue()));
      }
    }
    return out.isEmpty() ? List.of(new Pred(p, null)) : out;
  }

  private record Pair(JsonNode gold, Pred pred) {}

  private record Matching(List<Pair> pairs, List<JsonNode> missed, List<Pred> spurious) {}

  private record Candidate(int quality, int gold, int pred) {}

  /** Greedy one-to-one matching, best quality first, then gold order, then prediction order. */
  private static Matching match(List<JsonNode> golds, List<Pred> preds, Matcher matcher) {
    List<Candidate> cands = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      for (int pi = 0; pi < preds.size(); pi++) {
        int q = matcher.match(golds.get(gi), preds.get(pi));
        if (q > 0) {
          cands.add(new Candidate(q, gi, pi));
        }
      }
    }
    cands.sort(Comparator.comparingInt((Candidate c) -> -c.quality())
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred));
    Set<Integer> gu = new HashSet<>();
    Set<Integer> pu = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : cands) {
      if (!gu.contains(c.gold()) && !pu.contains(c.pred())) {
        gu.add(c.gold());
        pu.add(c.pred());
        pairs.add(new Pair(golds.get(c.gold()), preds.get(c.pred())));
      }
    }
    List<JsonNode> missed = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      if (!gu.contains(gi) && !truthy(golds.get(gi), "optional")) {
        missed.add(golds.get(gi));
      }
    }
    List<Pred> spurious = new ArrayList<>();
    for (int pi = 0; pi < preds.size(); pi++) {
      Pred p = preds.get(pi);
      // A duplicate of a matched fact is neither right nor wrong.
      if (!pu.contains(pi) && golds.stream().noneMatch(g -> matcher.match(g, p) > 0)) {
        spurious.add(p);
      }
    }
    return new Matching(pairs, missed, spurious);
  }

  /** Whether a fact has evidence, every span well formed, inside the text and matching its "text". */
  static boolean checkEvidence(JsonNode fact, @Nullable String text) {
    List<JsonNode> ev = list(get(fact, "evidence"));
    if (ev.isEmpty()) {
      return false;
    }
    for (JsonNode sp : ev) {
      if (!sp.isObject()) {
        return false;
      }
      BigInteger a = Values.integer(sp.get("start"));
      BigInteger b = Values.integer(sp.get("end"));
      if (a == null || b == null || a.signum() < 0 || b.compareTo(a) <= 0) {
        return false;
      }
      if (text != null && b.compareTo(BigInteger.valueOf(text.length())) > 0) {
        return false;
      }
      JsonNode claimed = sp.get("text");
      if (text != null && claimed != null && claimed.isString()
          && !utf16Slice(text, a.intValue(), b.intValue()).equals(claimed.stringValue())) {
        return false;
      }
    }
    return true;
  }

  /** The slice, with a surrogate cut from its pair read as U+FFFD (as a UTF-16 decoder would). */
  private static String utf16Slice(String text, int a, int b) {
    StringBuilder sb = new StringBuilder(b - a);
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < b && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /**
   * Prints the score table of JSON Lines extractions:
   * {@code GoldScorer --gold DIR [--articles DIR] --pred FILE...}, as {@code score.py --pred} does.
   */
  public static void main(String[] args) throws IOException {
    Path gold = null;
    Path articles = null;
    Map<String, JsonNode> preds = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[i + 1]);
        case "--articles" -> articles = Path.of(args[i + 1]);
        case "--pred" -> {
          for (String line : Files.readAllLines(Path.of(args[i + 1]))) {
            if (!line.isBlank()) {
              JsonNode x = JSON.readTree(line);
              preds.put(Values.str(get(get(x, "article"), "id")), x);
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    GoldScorer scorer = load(Objects.requireNonNull(gold, "--gold DIR is required"));
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : scorer.ids()) {
      Path t = articles == null ? null : articles.resolve(id + ".txt");
      if (t != null && Files.exists(t)) {
        texts.put(id, Files.readString(t));
      }
    }
    System.out.print(scorer.score(preds, texts).table());
  }

  /** {@code x} with {@code digits} decimals, rounded half to even on its exact binary value, as Python formats. */
  static String fixed(double x, int digits) {
    return new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
