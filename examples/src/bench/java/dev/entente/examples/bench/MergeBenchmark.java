package dev.entente.examples.bench;

import dev.entente.merge.ExtractionMerger;
import dev.entente.merge.Picture;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Flow;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging many extractions on one core: {@code articles} generated extractions, each retelling
 * facts of a world that grows with them (a quarter as many distinct events as articles, each told
 * by about four outlets with a day's lag, a coarser date, "about" amounts, and now and then a
 * different amount), merged into one picture. The time per merge, from 10,000 to 100,000
 * extractions, shows how the cost grows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
// one core, as asked of the merge; a fixed heap keeps the collector's resizing out of the figures
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class MergeBenchmark {

  @Param({"10000", "20000", "50000", "100000"})
  public int articles;

  List<ArticleExtraction> extractions;

  @Setup(Level.Trial)
  public void setUp() {
    extractions = generate(articles, 42);
  }

  @Benchmark
  public Picture merge() {
    return ExtractionMerger.merge(extractions);
  }

  /**
   * The growth table without JMH, for a quick look or a busy machine: {@code java -XX:ActiveProcessorCount=1
   * -cp examples/target/benchmarks.jar dev.entente.examples.bench.MergeBenchmark [SIZES] [ROUNDS]} merges each
   * size ROUNDS times (the first warms up the JIT) and prints the best wall and CPU time of the
   * merging thread, which a loaded machine leaves unchanged where it stretches the wall time.
   */
  public static void main(String[] args) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    String sizes = args.length > 0 ? args[0] : "10000,20000,50000,100000";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    System.out.println("| Extractions | Wall | CPU of the merging thread | CPU per extraction | Merged events, figures, conflicts |");
    System.out.println("|---|---|---|---|---|");
    double first = 0;
    for (String size : sizes.split(",")) {
      int n = Integer.parseInt(size.strip());
      List<ArticleExtraction> x = generate(n, 42);
      double wall = Double.MAX_VALUE;
      double cpu = Double.MAX_VALUE;
      Picture p = null;
      for (int i = 0; i < rounds; i++) {
        System.gc();
        long t = System.nanoTime();
        long c = mx.getCurrentThreadCpuTime();
        p = ExtractionMerger.merge(x);
        cpu = Math.min(cpu, (mx.getCurrentThreadCpuTime() - c) / 1e9);
        wall = Math.min(wall, (System.nanoTime() - t) / 1e9);
      }
      double per = cpu * 1e6 / n;
      first = first == 0 ? per : first;
      System.out.printf(java.util.Locale.ROOT, "| %,d | %.2f s | %.2f s | %.1f us (%.2fx) | %,d, %,d, %,d |%n", n, wall, cpu, per, per / first,
          p.events().size(), p.tradeFigures().size(), p.conflicts().size());
    }
  }

  private static final List<String> CODES = List.of("RUS", "VEN", "CHN", "USA", "TUR", "IND", "BRA", "ZAF", "DEU", "FRA",
      "JPN", "KOR", "SAU", "IRN", "EGY", "NGA", "KEN", "MEX", "ARG", "IDN", "PAK", "GBR", "ITA", "ESP", "POL", "UKR");
  private static final List<String> NAMES = List.of("Ivanov", "Garcia", "Wang", "Smith", "Yilmaz", "Sharma", "Silva",
      "Dlamini", "Schmidt", "Martin", "Sato", "Kim", "Saud", "Rahimi", "Hassan", "Okafor", "Mwangi", "Lopez");
  private static final List<EventType> TYPES = List.of(EventType.MEETING, EventType.VISIT, EventType.CALL,
      EventType.MILITARY_EXERCISE, EventType.RELATIONS_ESTABLISHED);

  /** {@code n} extractions over a world of {@code n / 4} events and as many figures, the same for the same seed. */
  public static List<ArticleExtraction> generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int facts = Math.max(1, n / 4);
    List<ArticleExtraction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ArticleExtraction.Builder x = ArticleExtraction.builder(Article.of("a" + i));
      int span = 0;
      for (int k = 0; k < 2; k++) {
        int fact = r.nextInt(facts);
        Country a = country(fact, 0);
        Country b = country(fact, 1);
        x.country(CountryMention.of(a, List.of(Span.of(span, ++span))));
        x.country(CountryMention.of(b, List.of(Span.of(span, ++span))));
        x.leader(new Leader(first(fact) + " " + NAMES.get(fact % NAMES.size()), a, "Minister", Role.MINISTER,
            List.of(Span.of(span, ++span))));
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(new SplittableRandom(fact).nextInt(12_000));
        int told = r.nextInt(10);
        EdtfDate date = told < 6 ? EdtfDate.of(day) : told < 8 ? EdtfDate.of(day.plusDays(1))
            : told < 9 ? EdtfDate.ofMonth(day.getYear(), day.getMonthValue()) : null;
        x.event(DiplomaticEvent.builder(TYPES.get(fact % TYPES.size())).date(date).countries(List.of(a, b))
            .participant(NAMES.get(fact % NAMES.size())).evidence(Span.of(span, ++span)).build());
        long amount = 100_000_000L * (1 + fact % 97);
        boolean off = r.nextInt(100) == 0; // one telling in a hundred gives another amount: a conflict
        // flow, period and pair are one figure's key: a world of distinct figures, each with one true amount
        x.tradeFigure(TradeFigure.builder(Flow.values()[fact % 4]).reporter(a).partner(b)
            .value(Money.of(BigDecimal.valueOf(off ? amount * 3 / 2 : amount), "USD"))
            .qualifier(r.nextInt(3) == 0 ? Qualifier.ABOUT : Qualifier.EXACT)
            .period(EdtfDate.ofYear(1990 + (fact / 4) % 33)).evidence(Span.of(span, ++span)).build());
        if (fact % 5 == 0) {
          x.armsContract(ArmsContract.builder().supplier(a).recipient(b).item("T-" + (fact / 5 % 9000) + " tanks")
              .quantity(Quantity.of(10 + fact % 40, "tanks")).evidence(Span.of(span, ++span)).build());
        }
        if (fact % 7 == 0) {
          x.agreement(Agreement.builder(AgreementKind.AGREEMENT).parties(List.of(a, b)).count(1 + fact % 12)
              .signed(EdtfDate.of(day)).evidence(Span.of(span, ++span)).build());
        }
      }
      out.add(x.build());
    }
    return out;
  }

  private static Country country(int fact, int side) {
    int pair = fact / (4 * 33);
    int a = pair % CODES.size();
    int b = (a + 1 + (pair / CODES.size()) % (CODES.size() - 1)) % CODES.size();
    return Country.of(CODES.get(side == 0 ? a : b));
  }

  private static String first(int fact) {
    return List.of("Anna", "Ivan", "Li", "John", "Ayse", "Ravi").get((fact / NAMES.size()) % 6);
  }
}
