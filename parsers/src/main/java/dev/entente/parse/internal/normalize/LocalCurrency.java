package dev.entente.parse.internal.normalize;

import dev.entente.model.Money;
import dev.entente.parse.internal.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The money of a state when the text names its currency only by a name many states share: "[n]
 * million dinars" in a figure of [State]'s trade are [State]'s dinars, and so for pesos, pounds,
 * francs and the other shared names.
 * A name written with its state ("US$", "A$", "Australian dollars") keeps the currency it names. The
 * shared names are in {@code bare-currencies.txt}, each state's own in {@code local-currencies.txt}.
 */
public final class LocalCurrency {

  private static final class Holder {
    static final LocalCurrency INSTANCE = new LocalCurrency();
  }

  /** Bare form key to its family ("dinars" to "dinar"). */
  private final Map<String, String> families = new HashMap<>();
  /** State code and family ("DZA dinar") to the state's currency code. */
  private final Map<String, String> codes = new HashMap<>();
  /** States whose own reports write their dollar as a bare "$" (own-dollar-states.txt). */
  private final Set<String> ownDollar = new HashSet<>();
  private final Lexicon lex = Lexicon.get();

  private LocalCurrency() {
    for (String[] r : Lexicon.rows("bare-currencies.txt", 2)) {
      families.put(r[0], r[1]);
    }
    for (String[] r : Lexicon.rows("local-currencies.txt", 3)) {
      codes.put(r[0] + " " + r[2], r[1]);
    }
    for (String[] r : Lexicon.rows("own-dollar-states.txt", 1)) {
      ownDollar.add(r[0]);
    }
  }

  /** The shared instance; its tables are read-only. */
  public static LocalCurrency get() {
    return Holder.INSTANCE;
  }

  /**
   * The token of {@code [first, end)} that names the money's currency by a shared name alone, or -1:
   * "$" in "$5 million", "dinars" in "[n] million dinars", "dollar" in "a 100-million-dollar credit", not "$" in "US$ 5 million" nor "dollars" in
   * "5 million Australian dollars" (a currency form of its own).
   */
  public int bareAt(List<Token> tokens, int first, int end, Money money) {
    for (int i = first; i < end; i++) {
      String k = sharedName(tokens.get(i));
      if (k == null) {
        continue;
      }
      Lexicon.CurrencyForm own = lex.currencies.get(k);
      if (own == null || !own.code().equals(money.currencyCode()) && !eraOf(own.code(), money.currencyCode())) {
        return -1; // the amount's currency came from another form
      }
      if (i > 0 && (lex.currencies.containsKey(tokens.get(i - 1).key() + k)
          || lex.currencies.containsKey(tokens.get(i - 1).key() + " " + k)
          || i > 1 && lex.currencies.containsKey(tokens.get(i - 2).key() + " " + tokens.get(i - 1).key() + " " + k))) {
        return -1; // "US$", "A $", "Australian dollars", "Hong Kong dollars"
      }
      if (i + 1 < end && gluedState(k, tokens.get(i + 1))) {
        return -1; // "$US87 million", "$A1.8 billion": the state's letters glued to the digits
      }
      return i;
    }
    return -1;
  }

  /** Whether {@code next} opens with a state's letters that make a currency form with symbol {@code k}: "US" of "$US87". */
  private boolean gluedState(String k, Token next) {
    int glued = AmountScanner.gluedCodeLength(next);
    return glued > 0 && lex.currencies.containsKey(k + next.key().substring(0, glued));
  }

  /**
   * Whether tokens {@code [first, end)} of an amount of money name no currency: a sum whose currency
   * the sentence told before ("[n] million kroner, against 190 million").
   */
  public boolean unnamed(List<Token> tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      if (lex.currencyStarts.contains(t.key()) || AmountScanner.gluedCodeLength(t) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code state} writes its own dollar as a bare "$" (Australia, Canada, New Zealand): its
   * figures' bare dollars are its own, where other states' stay the US dollar.
   */
  public boolean writesOwnDollarBare(String state) {
    return ownDollar.contains(state);
  }

  /** Whether the bare name at token {@code bare} is a dollar's ("$", "dollars"). */
  public boolean dollar(List<Token> tokens, int bare) {
    return "dollar".equals(families.get(familyKey(tokens.get(bare))));
  }

  /** The key of a bare name: its shared name ({@link #sharedName}), else the token's own key. */
  private String familyKey(Token t) {
    String name = sharedName(t);
    return name == null ? t.key() : name;
  }

  /**
   * The shared currency name {@code t} writes, or null: its key ("dinars", "$"), the code glued to
   * the digits ("rs" of "Rs56 billion"), or the name after the amount's last hyphen ("dollar" of "a
   * 100-million-dollar credit").
   */
  private @Nullable String sharedName(Token t) {
    String key = t.key();
    if (families.containsKey(key)) {
      return key;
    }
    int glued = AmountScanner.gluedCodeLength(t);
    if (glued >= 0 && families.containsKey(key.substring(0, glued))) {
      return key.substring(0, glued);
    }
    int dash = key.lastIndexOf('-');
    if (dash <= 0) {
      return null;
    }
    String tail = key.substring(dash + 1);
    return families.containsKey(tail) ? tail : null;
  }

  private boolean eraOf(String code, String eraCode) {
    List<Lexicon.Era> eras = lex.eras.get(code);
    if (eras != null) {
      for (Lexicon.Era e : eras) {
        if (e.code().equals(eraCode)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The money in {@code state}'s own currency when the bare name at token {@code bare} is that
   * currency's family ("$" and Australia: AUD); else the money as read.
   */
  public Money of(Money money, List<Token> tokens, int bare, @Nullable String state) {
    if (bare < 0 || state == null) {
      return money;
    }
    String code = codes.get(state + " " + families.get(familyKey(tokens.get(bare))));
    return code == null || code.equals(money.currencyCode()) ? money : new Money(money.amount(), code);
  }
}
