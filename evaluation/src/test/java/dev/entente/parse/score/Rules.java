package dev.entente.parse.score;

import static dev.entente.parse.score.Values.close;
import static dev.entente.parse.score.Values.code;
import static dev.entente.parse.score.Values.codes;
import static dev.entente.parse.score.Values.edtf;
import static dev.entente.parse.score.Values.fold;
import static dev.entente.parse.score.Values.get;
import static dev.entente.parse.score.Values.list;
import static dev.entente.parse.score.Values.num;
import static dev.entente.parse.score.Values.orEmpty;
import static dev.entente.parse.score.Values.person;
import static dev.entente.parse.score.Values.truthy;
import static dev.entente.parse.score.Values.upper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The contract's matching rules, one per fact type: whether a predicted fact matches a gold one
 * (and how well, to prefer the better of two candidates), and which of the gold's attributes it
 * gets right.
 */
final class Rules {
  private static final Set<String> CONSULT = Set.of("MEETING", "VISIT", "CALL");
  private static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");
  private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

  private Rules() {}

  /** A predicted fact; an arms contract stands once per item it names ({@code item}). */
  record Pred(JsonNode node, @Nullable String item) {}

  /** Answers 0 when {@code p} does not match {@code g}, else a quality of at least 1. */
  interface Matcher {
    int match(JsonNode g, Pred p);
  }

  static Matcher matcher(String kind) {
    return switch (kind) {
      case "leaders" -> Rules::leader;
      case "agreements" -> Rules::agreement;
      case "tradeFigures" -> Rules::trade;
      case "armsContracts" -> Rules::arms;
      case "events" -> Rules::event;
      default -> throw new IllegalArgumentException("no matching rule for facts of type " + kind);
    };
  }

  static boolean samePerson(JsonNode goldName, @Nullable JsonNode predName) {
    List<String> g = fold(goldName);
    List<String> p = person(predName);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    return g.equals(p) || (g.get(0).equals(p.get(0)) && last(g).equals(last(p)));
  }

  static boolean surnameOverlap(@Nullable JsonNode goldPeople, @Nullable JsonNode predPeople) {
    Set<String> g = new HashSet<>();
    for (JsonNode x : list(goldPeople)) {
      List<String> f = fold(x);
      if (!f.isEmpty()) {
        g.add(last(f));
      }
    }
    for (JsonNode x : list(predPeople)) {
      List<String> f = person(x);
      if (!f.isEmpty() && g.contains(last(f))) {
        return true;
      }
    }
    return false;
  }

  /** Null when the gold has no title words; else whether the predicted title covers or half-overlaps them. */
  static @Nullable Boolean titleOk(@Nullable JsonNode gold, @Nullable JsonNode pred) {
    Set<String> g = new HashSet<>(fold(orEmpty(gold)));
    Set<String> p = new HashSet<>(fold(orEmpty(pred)));
    if (g.isEmpty()) {
      return null;
    }
    Set<String> both = new HashSet<>(g);
    both.retainAll(p);
    Set<String> either = new HashSet<>(g);
    either.addAll(p);
    return p.containsAll(g) || (double) both.size() / either.size() >= 0.5;
  }

  /** Whether every key word begins some word (or hyphen part) of the item. */
  static boolean keyHit(JsonNode key, String item) {
    List<String> toks = new ArrayList<>();
    for (String t : fold(item)) {
      toks.add(t);
      for (String x : t.split("-")) {
        if (!x.isEmpty()) {
          toks.add(x);
        }
      }
    }
    for (JsonNode k : list(key)) {
      String prefix = Values.str(k);
      if (toks.stream().noneMatch(t -> t.startsWith(prefix))) {
        return false;
      }
    }
    return true;
  }

  static int leader(JsonNode g, Pred pred) {
    JsonNode p = pred.node();
    if (!samePerson(Objects.requireNonNull(get(g, "name"), "gold leader without a name"), get(p, "name"))) {
      return 0;
    }
    if (truthy(g, "country")) {
      String pc = code(get(p, "country"));
      if (pc == null || !pc.equals(Values.str(get(g, "country")))) {
        return 0;
      }
    }
    return 1;
  }

  static int agreement(JsonNode g, Pred pred) {
    JsonNode p = pred.node();
    if (get(g, "count") != null) {
      boolean ok = get(p, "count") != null && Values.sameNumber(num(get(p, "count")), num(get(g, "count")));
      return ok ? 1 + (Objects.equals(edtf(get(p, "signed")), edtf(get(g, "signed"))) ? 1 : 0) : 0;
    }
    if (truthy(g, "signed")) {
      return Objects.equals(edtf(get(p, "signed")), edtf(get(g, "signed"))) ? 1 : 0;
    }
    return 0;
  }

  static int trade(JsonNode g, Pred pred) {
    JsonNode p = pred.node();
    if (!upper(get(p, "flow")).equals(Values.str(get(g, "flow")))) {
      return 0;
    }
    if (truthy(g, "value")) {
      return sameMoney(get(g, "value"), get(p, "value")) ? 2 : 0;
    }
    if (truthy(g, "quantity")) {
      JsonNode q = get(p, "quantity");
      return close(num(get(q, "amount")), num(get(get(g, "quantity"), "amount")), HALF_PERCENT) ? 2 : 0;
    }
    if (get(g, "changePercent") != null) {
      boolean ok = close(num(get(p, "changePercent")), num(get(g, "changePercent")), ONE_PERCENT);
      return ok ? 1 + (get(p, "value") == null ? 1 : 0) : 0;
    }
    return 0;
  }

