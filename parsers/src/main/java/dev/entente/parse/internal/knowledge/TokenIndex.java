package dev.entente.parse.internal.knowledge;

import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names of several words found in a token sequence by the key of their first token: one hash
 * lookup per token, then a comparison of the few names that start with it, longest first.
 *
 * <p>A name whose first word is written in capitals ("TOW", "NASAMS") matches only a token written
 * so; any other matches only a token that does not start lower case ("a tiger" is no Tiger).
 */
final class TokenIndex<T> {

  /** A name found: tokens {@code [start, end)} name {@code value}. */
  record Hit<T>(T value, int start, int end) {}

  private record Form<T>(T value, String[] keys, @Nullable String exactFirst) {}

  private final Map<String, Form<T>[]> byFirstKey;

  /** Indexes {@code names}: each value with the names it goes by; among names of equal length the earlier wins. */
  @SuppressWarnings("unchecked")
  TokenIndex(Map<T, List<String>> names) {
    Tokenizer tokenizer = new Tokenizer();
    Map<String, List<Form<T>>> index = new HashMap<>(names.size() * 8);
    names.forEach((value, forms) -> {
      for (String name : forms) {
        List<Token> tokens = tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
          continue;
        }
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = tokens.get(i).key();
        }
        String first = tokens.get(0).text();
        index.computeIfAbsent(keys[0], k -> new ArrayList<>(2)).add(new Form<>(value, keys, capitals(first) ? first : null));
      }
    });
    Map<String, Form<T>[]> sorted = new HashMap<>(index.size() * 2);
    index.forEach((k, v) -> {
      Form<T>[] forms = v.toArray(new Form[0]);
      Arrays.sort(forms, Comparator.comparingInt((Form<T> f) -> -f.keys.length)); // stable: order kept among equals
      sorted.put(k, forms);
    });
    this.byFirstKey = sorted;
  }

  /** Two letters or more and nothing but capital letters: "TOW", "SAMP", "HIMARS". */
  private static boolean capitals(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) || Character.isLowerCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The longest name that starts at token {@code i}, or null. */
  @Nullable Hit<T> at(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (first.isPunct()) {
      return null;
    }
    Form<T>[] forms = byFirstKey.get(first.key());
    if (forms == null || first.isLowerCase()) {
      return null;
    }
    int n = tokens.size();
    for (Form<T> f : forms) {
      if (i + f.keys.length > n || f.exactFirst != null && !f.exactFirst.equals(first.text())) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < f.keys.length && all; k++) {
        all = tokens.get(i + k).key().equals(f.keys[k]);
      }
      if (all) {
        return new Hit<>(f.value, i, i + f.keys.length);
      }
    }
    return null;
  }

  /** The keys some name starts with. */
  java.util.Set<String> firstKeys() {
    return byFirstKey.keySet();
  }

  /** Whether some name starts with this token key. */
  boolean starts(String key) {
    return byFirstKey.containsKey(key);
  }

  /** The values every name of which reads as {@code name} token by token, in index order. */
  List<T> named(String name) {
    List<Token> tokens = new Tokenizer().tokenize(name);
    List<T> out = new ArrayList<>(2);
    if (tokens.isEmpty()) {
      return out;
    }
    Form<T>[] forms = byFirstKey.get(tokens.get(0).key());
    if (forms == null) {
      return out;
    }
    for (Form<T> f : forms) {
      if (f.keys.length != tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < f.keys.length && all; k++) {
        all = tokens.get(k).key().equals(f.keys[k]);
      }
      if (all && !out.contains(f.value)) {
        out.add(f.value);
      }
    }
    return out;
  }
}
