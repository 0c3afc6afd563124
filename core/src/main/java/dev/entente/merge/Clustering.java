package dev.entente.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the distinct values of one key into the facts they tell. Firm values (a day, an amount
 * with its rounding) are sorted along their interval and chained where intervals overlap: linear
 * after the sort, never all pairs. Loose values (a month, "more than", no date) are then taken
 * narrowest first, each joining the one fact it fits, or standing alone when it fits none or
 * several. Every step depends on the set of values only, never on the order they came in.
 */
final class Clustering {
  private Clustering() {}

  static <T> List<List<T>> components(FactRule<T> rule, Map<T, ? extends Set<?>> values) {
    Map<T, String> text = new HashMap<>();
    for (T v : values.keySet()) {
      text.put(v, v.toString());
    }
    Comparator<T> canonical = Comparator.comparing(text::get);
    Map<String, List<T>> lanes = new LinkedHashMap<>();
    List<T> loose = new ArrayList<>();
    List<T> distinct = new ArrayList<>(values.keySet());
    distinct.sort(canonical);
    for (T v : distinct) {
      if (rule.firm(v)) {
        lanes.computeIfAbsent(rule.lane(v), k -> new ArrayList<>()).add(v);
      } else {
        loose.add(v);
      }
    }
    List<List<T>> components = new ArrayList<>();
    List<String> laneNames = new ArrayList<>(lanes.keySet());
    laneNames.sort(Comparator.naturalOrder());
    for (String lane : laneNames) {
      List<T> firm = lanes.get(lane);
      Map<T, double[]> range = new HashMap<>();
      firm.forEach(v -> range.put(v, new double[] {rule.lo(v), rule.hi(v)}));
      firm.sort(Comparator.<T>comparingDouble(v -> range.get(v)[0]).thenComparingDouble(v -> range.get(v)[1]).thenComparing(canonical));
      List<T> current = null;
      double reach = Double.NEGATIVE_INFINITY;
      for (T v : firm) {
        double[] r = range.get(v);
        if (current == null || r[0] > reach) {
          current = new ArrayList<>();
          components.add(current);
          reach = r[1];
        } else {
          reach = Math.max(reach, r[1]);
        }
        current.add(v);
      }
    }
    loose.sort(rule.looseOrder().thenComparing(canonical));
    for (T v : loose) {
      List<T> home = null;
      int fitting = 0;
      for (List<T> c : components) {
        if (fitsAll(rule, v, c)) {
          home = c;
          fitting++;
        }
      }
      if (fitting == 1) {
        home.add(v);
      } else {
        List<T> alone = new ArrayList<>();
        alone.add(v);
        components.add(alone);
      }
    }
    return components;
  }

  private static <T> boolean fitsAll(FactRule<T> rule, T loose, List<T> component) {
    for (T member : component) {
      if (!rule.fits(loose, member)) {
        return false;
      }
    }
    return true;
  }
}