  static int arms(JsonNode g, Pred pred) {
    JsonNode keys = get(g, "key");
    if (truthy(keys)) {
      String item = pred.item();
      if (item == null || item.isEmpty()) {
        return 0;
      }
      for (JsonNode k : list(keys)) {
        if (keyHit(k, item)) {
          return 1;
        }
      }
      return 0;
    }
    if (truthy(g, "value")) {
      return sameMoney(get(g, "value"), get(pred.node(), "value")) ? 1 : 0;
    }
    return 0;
  }

  static int event(JsonNode g, Pred pred) {
    JsonNode p = pred.node();
    String pt = upper(get(p, "type"));
    String gt = Values.str(get(g, "type"));
    boolean sameFamily = pt.equals(gt) || (CONSULT.contains(pt) && CONSULT.contains(gt));
    if (!sameFamily || !Objects.equals(edtf(get(p, "date")), edtf(get(g, "date")))) {
      return 0;
    }
    Set<String> shared = codes(get(g, "countries"));
    shared.retainAll(codes(get(p, "countries")));
    boolean ok = !shared.isEmpty() || surnameOverlap(get(g, "participants"), get(p, "participants"));
    return ok ? 1 + (pt.equals(gt) ? 1 : 0) : 0;
  }

  /** The same currency and an amount within half a percent. */
  private static boolean sameMoney(@Nullable JsonNode gold, @Nullable JsonNode pred) {
    if (gold == null || !gold.isObject() || pred == null || !pred.isObject()) {
      return false;
    }
    BigDecimal pa = num(get(pred, "amount"));
    return pa != null && upper(get(gold, "currency")).equals(upper(get(pred, "currency")))
        && close(pa, num(get(gold, "amount")), HALF_PERCENT);
  }

  /** Reports (attribute, correct?) for each attribute the gold fact states. */
  static void attributes(String kind, JsonNode g, JsonNode p, BiConsumer<String, Boolean> out) {
    switch (kind) {
      case "leaders" -> {
        if (truthy(g, "title")) {
          out.accept("title", Boolean.TRUE.equals(titleOk(get(g, "title"), get(p, "title"))));
        }
        if (truthy(g, "role")) {
          out.accept("role", upper(get(p, "role")).equals(Values.str(get(g, "role"))));
        }
      }
      case "agreements" -> {
        if (truthy(g, "kind")) {
          out.accept("kind", upper(get(p, "kind")).equals(Values.str(get(g, "kind"))));
        }
        if (truthy(g, "parties")) {
          out.accept("parties", codes(get(p, "parties")).equals(Values.strings(get(g, "parties"))));
        }
        if (truthy(g, "sectors")) {
          Set<String> ps = new HashSet<>();
          for (JsonNode s : list(get(p, "sectors"))) {
            ps.addAll(fold(s));
          }
          List<JsonNode> gs = list(get(g, "sectors"));
          long hits = gs.stream().filter(s -> ps.containsAll(fold(s))).count();
          out.accept("sectors", (double) hits / gs.size() >= 0.5);
        }
        if (truthy(g, "signed") && get(g, "count") != null) {
          out.accept("signed", Objects.equals(edtf(get(p, "signed")), edtf(get(g, "signed"))));
        }
      }
      case "tradeFigures" -> {
        for (String f : List.of("reporter", "partner")) {
          if (truthy(g, f)) {
            out.accept(f, Values.str(get(g, f)).equals(code(get(p, f))));
          }
        }
        if (truthy(g, "period")) {
          out.accept("period", Objects.equals(edtf(get(p, "period")), edtf(get(g, "period"))));
        }
        if (truthy(g, "commodity")) {
          Set<String> gc = new HashSet<>(fold(get(g, "commodity")));
          gc.retainAll(fold(orEmpty(get(p, "commodity"))));
          out.accept("commodity", !gc.isEmpty());
        }
        if (truthy(g, "qualifier")) {
          String q = truthy(p, "qualifier") ? upper(get(p, "qualifier")) : "EXACT";
          out.accept("qualifier", q.equals(Values.str(get(g, "qualifier"))));
        }
      }
      case "armsContracts" -> {
        for (String f : List.of("signed", "delivered")) {
          if (truthy(g, f)) {
            out.accept(f, Objects.equals(edtf(get(p, f)), edtf(get(g, f))));
          }
        }
        for (String f : List.of("supplier", "recipient")) {
          if (truthy(g, f)) {
            out.accept(f, Values.str(get(g, f)).equals(code(get(p, f))));
          }
        }
      }
      case "events" -> {
        out.accept("type", upper(get(p, "type")).equals(Values.str(get(g, "type"))));
        if (truthy(g, "location")) {
          Set<String> gl = new HashSet<>(fold(get(g, "location")));
          gl.retainAll(fold(orEmpty(get(p, "location"))));
          out.accept("location", !gl.isEmpty());
        }
        if (truthy(g, "participants")) {
          Set<String> pp = new HashSet<>();
          for (JsonNode x : list(get(p, "participants"))) {
            List<String> f = person(x);
            if (!f.isEmpty()) {
              pp.add(last(f));
            }
          }
          List<JsonNode> gp = list(get(g, "participants"));
          long hits = gp.stream().filter(x -> pp.contains(last(fold(x)))).count();
          out.accept("participants", (double) hits / gp.size() >= 0.5);
        }
      }
      default -> throw new IllegalArgumentException("no attributes for facts of type " + kind);
    }
  }

  private static String last(List<String> words) {
    return words.get(words.size() - 1);
  }
}
