package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.model.TradeFigure;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Mentions.MoneyRef;
import dev.entente.parse.internal.pipeline.Mentions.QuantityRef;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The states of a ranking told after a figure, each with its own amount: "[A] took 40 percent, or
 * [sum], followed by [B] with [sum] and [C] with [sum]". Each listed state is one figure of the flow,
 * reporter, goods and period of the figure the list follows, with that state on the side the list
 * ranks; the head of the list ("[A] ..., or [sum], followed by") is one too.
 */
final class TradeLists {

  /** One state of a list and its amount (a sum, else a quantity), told in tokens [from, to). */
  record Item(Country state, @Nullable MoneyRef money, @Nullable QuantityRef quantity, int from, int to) {}

  /**
   * The items of the rankings of sentence {@code s}: "followed by [state] with [amount]", each further
   * "(, | and) [state] with [amount]" after it, and the head "[state] ... [amount], followed by" when
   * the sentence names one state before that amount.
   */
  List<Item> items(Scope sc, Sentence s) {
    List<Item> out = new ArrayList<>();
    int from = s.firstToken();
    int to = s.endToken();
    for (int i = from + 2; i < to; i++) {
      if (!sc.key(i).equals("by") || !sc.key(i - 1).equals("followed")) {
        continue;
      }
      Item first = item(sc, i + 1, to);
      if (first == null) {
        continue;
      }
      Item head = head(sc, from, i - 1);
      if (head != null) {
        out.add(head);
      }
      out.add(first);
      for (Item next = first; next != null; ) {
        int k = next.to();
        boolean comma = sc.key(k).equals(",");
        k += comma ? 1 : 0;
        boolean and = sc.key(k).equals("and");
        k += and ? 1 : 0;
        next = comma || and ? item(sc, k, to) : null;
        if (next != null) {
          out.add(next);
        }
      }
      i = out.get(out.size() - 1).to();
    }
    return out;
  }

  /** "[the] [state] with [amount]" starting at token {@code at}; else null. */
  private static @Nullable Item item(Scope sc, int at, int to) {
    int c = sc.key(at).equals("the") ? at + 1 : at;
    CountryRef ref = c < to ? sc.country(c) : null;
    if (ref == null || ref.first() != c || ref.form() != CountryForm.NAME || ref.end() + 1 >= to
        || !sc.key(ref.end()).equals("with")) {
      return null;
    }
    int a = ref.end() + 1;
    MoneyRef m = sc.money(a);
    QuantityRef q = m == null ? sc.quantity(a) : null;
    if (m != null && m.first() == a && m.end() <= to) {
      return new Item(ref.country(), m, null, at, m.end());
    }
    if (q != null && q.first() == a && q.end() <= to) {
      return new Item(ref.country(), null, q, at, q.end());
    }
    return null;
  }

  /**
   * The head of a ranking whose "followed" stands at {@code followed}: the amount that ends right
   * before ", followed by" and the one state named by name before it in the sentence; else null.
   */
  private static @Nullable Item head(Scope sc, int from, int followed) {
    if (!sc.key(followed - 1).equals(",")) {
      return null;
    }
    int last = followed - 2;
    MoneyRef m = sc.money(last);
    QuantityRef q = m == null ? sc.quantity(last) : null;
    int start = m != null && m.end() == followed - 1 ? m.first() : q != null && q.end() == followed - 1 ? q.first() : -1;
    if (start < 0) {
      return null;
    }
    CountryRef only = null;
    for (CountryRef r : sc.countries(from, start)) {
      if (r.form() != CountryForm.NAME || only != null && !only.country().equals(r.country())) {
        return null;
      }
      only = r;
    }
    return only == null ? null : new Item(only.country(), m, q, only.first(), followed - 1);
  }

  /**
   * The total a list parts: the first of {@code figures} whose amount is larger than the amount of
   * every item, in the same currency or unit; else null.
   */
  static @Nullable TradeFigure total(List<TradeFigure> figures, List<Item> items) {
    for (TradeFigure f : figures) {
      boolean larger = true;
      for (Item it : items) {
        larger &= it.money() != null ? f.value() != null
            && f.value().currencyCode().equals(it.money().money().currencyCode())
            && f.value().amount().compareTo(it.money().money().amount()) > 0
            : f.quantity() != null && it.quantity() != null
                && f.quantity().unit().equals(it.quantity().quantity().unit())
                && f.quantity().amount().compareTo(it.quantity().quantity().amount()) > 0;
      }
      if (larger) {
        return f;
      }
    }
    return null;
  }
}
