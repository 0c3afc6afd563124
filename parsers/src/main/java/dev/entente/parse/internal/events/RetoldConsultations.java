package dev.entente.parse.internal.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dated consultations an undated mention may retell, indexed so that finding one looks only
 * at those with a person in common or told at most two sentences before, not at every event. Part of
 * {@link Retellings}; per article.
 */
final class RetoldConsultations {
  private final List<Draft> consults = new ArrayList<>();
  private final int[] sentences;
  private final boolean inOrder;
  private final Map<Draft, Integer> position = new IdentityHashMap<>();
  /** Person id to the indexes (in {@link #consults}) of the consultations that person is part of. */
  private final Map<Integer, List<Integer>> byPerson = new HashMap<>();

  RetoldConsultations(List<Draft> events) {
    for (Draft e : events) {
      if (e.family().equals("CONSULT")) {
        for (Integer id : e.people.keySet()) {
          byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(consults.size());
        }
        position.put(e, consults.size());
        consults.add(e);
      }
    }
    sentences = new int[consults.size()];
    boolean sorted = true;
    for (int k = 0; k < sentences.length; k++) {
      sentences[k] = consults.get(k).sentence;
      sorted &= k == 0 || sentences[k - 1] <= sentences[k];
    }
    inOrder = sorted;
  }

  /** {@code target} takes in {@code u} (and the people it adds are indexed). */
  void absorb(Draft target, Draft u) {
    List<Integer> added = new ArrayList<>();
    for (Integer id : u.people.keySet()) {
      if (!target.people.containsKey(id)) {
        added.add(id);
      }
    }
    target.absorb(u, false);
    if (!added.isEmpty()) {
      Integer at = position.get(target);
      if (at != null) {
        for (Integer id : added) {
          byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(at);
        }
      }
    }
  }

  /**
   * The dated occasion an undated mention retells: the nearest one before (else after) with a person in
   * common, not one still ahead when the mention is told done.
   */
  @Nullable Draft target(Draft u) {
    if (!u.family().equals("CONSULT")) {
      return null;
    }
    // the only consultations that can be related: those sharing a person, and those told close before
    int[] candidates;
    int n = 0;
    if (inOrder) {
      int lo = 0;
      int hi = sentences.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sentences[mid] < u.sentence - 2) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int close = lo;
      while (close < sentences.length && sentences[close] <= u.sentence) {
        close++;
      }
      List<List<Integer>> shared = new ArrayList<>();
      int size = close - lo;
      for (Integer id : u.people.keySet()) {
        List<Integer> of = byPerson.getOrDefault(id, List.of());
        shared.add(of);
        size += of.size();
      }
      candidates = new int[size];
      for (int k = lo; k < close; k++) {
        candidates[n++] = k;
      }
      for (List<Integer> of : shared) {
        for (int k : of) {
          candidates[n++] = k;
        }
      }
      Arrays.sort(candidates);
    } else {
      candidates = new int[consults.size()];
      for (int k = 0; k < consults.size(); k++) {
        candidates[n++] = k;
      }
    }
    Draft before = null;
    Draft after = null;
    int last = -1;
    for (int k : candidates) {
      if (k == last) {
        continue;
      }
      last = k;
      Draft e = consults.get(k);
      boolean close = u.sentence - e.sentence <= 2 && u.sentence >= e.sentence;
      boolean related = u.people.isEmpty()
          ? close && (u.countries.isEmpty() || u.sharesCountry(e))
          : u.sharesPerson(e) || (close && !u.countries.isEmpty() && e.countries.containsAll(u.countries));
      if (!related || (e.planned && !u.planned)) {
        // an occasion told done retells none still ahead ("A and B signed the accord. A is to visit C in [month]")
        continue;
      }
      if (e.sentence <= u.sentence) {
        before = e;
      } else if (after == null) {
        after = e;
      }
    }
    return before != null ? before : after;
  }
}
