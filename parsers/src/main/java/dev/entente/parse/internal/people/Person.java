package dev.entente.parse.internal.people;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One person of an article while mentions are being gathered: the fullest name seen and the office. */
final class Person {
  final int id;
  /** The name's words as written, and their lookup keys. */
  List<String> words;
  List<String> keys;
  @Nullable String title;
  /**
   * The title with the state it names after the office, as the leader's title ("President of the
   * Islamic Republic of Iran", "President of the Republic"), or null when the text gives none longer
   * than {@link #title}; later mentions are matched against {@link #title}.
   */
  @Nullable String fullTitle;
  @Nullable Role role;
  /** The role of the lighter office of a title of two ("Crown Prince and Prime Minister"), or null. */
  @Nullable Role otherRole;
  @Nullable Country country;
  /** The rule that gave {@link #country}, or null while it has none. */
  @Nullable StateRule stateBy;
  boolean company;
  /** Named as "the visiting" holder of the office. */
  boolean visiting;
  /** The person a "counterpart" faces, if named so. */
  @Nullable Person facing;
  /** Token index of the mention that introduced the person. */
  final int introToken;
  final List<Span> evidence = new ArrayList<>();

  Person(int id, List<String> words, List<String> keys, int introToken) {
    this.id = id;
    this.words = words;
    this.keys = keys;
    this.introToken = introToken;
  }

  /**
   * The person's number: persons are equal only to themselves, and hashing the number spares the
   * identity hash the JVM would otherwise work out for each new person.
   */
  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other;
  }

  void setCountry(Country c, StateRule rule) {
    country = c;
    stateBy = rule;
  }

  /** The spans of {@link #evidence} in order, each once (as a sorted set would give them, without its tree). */
  List<Span> sortedEvidence() {
    List<Span> sorted = new ArrayList<>(evidence);
    sorted.sort(null);
    int n = 0;
    for (Span span : sorted) {
      if (n == 0 || sorted.get(n - 1).compareTo(span) != 0) {
        sorted.set(n++, span);
      }
    }
    return n == sorted.size() ? sorted : new ArrayList<>(sorted.subList(0, n));
  }

  /**
   * The name as written, its words joined by one space: made once per fullest form, as every
   * mention of the person carries it.
   */
  String name() {
    if (nameOf != words) {
      name = String.join(" ", words);
      nameOf = words;
    }
    return name;
  }

  /** The words {@link #name} was last made of, and that name. */
  private @Nullable List<String> nameOf;
  private String name = "";

  String lastKey() {
    return keys.get(keys.size() - 1);
  }

  boolean holdsStateOffice() {
    return role != null && !company;
  }

  /**
   * Whether a name with these keys can be this person: same surname, and same first name when both
   * have one, unless each name has a middle word the other lacks: "[Given] Al-[Father] Al-[Grandfather]
   * Al-[House]" and "[Given] [Father] Al-[Grandfather] Al-[House]", or "[Given] bin [Father] bin
   * [Grandfather]" and "[Given] bin [Uncle] bin [Grandfather]", are two people of one house.
   */
  boolean sameAs(List<String> other) {
    if (!other.get(other.size() - 1).equals(lastKey())) {
      return false;
    }
    if (other.size() == 1 || keys.size() == 1) {
      return true;
    }
    return other.get(0).equals(keys.get(0)) && !(ownMiddle(keys, other) && ownMiddle(other, keys));
  }

  /**
   * Whether {@code a} has a middle word, not an initial, that {@code b}'s middle words lack, and that
   * none of them abbreviates ("Walker" beside "W.").
   */
  static boolean ownMiddle(List<String> a, List<String> b) {
    for (int i = 1; i < a.size() - 1; i++) {
      String w = a.get(i);
      if (w.length() <= 2 || w.endsWith(".")) {
        continue; // an initial: it may stand for any word
      }
      boolean found = false;
      for (int j = 1; j < b.size() - 1 && !found; j++) {
        String v = b.get(j);
        found = v.equals(w) || (v.length() <= 2 || v.endsWith(".")) && v.charAt(0) == w.charAt(0);
      }
      if (!found) {
        return true;
      }
    }
    return false;
  }

  void takeName(List<String> newWords, List<String> newKeys) {
    if (newWords.size() > words.size()) {
      words = newWords;
      keys = newKeys;
    }
  }
}
