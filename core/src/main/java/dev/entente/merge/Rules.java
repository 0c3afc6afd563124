package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rules of each kind of fact. Tolerances:
 *
 * <ul>
 *   <li>Dates: a day corroborates the next day (time zones, publication lag), so days chain when
 *       at most one day apart; a month, season, year or interval corroborates the one fact whose
 *       days it contains, and the most precise date wins.
 *   <li>Amounts: an exact amount stands for what its last significant digit allows ("$4.2
 *       billion" is 4.15 to 4.25 billion) and at least 0.5 % either way; "about" widens that to
 *       5 %; "more than", "at least", "less than" and "up to" are open on one side and corroborate
 *       the one figure they fit. Amounts whose ranges do not meet cannot both be true.
 * </ul>
 */
final class Rules {
  private static final BigDecimal EXACT_SLACK = new BigDecimal("0.005");
  private static final BigDecimal ABOUT_SLACK = new BigDecimal("0.05");
  private static final Comparator<Object> CANONICAL = Comparator.comparing(Object::toString);

  private Rules() {}

  // ------------------------------------------------------------------ shared pieces

  /** The value told most often; ties go to {@code better}, then to the canonical text. */
  static <T> T best(Map<T, Integer> counts, Comparator<T> better) {
    T best = null;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (best == null) {
        best = e.getKey();
        continue;
      }
      int c = better.compare(e.getKey(), best);
      if (c == 0) {
        c = Integer.compare(counts.get(best), e.getValue());
      }
      if (c == 0) {
        c = CANONICAL.compare(e.getKey(), best);
      }
      if (c < 0) {
        best = e.getKey();
      }
    }
    return Objects.requireNonNull(best);
  }

  /** The most told non-null field value among the values, ties to the canonical text. */
  static <T, F> @Nullable F mostTold(Map<T, Integer> counts, Function<T, @Nullable F> field) {
    Map<F, Integer> tally = new LinkedHashMap<>();
    counts.forEach((v, n) -> {
      F f = field.apply(v);
      if (f != null) {
        tally.merge(f, n, Integer::sum);
      }
    });
    return tally.isEmpty() ? null : best(tally, (a, b) -> 0);
  }

  static int rank(Qualifier q) {
    return switch (q) {
      case EXACT -> 0;
      case ABOUT -> 1;
      default -> 2;
    };
  }

  static boolean bounded(Qualifier q) {
    return q == Qualifier.EXACT || q == Qualifier.ABOUT;
  }

  /** The range an amount told with {@code q} allows, as {lo, hi}. */
  static double[] range(BigDecimal amount, Qualifier q) {
    double x = amount.doubleValue();
    return switch (q) {
      case EXACT, ABOUT -> {
        BigDecimal stripped = amount.stripTrailingZeros();
        double half = Math.pow(10, -stripped.scale()) / 2;
        double slack = Math.max(half, x * (q == Qualifier.EXACT ? EXACT_SLACK : ABOUT_SLACK).doubleValue());
        yield new double[] {x - slack, x + slack};
      }
      case MORE_THAN -> new double[] {Math.nextUp(x), Double.POSITIVE_INFINITY};
      case AT_LEAST -> new double[] {x, Double.POSITIVE_INFINITY};
      case LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, Math.nextDown(x)};
      case UP_TO -> new double[] {Double.NEGATIVE_INFINITY, x};
    };
  }

  static boolean meet(double[] a, double[] b) {
    return a[0] <= b[1] && b[0] <= a[1];
  }

  static boolean dayPrecise(@Nullable EdtfDate d) {
    return d != null && !d.isInterval() && d.precision() == EdtfDate.Precision.DAY;
  }

  static double day(EdtfDate d) {
    return d.earliest().toEpochDay();
  }

  /** Whether a loose date can be the same as {@code member}'s: unknown, or containing it (a day's slack). */
  static boolean dateFits(@Nullable EdtfDate loose, @Nullable EdtfDate member) {
    if (loose == null || member == null) {
      return true;
    }
    return !member.earliest().isBefore(loose.earliest().minusDays(1))
        && !member.latest().isAfter(loose.latest().plusDays(1));
  }

  static long width(@Nullable EdtfDate d) {
    if (d == null) {
      return Long.MAX_VALUE;
    }
    long lo = d.earliest().equals(java.time.LocalDate.MIN) ? Long.MIN_VALUE / 4 : d.earliest().toEpochDay();
    long hi = d.latest().equals(java.time.LocalDate.MAX) ? Long.MAX_VALUE / 4 : d.latest().toEpochDay();
    return hi - lo;
  }

  /** The most precise of the dates told, ties to the most told. */
  static <T> @Nullable EdtfDate preciseDate(Map<T, Integer> counts, Function<T, @Nullable EdtfDate> field) {
    Map<EdtfDate, Integer> tally = new LinkedHashMap<>();
    counts.forEach((v, n) -> {
      EdtfDate d = field.apply(v);
      if (d != null) {
        tally.merge(d, n, Integer::sum);
      }
    });
    return tally.isEmpty() ? null : best(tally, Comparator.comparingLong(Rules::width));
  }

  static String codes(List<Country> countries) {
    TreeSet<String> s = new TreeSet<>();
    countries.forEach(c -> s.add(c.code()));
    return String.join(",", s);
  }

  // ------------------------------------------------------------------ leaders

  static final FactRule<Leader> LEADERS = new FactRule<>() {
    @Override public String kind() { return "leaders"; }
    @Override public String key(Leader l) { return FactKeys.leader(l); }
    @Override public Leader bare(Leader l) { return l.evidence().isEmpty() ? l : l.withEvidence(List.of()); }
    @Override public List<Span> evidence(Leader l) { return l.evidence(); }
    @Override public boolean firm(Leader l) { return l.country() != null && Names.words(l.name()).size() > 1; }
    @Override public String lane(Leader l) { return Names.words(l.name()).get(0) + "|" + l.country(); }
    @Override public double lo(Leader l) { return 0; }
    @Override public double hi(Leader l) { return 0; }
    @Override public boolean fits(Leader loose, Leader m) {
      return Names.samePerson(loose.name(), m.name())
          && (loose.country() == null || m.country() == null || loose.country().equals(m.country()));
    }
    @Override public Comparator<Leader> looseOrder() {
      return Comparator.<Leader>comparingInt(l -> l.country() == null ? 1 : 0)
          .thenComparingInt(l -> -Names.words(l.name()).size());
    }
    @Override public Leader reconcile(Map<Leader, Integer> counts) {
      String name = null;
      for (Leader l : sorted(counts)) {
        name = name == null ? l.name() : Names.fuller(name, l.name());
      }
      Leader base = best(counts, Comparator.<Leader>comparingInt(l -> l.title() == null ? 1 : 0)
          .thenComparingInt(l -> l.role() == dev.entente.model.Role.OTHER ? 1 : 0));
      Country country = mostTold(counts, Leader::country);
      return new Leader(Objects.requireNonNull(name), country, base.title(), base.role(), List.of());
    }
    @Override public boolean identifying(String key) { return false; }
  };

  static <T> List<T> sorted(Map<T, Integer> counts) {
    List<T> l = new ArrayList<>(counts.keySet());
    l.sort(CANONICAL);
    return l;
  }

  // ------------------------------------------------------------------ events

  static final FactRule<DiplomaticEvent> EVENTS = new FactRule<>() {
    @Override public String kind() { return "events"; }
    @Override public String key(DiplomaticEvent e) { return FactKeys.event(e); }
    @Override public DiplomaticEvent bare(DiplomaticEvent e) {
      return e.evidence().isEmpty() ? e : e.toBuilder().evidence(List.of()).build();
    }
    @Override public List<Span> evidence(DiplomaticEvent e) { return e.evidence(); }
    @Override public boolean firm(DiplomaticEvent e) { return dayPrecise(e.date()); }
    @Override public double lo(DiplomaticEvent e) { return day(Objects.requireNonNull(e.date())); }
    @Override public double hi(DiplomaticEvent e) { return day(Objects.requireNonNull(e.date())) + 1; }
    @Override public boolean fits(DiplomaticEvent loose, DiplomaticEvent m) { return dateFits(loose.date(), m.date()); }
    @Override public Comparator<DiplomaticEvent> looseOrder() { return Comparator.comparingLong(e -> width(e.date())); }
    @Override public DiplomaticEvent reconcile(Map<DiplomaticEvent, Integer> counts) {
      DiplomaticEvent base = best(counts, (a, b) -> 0);
      List<String> participants = new ArrayList<>();
      for (DiplomaticEvent e : sorted(counts)) {
        for (String q : e.participants()) {
          int same = -1;
          for (int i = 0; i < participants.size() && same < 0; i++) {
            if (Names.samePerson(participants.get(i), q)) {
              same = i;
            }
          }
          if (same < 0) {
            participants.add(q);
          } else {
            participants.set(same, Names.fuller(participants.get(same), q));
          }
        }
      }
      participants.sort(Comparator.comparing(Names::folded));
      TreeSet<Country> countries = new TreeSet<>();
      counts.keySet().forEach(e -> countries.addAll(e.countries()));
      return base.toBuilder()
          .type(mostTold(counts, DiplomaticEvent::type))
          .date(preciseDate(counts, DiplomaticEvent::date))
          .location(mostTold(counts, DiplomaticEvent::location))
          .participants(participants)
          .countries(new ArrayList<>(countries))
          .evidence(List.of())
          .build();
    }
    @Override public boolean identifying(String key) { return false; }
    @Override public String order(DiplomaticEvent e) {
      // undated last; then by first day, last day, and the date as written
      if (e.date() == null) {
        return "~";
      }
      // days shifted to be positive, all of twelve digits, so that the texts sort as the days do
      long first = e.date().earliest().equals(java.time.LocalDate.MIN) ? 100_000_000_000L : e.date().earliest().toEpochDay() + 500_000_000_000L;
      long last = e.date().latest().equals(java.time.LocalDate.MAX) ? 999_999_999_999L : e.date().latest().toEpochDay() + 500_000_000_000L;
      return first + ":" + last + ":" + e.date();
    }
  };

  // ------------------------------------------------------------------ agreements

  static final FactRule<Agreement> AGREEMENTS = new FactRule<>() {
    @Override public String kind() { return "agreements"; }
    @Override public String key(Agreement a) { return FactKeys.agreement(a); }
    @Override public Agreement bare(Agreement a) {
      return a.evidence().isEmpty() ? a : a.toBuilder().evidence(List.of()).build();
    }
    @Override public List<Span> evidence(Agreement a) { return a.evidence(); }
    @Override public boolean firm(Agreement a) { return dayPrecise(a.signed()); }
    @Override public String lane(Agreement a) { return a.count() == null ? "" : a.count().toString(); }
    @Override public double lo(Agreement a) { return day(Objects.requireNonNull(a.signed())); }
    @Override public double hi(Agreement a) { return day(Objects.requireNonNull(a.signed())) + 1; }
    @Override public boolean fits(Agreement loose, Agreement m) {
      return dateFits(loose.signed(), m.signed())
          && (loose.count() == null || m.count() == null || loose.count().equals(m.count()));
    }
    @Override public Comparator<Agreement> looseOrder() {
      return Comparator.<Agreement>comparingInt(a -> a.count() == null ? 1 : 0).thenComparingLong(a -> width(a.signed()));
    }
    @Override public Agreement reconcile(Map<Agreement, Integer> counts) {
      Agreement base = best(counts, Comparator.comparingInt(a -> rank(a.qualifier())));
      TreeSet<String> sectors = new TreeSet<>();
      counts.keySet().forEach(a -> sectors.addAll(a.sectors()));
      return base.toBuilder()
          .title(mostTold(counts, Agreement::title))
          .signed(preciseDate(counts, Agreement::signed))
          .count(mostTold(counts, Agreement::count))
          .sectors(new ArrayList<>(sectors))
          .evidence(List.of())
          .build();
    }
    @Override public boolean identifying(String key) { return !key.endsWith("|-"); }
  };

  // ------------------------------------------------------------------ trade figures

  static BigDecimal measured(TradeFigure t) {
    if (t.value() != null) {
      return t.value().amount();
    }
    return t.quantity() != null ? t.quantity().amount() : Objects.requireNonNull(t.changePercent());
  }

  static double[] range(TradeFigure t) {
    return range(measured(t), t.qualifier());
  }

  static final FactRule<TradeFigure> TRADE = new FactRule<>() {
    @Override public String kind() { return "tradeFigures"; }
    @Override public String key(TradeFigure t) { return FactKeys.tradeFigure(t); }
    @Override public TradeFigure bare(TradeFigure t) {
      return t.evidence().isEmpty() ? t : t.toBuilder().evidence(List.of()).build();
    }
    @Override public List<Span> evidence(TradeFigure t) { return t.evidence(); }
    @Override public boolean firm(TradeFigure t) { return bounded(t.qualifier()); }
    @Override public double lo(TradeFigure t) { return range(t)[0]; }
    @Override public double hi(TradeFigure t) { return range(t)[1]; }
    @Override public boolean fits(TradeFigure loose, TradeFigure m) { return meet(range(loose), range(m)); }
    @Override public Comparator<TradeFigure> looseOrder() { return Comparator.comparingInt(t -> rank(t.qualifier())); }
    @Override public TradeFigure reconcile(Map<TradeFigure, Integer> counts) {
      TradeFigure base = best(counts, Comparator.<TradeFigure>comparingInt(t -> rank(t.qualifier()))
          .thenComparingInt(t -> -measured(t).stripTrailingZeros().precision()));
      TradeFigure.Builder b = base.toBuilder().evidence(List.of());
      if (base.value() != null && base.changePercent() == null) {
        b.changePercent(mostTold(counts, TradeFigure::changePercent));
      }
      return b.commodity(mostTold(counts, TradeFigure::commodity)).build();
    }
    @Override public boolean identifying(String key) { return !key.split("\\|", -1)[2].equals("?"); }
  };

  // ------------------------------------------------------------------ arms contracts

  static String direction(ArmsContract a) {
    return (a.supplier() == null ? "?" : a.supplier().code()) + ">" + (a.recipient() == null ? "?" : a.recipient().code());
  }

  static double[] range(ArmsContract a) {
    Money v = Objects.requireNonNull(a.value());
    return range(v.amount(), a.qualifier());
  }

  static boolean quantitiesFit(@Nullable Quantity a, @Nullable Quantity b) {
    return a == null || b == null || !a.unit().equalsIgnoreCase(b.unit())
        || meet(range(a.amount(), Qualifier.EXACT), range(b.amount(), Qualifier.EXACT));
  }

  static final FactRule<ArmsContract> ARMS = new FactRule<>() {
    @Override public String kind() { return "armsContracts"; }
    @Override public String key(ArmsContract a) { return FactKeys.armsContract(a); }
    @Override public ArmsContract bare(ArmsContract a) {
      return a.evidence().isEmpty() ? a : a.toBuilder().evidence(List.of()).build();
    }
    @Override public List<Span> evidence(ArmsContract a) { return a.evidence(); }
    @Override public boolean firm(ArmsContract a) { return a.value() != null && bounded(a.qualifier()); }
    @Override public String lane(ArmsContract a) { return direction(a) + "|" + a.value().currencyCode(); }
    @Override public double lo(ArmsContract a) { return range(a)[0]; }
    @Override public double hi(ArmsContract a) { return range(a)[1]; }
    @Override public boolean fits(ArmsContract loose, ArmsContract m) {
      if (!direction(loose).equals(direction(m)) || !quantitiesFit(loose.quantity(), m.quantity())) {
        return false;
      }
      return loose.value() == null || m.value() == null
          || !loose.value().currencyCode().equals(m.value().currencyCode())
          || meet(range(loose.value().amount(), loose.qualifier()), range(m.value().amount(), m.qualifier()));
    }
    @Override public Comparator<ArmsContract> looseOrder() {
      return Comparator.<ArmsContract>comparingInt(a -> a.value() == null ? 1 : 0)
          .thenComparingInt(a -> a.quantity() == null ? 1 : 0);
    }
    @Override public ArmsContract reconcile(Map<ArmsContract, Integer> counts) {
      ArmsContract base = best(counts, Comparator.<ArmsContract>comparingInt(a -> a.value() == null ? 1 : 0)
          .thenComparingInt(a -> rank(a.qualifier())));
      return base.toBuilder()
          .quantity(base.quantity() != null ? base.quantity() : mostTold(counts, ArmsContract::quantity))
          .signed(preciseDate(counts, ArmsContract::signed))
          .delivered(preciseDate(counts, ArmsContract::delivered))
          .evidence(List.of())
          .build();
    }
    @Override public boolean identifying(String key) { return true; }
  };
}
