package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.Fact;
import dev.entente.model.Leader;
import dev.entente.model.Money;
import dev.entente.model.Quantity;
import dev.entente.model.TradeFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Joins the extractions of many articles into one {@link Picture}: the same meeting told by four
 * outlets becomes one event with four sources.
 *
 * <p>Facts are the same when they agree on what identifies them: leaders by name (case, accents
 * and a missing first name aside) and state; events by type family (meeting, visit and call are
 * one family), a date one of them contains in the other, and a shared participant or the same
 * states; agreements by kind and title, or by count, date and parties; trade figures by flow,
 * direction, period and amount (within 0.5 %); arms contracts by direction and item or value. The
 * merged fact keeps the most precise date and the fullest spelling of each name, and the union of
 * participants and states. Merging is order-independent for facts that match pairwise.
 *
 * <pre>{@code
 * Picture p = ExtractionMerger.merge(List.of(fromTass, fromEfe, fromAnadolu));
 * p.events().forEach(e -> System.out.println(e.value().type() + " " + e.articleCount()));
 * }</pre>
 */
public final class ExtractionMerger {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

  private ExtractionMerger() {}

  /** Merges the extractions, in the order given (the first telling of a fact leads). */
  public static Picture merge(Collection<ArticleExtraction> extractions) {
    Objects.requireNonNull(extractions, "extractions must not be null");
    Map<Country, List<Source>> countries = new LinkedHashMap<>();
    Groups<Leader> leaders = new Groups<>(l -> Names.surname(l.name()), ExtractionMerger::sameLeader, ExtractionMerger::combineLeaders);
    Groups<DiplomaticEvent> events = new Groups<>(ExtractionMerger::eventKey, ExtractionMerger::sameEvent, ExtractionMerger::combineEvents);
    Groups<Agreement> agreements = new Groups<>(a -> a.kind().name(), ExtractionMerger::sameAgreement, ExtractionMerger::combineAgreements);
    Groups<TradeFigure> trade = new Groups<>(t -> t.flow() + "/" + t.reporter() + "/" + t.partner(), ExtractionMerger::sameTrade, (a, b) -> a);
    Groups<ArmsContract> arms = new Groups<>(a -> a.supplier() + "/" + a.recipient(), ExtractionMerger::sameArms, ExtractionMerger::combineArms);
    List<dev.entente.model.Article> articles = new ArrayList<>();
    for (ArticleExtraction x : extractions) {
      Objects.requireNonNull(x, "extraction must not be null");
      String id = x.article().id();
      articles.add(x.article());
      for (CountryMention m : x.countries()) {
        countries.computeIfAbsent(m.country(), c -> new ArrayList<>()).add(new Source(id, m.evidence()));
      }
      x.leaders().forEach(f -> leaders.add(id, f));
      x.events().forEach(f -> events.add(id, f));
      x.agreements().forEach(f -> agreements.add(id, f));
      x.tradeFigures().forEach(f -> trade.add(id, f));
      x.armsContracts().forEach(f -> arms.add(id, f));
    }
    List<Merged<Country>> mergedCountries = new ArrayList<>();
    countries.forEach((c, s) -> mergedCountries.add(new Merged<>(c, s)));
    return new Picture(articles, mergedCountries,
        leaders.result(l -> l.withEvidence(List.of())),
        agreements.result(a -> a.toBuilder().evidence(List.of()).build()),
        trade.result(t -> t.toBuilder().evidence(List.of()).build()),
        arms.result(a -> a.toBuilder().evidence(List.of()).build()),
        events.result(e -> e.toBuilder().evidence(List.of()).build()));
  }

  // ------------------------------------------------------------------ leaders

  static boolean sameLeader(Leader a, Leader b) {
    return Names.samePerson(a.name(), b.name()) && compatible(a.country(), b.country());
  }

  private static Leader combineLeaders(Leader a, Leader b) {
    String name = Names.fuller(a.name(), b.name());
    Country country = a.country() != null ? a.country() : b.country();
    boolean useB = a.title() == null && b.title() != null
        || a.role() == dev.entente.model.Role.OTHER && b.role() != dev.entente.model.Role.OTHER;
    return new Leader(name, country, useB ? b.title() : a.title(), useB ? b.role() : a.role(), List.of());
  }

  // ------------------------------------------------------------------ events

  private static String eventKey(DiplomaticEvent e) {
    String family = e.type().isConsultation() ? "CONSULT" : e.type().name();
    return family + "/" + (e.date() == null ? "?" : Integer.toString(e.date().earliest().getYear()));
  }

  static boolean sameEvent(DiplomaticEvent a, DiplomaticEvent b) {
    if (a.planned() != b.planned() || !sameDate(a.date(), b.date())) {
      return false;
    }
    for (String p : a.participants()) {
      for (String q : b.participants()) {
        if (Names.samePerson(p, q)) {
          return true;
        }
      }
    }
    return !a.countries().isEmpty() && new HashSet<>(a.countries()).equals(new HashSet<>(b.countries()));
  }

  private static boolean sameDate(@Nullable EdtfDate a, @Nullable EdtfDate b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.contains(b) || b.contains(a);
  }

