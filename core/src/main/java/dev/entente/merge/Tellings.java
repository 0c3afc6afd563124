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
    List<Merged<T>> out = new ArrayList<>();
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
        out.add(merged);
        group.add(merged);
      }
      if (group.size() > 1 && rule.identifying(key)) {
        conflicts.add(new Conflict(rule.kind(), key, group));
      }
    }
    out.sort(rule.pictureOrder());
    return out;
  }

  private static final Comparator<Source<?>> SOURCE_ORDER = Comparator
      .<Source<?>, String>comparing(Source::articleId)
      .thenComparing(s -> spans(s.evidence()))
      .thenComparing(s -> s.value().toString());

  private static String spans(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(String.format("%010d:%010d;", s.start(), s.end()));
    }
    return sb.toString();
  }
}
