package dev.entente.merge;

import dev.entente.model.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What the merge needs to know of one kind of fact: its key, when two tellings agree, how to reconcile them. */
interface FactRule<T> {

  /** The picture's list name: {@code "events"}, {@code "tradeFigures"}... */
  String kind();

  /** The exact group key ({@link FactKeys}). */
  String key(T fact);

  /** The fact without its evidence. */
  T bare(T fact);

  List<Span> evidence(T fact);

  /** Whether the value is firm: an interval on one line that chains with overlapping ones. */
  boolean firm(T value);

  /** Firm values chain only within one lane (e.g. one direction of an arms transfer). */
  default String lane(T value) {
    return "";
  }

  /** The firm value's interval on its line: days, or an amount with its rounding. */
  double lo(T value);

  double hi(T value);

  /** Whether a loose value can be the same fact as {@code member}. */
  boolean fits(T loose, T member);

  /** Loose values are placed narrowest first. */
  Comparator<T> looseOrder();

  /** The reconciled fact of values told {@code counts} times each. */
  T reconcile(Map<T, Integer> counts);

  /** Whether the key names one fact, so that values that do not chain are in conflict. */
  boolean identifying(String key);

  /** What the picture's list is sorted by first (then key, then value): the date, for a timeline. */
  default String order(T value) {
    return "";
  }
}