  private static DiplomaticEvent combineEvents(DiplomaticEvent a, DiplomaticEvent b) {
    EdtfDate date = a.date();
    if (date != null && b.date() != null && date.contains(b.date()) && !date.equals(b.date())) {
      date = b.date();
    }
    List<String> participants = new ArrayList<>(a.participants());
    for (String q : b.participants()) {
      int same = -1;
      for (int i = 0; i < participants.size(); i++) {
        if (Names.samePerson(participants.get(i), q)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        participants.add(q);
      } else {
        participants.set(same, Names.fuller(participants.get(same), q));
      }
    }
    Set<Country> countries = new LinkedHashSet<>(a.countries());
    countries.addAll(b.countries());
    return a.toBuilder()
        .date(date)
        .location(a.location() != null ? a.location() : b.location())
        .participants(participants)
        .countries(new ArrayList<>(countries))
        .build();
  }

  // ------------------------------------------------------------------ agreements

  static boolean sameAgreement(Agreement a, Agreement b) {
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.title() != null && b.title() != null) {
      return Names.folded(a.title()).equals(Names.folded(b.title()));
    }
    return Objects.equals(a.count(), b.count())
        && sameDate(a.signed(), b.signed())
        && new HashSet<>(a.parties()).equals(new HashSet<>(b.parties()));
  }

  private static Agreement combineAgreements(Agreement a, Agreement b) {
    Set<String> sectors = new LinkedHashSet<>(a.sectors());
    sectors.addAll(b.sectors());
    EdtfDate signed = a.signed() != null ? a.signed() : b.signed();
    if (a.signed() != null && b.signed() != null && a.signed().contains(b.signed())) {
      signed = b.signed();
    }
    return a.toBuilder()
        .title(a.title() != null ? a.title() : b.title())
        .signed(signed)
        .sectors(new ArrayList<>(sectors))
        .build();
  }

  // ------------------------------------------------------------------ trade figures

  static boolean sameTrade(TradeFigure a, TradeFigure b) {
    if (!Objects.equals(a.period(), b.period())) {
      return false;
    }
    if (a.value() != null || b.value() != null) {
      return a.value() != null && b.value() != null && close(a.value(), b.value());
    }
    if (a.quantity() != null || b.quantity() != null) {
      return a.quantity() != null && b.quantity() != null && close(a.quantity(), b.quantity());
    }
    return a.changePercent() != null && b.changePercent() != null
        && a.changePercent().compareTo(b.changePercent()) == 0;
  }

  private static boolean close(Money a, Money b) {
    return a.currency().equals(b.currency()) && close(a.amount(), b.amount());
  }

  private static boolean close(Quantity a, Quantity b) {
    return a.unit().equalsIgnoreCase(b.unit()) && close(a.amount(), b.amount());
  }

  private static boolean close(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      return a.signum() == 0;
    }
    return a.subtract(b).abs().compareTo(b.abs().multiply(TOLERANCE)) <= 0;
  }

  // ------------------------------------------------------------------ arms contracts

  static boolean sameArms(ArmsContract a, ArmsContract b) {
    if (!a.items().isEmpty() && !b.items().isEmpty()) {
      for (String x : a.items()) {
        String fx = Names.folded(x);
        for (String y : b.items()) {
          String fy = Names.folded(y);
          if (fx.contains(fy) || fy.contains(fx)) {
            return true;
          }
        }
      }
      return false;
    }
    return a.items().isEmpty() && b.items().isEmpty()
        && a.value() != null && b.value() != null && close(a.value(), b.value());
  }

  private static ArmsContract combineArms(ArmsContract a, ArmsContract b) {
    return a.toBuilder()
        .value(a.value() != null ? a.value() : b.value())
        .quantity(a.quantity() != null ? a.quantity() : b.quantity())
        .signed(a.signed() != null ? a.signed() : b.signed())
        .delivered(a.delivered() != null ? a.delivered() : b.delivered())
        .build();
  }

  private static boolean compatible(@Nullable Country a, @Nullable Country b) {
    return a == null || b == null || a.equals(b);
  }

  /**
   * Facts gathered per coarse key; at the end each key's facts are split into the connected
   * components of the "same fact" relation, so the result does not depend on the order of arrival.
   */
  private static final class Groups<T extends Fact> {
    private final Function<T, String> key;
    private final BiPredicate<T, T> same;
    private final BinaryOperator<T> combine;
    private final Map<String, List<Told<T>>> byKey = new LinkedHashMap<>();

    Groups(Function<T, String> key, BiPredicate<T, T> same, BinaryOperator<T> combine) {
      this.key = key;
      this.same = same;
      this.combine = combine;
    }

    void add(String articleId, T fact) {
      byKey.computeIfAbsent(key.apply(fact), k -> new ArrayList<>()).add(new Told<>(fact, new Source(articleId, fact.evidence())));
    }

    List<Merged<T>> result(Function<T, T> withoutEvidence) {
      List<Merged<T>> out = new ArrayList<>();
      for (List<Told<T>> bucket : byKey.values()) {
        int[] parent = new int[bucket.size()];
        for (int i = 0; i < parent.length; i++) {
          parent[i] = i;
          for (int j = 0; j < i; j++) {
            if (same.test(bucket.get(j).fact, bucket.get(i).fact)) {
              parent[root(parent, i)] = root(parent, j);
            }
          }
        }
        Map<Integer, List<Told<T>>> components = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
          components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(bucket.get(i));
        }
        for (List<Told<T>> component : components.values()) {
          T value = component.get(0).fact;
          List<Source> sources = new ArrayList<>(component.size());
          for (Told<T> t : component) {
            if (t != component.get(0)) {
              value = combine.apply(value, t.fact);
            }
            sources.add(t.source);
          }
          out.add(new Merged<>(withoutEvidence.apply(value), sources));
        }
      }
      return out;
    }

    private static int root(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }
  }

  private record Told<T>(T fact, Source source) {}
}
