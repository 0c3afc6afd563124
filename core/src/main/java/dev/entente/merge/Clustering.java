package dev.entente.merge;

import java.util.ArrayList;
import java.util.Comparator;
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
    Comparator<T> canonical = Comparator.comparing(Object::toString);
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
      firm.sort(Comparator.<T>comparingDouble(rule::lo).thenComparingDouble(rule::hi).thenComparing(canonical));
      List<T> current = null;
      double reach = Double.NEGATIVE_INFINITY;
      for (T v : firm) {
        if (current == null || rule.lo(v) > reach) {
          current = new ArrayList<>();
          components.add(current);
          reach = rule.hi(v);
        } else {
          reach = Math.max(reach, rule.hi(v));
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
