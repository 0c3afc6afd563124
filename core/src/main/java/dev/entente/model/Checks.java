package dev.entente.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's compact constructors; messages name the bad value. */
final class Checks {
  private Checks() {}

  static <T> T notNull(@Nullable T value, String name) {
    if (value == null) { // no message supplier: a lambda's first use costs milliseconds when a program starts
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  static String notBlank(@Nullable String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
    }
    return value;
  }

  static @Nullable String blankToNull(@Nullable String value, String name) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " must be null or not blank: \"" + value + "\"");
    }
    return value;
  }

  /** Copies a list, rejecting a null list or a null element with a message naming the field. */
  static <T> List<T> copy(@Nullable List<T> list, String name) {
    notNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(list);
  }

  static List<String> copyNotBlank(@Nullable List<String> list, String name) {
    List<String> copy = copy(list, name);
    for (int i = 0; i < copy.size(); i++) {
      notBlank(copy.get(i), name + "[" + i + "]");
    }
    return copy;
  }
}
