package dev.entente.merge;

import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tellings of one kind of fact, grouped by key and by distinct value: memory grows with the
 * distinct facts and their sources, and a fact is compared only with the values of its own key.
 */
final class Tellings<T> {
  private final FactRule<T> rule;
  private final Map<String, Map<T, Set<Source<T>>>> byKey = new HashMap<>();

  Tellings(FactRule<T> rule) {
    this.rule = rule;
  }

  void add(String articleId, T fact) {
    T bare = rule.bare(fact);
    add(new Source<>(articleId, bare, rule.evidence(fact)));
  }

  void add(Source<T> source) {
    Map<T, Set<Source<T>>> values = byKey.computeIfAbsent(rule.key(source.value()), k -> new HashMap<>());
    values.computeIfAbsent(source.value(), v -> new LinkedHashSet<>(2)).add(source);
  }

  void addAll(List<Merged<T>> merged) {
    for (Merged<T> m : merged) {
      m.sources().forEach(this::add);
    }
  }

  /** The merged facts, and a conflict for each key whose values cannot all be true. */
  List<Merged<T>> result(List<Conflict> conflicts) {
    List<Sorted<T>> out = new ArrayList<>();
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort(Comparator.naturalOrder());
    for (String key : keys) {
      Map<T, Set<Source<T>>> values = byKey.get(key);
      List<List<T>> components = Clustering.components(rule, values);
      List<Merged<?>> group = new ArrayList<>(components.size());
      for (List<T> component : components) {
        List<Source<T>> sources = new ArrayList<>();
        Map<T, Integer> counts = new HashMap<>();
        for (T v : component) {
          Set<Source<T>> s = values.get(v);
          sources.addAll(s);
          counts.put(v, s.size());
        }
        sources.sort(SOURCE_ORDER);
        Merged<T> merged = new Merged<>(key, rule.reconcile(counts), sources);
        out.add(new Sorted<>(rule.order(merged.value()), key, merged.value().toString(), merged));
        group.add(merged);
      }
      if (group.size() > 1 && rule.identifying(key)) {
        conflicts.add(new Conflict(rule.kind(), key, group));
      }
    }
    out.sort(Comparator.<Sorted<T>, String>comparing(Sorted::order).thenComparing(Sorted::key).thenComparing(Sorted::text));
    return out.stream().map(Sorted::merged).toList();
  }

  /** A merged fact with what it sorts by, each computed once. */
  private record Sorted<T>(String order, String key, String text, Merged<T> merged) {}

  private static final Comparator<Source<?>> SOURCE_ORDER = Comparator
      .<Source<?>, String>comparing(Source::articleId)
      .thenComparing(Source::evidence, Tellings::compareSpans)
      .thenComparing(s -> s.value().toString());

  private static int compareSpans(List<Span> a, List<Span> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
