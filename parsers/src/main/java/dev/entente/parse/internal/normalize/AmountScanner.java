package dev.entente.parse.internal.normalize;

import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.parse.internal.normalize.Amount.Kind;
import dev.entente.parse.internal.normalize.Lexicon.CurrencyForm;
import dev.entente.parse.internal.normalize.Lexicon.Hit;
import dev.entente.parse.internal.normalize.Lexicon.NumberKind;
import dev.entente.parse.internal.normalize.Lexicon.NumberWord;
import dev.entente.parse.internal.normalize.NumberReader.Num;
import dev.entente.parse.internal.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds numbers, money, quantities and percentages in a run of tokens, left to right in one pass. */
public final class AmountScanner {

  // Grammar words that never describe a counted noun ("12 of the boats", "5 were sold").
  private static final Set<String> NOT_MODIFIERS = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "on",
      "for", "with", "by", "from", "at", "as", "per", "each", "more", "than", "worth", "were", "was", "are", "is",
      "be", "been", "have", "has", "had", "will", "would", "that", "which", "who", "its", "their", "his", "her",
      "this", "these", "those", "such", "other", "new", "into", "over", "under", "about", "some", "all", "both");

  private final Lexicon lex;
  private final NumberReader numbers;
  private final GluedNumbers glued;
  /**
   * The keys of words that never describe a counted noun: {@link #NOT_MODIFIERS}, number words,
   * months and words not counted, in one set, so that a word after a number is one lookup, not four.
   */
  private final Set<String> notModifiers;
  /**
   * The keys a plural noun after a number is never read as the unit of: words not counted, {@link
   * #NOT_MODIFIERS}, number words and words of change, in one set, so that the last test of {@link
   * #isPluralNoun} is one lookup, not four.
   */
  private final Set<String> notPluralUnits;

  public AmountScanner(Lexicon lex) {
    this.lex = lex;
    this.numbers = new NumberReader(lex);
    this.glued = new GluedNumbers(numbers);
    Set<String> not = new java.util.HashSet<>(NOT_MODIFIERS);
    not.addAll(lex.numberWords.keySet());
    not.addAll(lex.months.keySet());
    not.addAll(lex.notCounted);
    this.notModifiers = not;
    Set<String> notUnits = new java.util.HashSet<>(lex.notCounted);
    notUnits.addAll(NOT_MODIFIERS);
    notUnits.addAll(lex.numberWords.keySet());
    notUnits.addAll(lex.changes.keySet());
    this.notPluralUnits = notUnits;
  }

  /** The amounts in tokens {@code [from, limit)} (one sentence), in text order, not overlapping. */
  public List<Amount> scan(List<Token> tokens, int from, int limit) {
    return scan(tokens, from, limit, lex.starts(tokens));
  }

  /** As {@link #scan(List, int, int)}, given {@link Lexicon#starts} of the tokens. */
  List<Amount> scan(List<Token> tokens, int from, int limit, byte[] starts) {
    List<Amount> out = new ArrayList<>();
    String lastCurrency = null;
    int lastMoneyEnd = -1;
    int i = from;
    while (i < limit) {
      if ((starts[i] & Lexicon.AMOUNT) == 0) {
        i++;
        continue;
      }
      Amount a = money(tokens, i, from, limit, true);
      if (a == null) {
        Num n = numbers.read(tokens, i, limit);
        if (n != null) {
          a = afterNumber(tokens, n, from, limit);
          if (a != null && a.kind() == Kind.NUMBER && lastCurrency != null
              && elidedMoney(tokens, n, a.first(), from, limit, lastMoneyEnd)) {
            a = new Amount(Kind.MONEY, a.first(), a.end(), a.value(), a.high(), a.qualifier(), lastCurrency,
                List.of(), null, false, false);
          }
        }
      }
      if (a != null && a.kind() == Kind.MONEY) {
        lastCurrency = a.currency();
        lastMoneyEnd = a.end();
      }
      if (a == null) {
        i++;
        continue;
      }
      if (vague(tokens, i, from)) {
        i = Math.max(a.end(), i + 1); // "several hundred million dollars": no amount the text commits to
        continue;
      }
      out.add(a);
      i = Math.max(a.end(), i + 1);
    }
    return out;
  }

  /**
   * Whether a number read with no currency nor unit is a sum whose currency the sentence told
   * before ({@code lastMoneyEnd} the end of that sum): a scale of a million or more and no word of
   * its own after it ("[sum] last year, against 190 million in 1960", "fell to [sum] from 520
   * million", "and with [B] 178 million."). Not a number with a noun after it (a count, or a
   * currency the lexicon lacks: "4 billion kwacha"), a name before it ("Taka 26,600 crore"; not a
   * state's after a preposition, "with [B] 178 million"), letters
   * glued before it ("K11.8 billion") nor one in brackets right after the sum (an equivalent).
   */
  private static boolean elidedMoney(List<Token> tokens, Num n, int start, int floor, int limit, int lastMoneyEnd) {
    if (!n.tail().isEmpty() || n.scale().compareTo(MILLION) < 0) {
      return false;
    }
    if (n.end() < limit) {
      Token next = tokens.get(n.end());
      if (next.isWord() && !NOT_MODIFIERS.contains(next.key()) && !AFTER_SUM.contains(next.key())) {
        return false;
      }
    }
    if (start > floor) {
      Token before = tokens.get(start - 1);
      if (before.end() == tokens.get(start).start() && !before.is("(")
          || before.isWord() && before.isCapitalized() && start - 1 > floor
          && !(start - 2 >= floor && DIRECTIONS.contains(tokens.get(start - 2).key()))
          || before.is("(") && start - 1 == lastMoneyEnd) {
        return false;
      }
    }
    return true;
  }

  /** Words before a name that make it a state's, not a currency's: "and with [B] 178 million". */
  private static final Set<String> DIRECTIONS = Set.of("with", "to", "from", "for", "in", "by");

  /** Words that may follow a sum and tell nothing of what it counts: "[n] million last year", "a year". */
  private static final Set<String> AFTER_SUM = Set.of("last", "next", "respectively", "annually", "apiece");

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  // ------------------------------------------------------------------ money

  /** Money at token i: a currency symbol or code, then a number ("$4 billion", "US$ 2-3bn", "Rs 5,000 crore"). */
  private @Nullable Amount money(List<Token> tokens, int i, int floor, int limit, boolean withExtras) {
    Hit<CurrencyForm> cur = prefixCurrency(tokens, i, limit);
    if (cur == null) {
      return gluedMoney(tokens, i, floor, limit, withExtras);
    }
    Num n = numbers.read(tokens, cur.edge(), limit);
    if (n == null && cur.edge() < limit) {
      // "$A1.8 billion", "$US87 million": the state's letters glued between the symbol and the digits
      int k = GluedNumbers.stateLetters(tokens, i, cur.edge());
      CurrencyForm f = k < 0 ? null : lex.currencies.get(tokens.get(i).key() + tokens.get(cur.edge()).key().substring(0, k));
      Num g = f == null || !f.before() ? null : glued.read(tokens, cur.edge(), limit, k);
      return g == null || !g.tail().isEmpty() ? null : finishMoney(tokens, i, g, g.end(), f.code(), floor, limit, withExtras);
    }
    if (n == null || n.value().signum() < 0) {
      return null;
    }
    String code = cur.value().code();
    int end = n.end();
    // a code repeated after the number: "$4 billion USD"
    Hit<CurrencyForm> again = end < limit ? lex.currencyPhrases.longest(tokens, end, limit) : null;
    if (again != null && again.value().after() && again.value().code().equals(code)) {
      end = again.edge();
    }
    return finishMoney(tokens, i, n, end, code, floor, limit, withExtras);
  }

  /**
   * Money whose currency code is glued to the number, as the Asian and Gulf English press writes it
   * ("USD1 billion", "EUR500m", "RM1.6 billion", "Rs500 crore"): a code of two or three letters
   * written with a capital, then digits; "mp3" or "a380" name no money.
   */
  private @Nullable Amount gluedMoney(List<Token> tokens, int i, int floor, int limit, boolean withExtras) {
    Token t = tokens.get(i);
    int digit = gluedCodeLength(t);
    if (digit < 0) {
      return null;
    }
    CurrencyForm f = lex.currencies.get(t.key().substring(0, digit));
    if (f == null || !f.before()) {
      return null;
    }
    Num n = glued.read(tokens, i, limit, digit);
    if (n == null || !n.tail().isEmpty()) {
      return null;
    }
    return finishMoney(tokens, i, n, n.end(), f.code(), floor, limit, withExtras);
  }

  /** Where the digits start in a word of two or three letters, the first a capital, glued to digits; else -1. */
  static int gluedCodeLength(Token t) {
    String text = t.text();
    if (!t.isWord() || text.length() < 3 || !Character.isUpperCase(text.charAt(0))) {
      return -1;
    }
    for (int k = 1; k < Math.min(4, text.length()); k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        return k >= 2 ? k : -1;
      }
      if (!Character.isLetter(c)) {
        return -1;
      }
    }
    return -1;
  }

  private @Nullable Hit<CurrencyForm> prefixCurrency(List<Token> tokens, int i, int limit) {
    Token t = tokens.get(i);
    if (t.isNumber() || !lex.currencyStarts.contains(t.key())) {
      return null;
    }
    return lex.currencyPhrases.longestAccepted(tokens, i, Math.min(limit - 1, i + 3),
        f -> f.before() && !lowerCaseCode(f, t));
  }

  private Amount finishMoney(List<Token> tokens, int first, Num n, int end, String code, int floor, int limit,
      boolean withExtras) {
    BigDecimal value = n.value();
    BigDecimal high = n.high();
    Qualifier q = Qualifier.EXACT;
    int start = first;
    if (withExtras) {
      // a range: "$10 to $12 million", "$2 billion-$3 billion", "between $10 and $12 million"
      if (high == null && n.tail().isEmpty() && end + 1 < limit) {
        Token sep = tokens.get(end);
        boolean between = first > floor && tokens.get(first - 1).is("between");
        if ((sep.is("-") || sep.is("to") || sep.is("and") && between) && !changeFromTo(tokens, first, floor)) {
          int k = end + 1;
          Hit<CurrencyForm> cur2 = prefixCurrency(tokens, k, limit);
          if (cur2 != null && cur2.value().code().equals(code)) {
            k = cur2.edge();
          }
          Num m = k < limit ? numbers.read(tokens, k, limit) : null;
          if (m != null && m.high() == null) {
            BigDecimal low = value;
            if (n.scale().compareTo(BigDecimal.ONE) == 0 && m.scale().compareTo(BigDecimal.ONE) > 0
                && low.multiply(m.scale()).compareTo(m.value()) < 0) {
              low = low.multiply(m.scale());
            }
            if (m.value().compareTo(low) > 0) {
              int mEnd = m.end();
              String code2 = m.tail().isEmpty() ? null : currencyOf(String.join(" ", m.tail()));
              Hit<CurrencyForm> after = code2 == null && mEnd < limit
                  ? lex.currencyPhrases.longest(tokens, mEnd, limit) : null;
              if (after != null && after.value().after() && after.value().code().equals(code)) {
                mEnd = after.edge();
              }
              value = low;
              high = m.value();
              end = mEnd;
              if (between || first > floor && tokens.get(first - 1).is("from")) {
                start = first - 1;
              }
            }
          }
        }
      }
      Hit<Qualifier> qb = start > floor ? lex.qualifierBeforePhrases.longestEndingAt(tokens, start, floor) : null;
      if (qb != null) {
        q = qb.value();
        start = qb.edge();
      }
      Hit<Qualifier> qa = end < limit ? lex.qualifierAfterPhrases.longest(tokens, end, limit) : null;
      if (qa != null) {
        q = qa.value();
        end = qa.edge();
      } else if (n.tail().contains("plus")) {
        q = Qualifier.MORE_THAN;
      }
    }
    List<Money> equivalents = new ArrayList<>();
    // equivalents in brackets: "€5bn ($5.6bn)", "Rs 500 crore (about $70 million)"; set off by commas
    // or dashes, hedged and in another currency: "[n] million dinars, about $30 million, from ..."
    while (withExtras && end + 2 < limit) {
      Token open = tokens.get(end);
      boolean bracket = open.is("(");
      if (!bracket && !open.is(",") && !DASHES.contains(open.key())) {
        break;
      }
      int k = end + 1;
      while (!bracket && k < limit && DASHES.contains(tokens.get(k).key())) {
        k++; // "--" written as two hyphens
      }
      Hit<Qualifier> qi = k < limit ? lex.qualifierBeforePhrases.longest(tokens, k, limit) : null;
      if (qi != null) {
        k = qi.edge();
      } else if (!bracket) {
        break; // "$5 billion, $3 billion and ...": a list, no equivalent
      }
      Amount eq = k < limit ? money(tokens, k, k, limit, false) : null;
      if (eq == null && k < limit) {
        Num en = numbers.read(tokens, k, limit);
        eq = en == null ? null : suffixMoney(tokens, en, k, limit, false);
      }
      if (eq == null || eq.end() >= limit) {
        break;
      }
      Token close = tokens.get(eq.end());
      if (bracket ? !close.is(")") : !close.key().equals(open.key()) && !DASHES.contains(close.key())
          || eq.money().currencyCode().equals(code)) {
        break;
      }
      equivalents.add(eq.money());
      end = bracket ? eq.end() + 1 : eq.end(); // the closing comma or dash stays the clause's
    }
    return new Amount(Kind.MONEY, start, end, value, high, q, code, equivalents, null, false, false);
  }

  /** Dashes that set off an equivalent sum: "[sum] -- about [sum] --". */
  private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "\u2013", "\u2014");

  /** Words before a scale word that leave its number open: "several hundred", "a few thousand", "many million". */
  private static final java.util.Set<String> VAGUE = java.util.Set.of("several", "few", "many");

  // a scale word after "several", "few" or "many" counts nothing exact: "several hundred million"
  private boolean vague(List<Token> tokens, int i, int from) {
    if (i == from || !VAGUE.contains(tokens.get(i - 1).key())) {
      return false;
    }
    Lexicon.NumberWord w = lex.numberWords.get(tokens.get(i).key());
    return w != null && (w.kind() == Lexicon.NumberKind.HUNDRED || w.kind() == Lexicon.NumberKind.SCALE);
  }

  // ISO codes are written in capitals: "TRY 5 million" is money, "try 5 times" is not
  private static boolean lowerCaseCode(CurrencyForm f, Token t) {
    return t.key().equals(f.code().toLowerCase(java.util.Locale.ROOT)) && !t.text().equals(f.code());
  }

  // a currency glued to the amount by a hyphen: "billion-dollar", "million-real"
  // "grew from $2bn to $60bn" gives two amounts, a before and an after, not a range
  private boolean changeFromTo(List<Token> tokens, int first, int floor) {
    if (first - 1 <= floor || !tokens.get(first - 1).is("from")) {
      return false;
    }
    for (int k = first - 2; k >= Math.max(floor, first - 4); k--) {
      if (lex.changes.containsKey(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String currencyOf(String key) {
    CurrencyForm f = lex.currencies.get(key);
    return f != null && f.compound() ? f.code() : null;
  }

  /** Money written with the currency after the number: "4 billion dollars", "five billion-dollar", "50 bln roubles". */
  private @Nullable Amount suffixMoney(List<Token> tokens, Num n, int floor, int limit, boolean withExtras) {
    if (!n.tail().isEmpty()) {
      String code = currencyOf(n.tail().get(0));
      return code == null ? null : finishMoney(tokens, n.first(), n, n.end(), code, floor, limit, withExtras);
    }
    if (n.end() >= limit) {
      return null;
    }
    Hit<CurrencyForm> cur = lex.currencyPhrases.longest(tokens, n.end(), limit);
    if (cur == null || !cur.value().after() || lowerCaseCode(cur.value(), tokens.get(n.end()))) {
      return null;
    }
    // "5 million pounds of beef" weighs; "5 million pounds" is money
    if (cur.edge() < limit && tokens.get(cur.edge()).is("of") && tokens.get(cur.edge() - 1).key().startsWith("pound")) {
      return null;
    }
    return finishMoney(tokens, n.first(), n, cur.edge(), cur.value().code(), floor, limit, withExtras);
  }

  // ------------------------------------------------------------------ after a number

  private @Nullable Amount afterNumber(List<Token> tokens, Num n, int floor, int limit) {
    Amount range = range(tokens, n, floor, limit);
    if (range != null) {
      return range;
    }
    Amount m = suffixMoney(tokens, n, floor, limit, true);
    if (m != null) {
      return m;
    }
    Amount p = percent(tokens, n, floor, limit);
    if (p != null) {
      return p;
    }
    Amount q = quantity(tokens, n, floor, limit);
    if (q != null) {
      return q;
    }
    int start = n.first();
    Qualifier qual = Qualifier.EXACT;
    Hit<Qualifier> qb = start > floor ? lex.qualifierBeforePhrases.longestEndingAt(tokens, start, floor) : null;
    if (qb != null) {
      qual = qb.value();
      start = qb.edge();
    }
    return new Amount(Kind.NUMBER, start, n.end(), n.value(), n.high(), qual, null, List.of(), null, false, false);
  }

  /**
   * Two numbers sharing what follows the second: "2 to 3 billion dollars", "between 5 and 7 percent",
   * "10 to 12 million tonnes"; the first takes the second's scale when it has none of its own.
   */
  private @Nullable Amount range(List<Token> tokens, Num n, int floor, int limit) {
    int sep = n.end();
    if (n.high() != null || !n.tail().isEmpty() || sep + 1 >= limit) {
      return null;
    }
    Token t = tokens.get(sep);
    boolean between = n.first() > floor && tokens.get(n.first() - 1).is("between");
    if (!(t.is("to") || t.is("-") || between && t.is("and")) || changeFromTo(tokens, n.first(), floor)) {
      return null;
    }
    Num m = numbers.read(tokens, sep + 1, limit);
    if (m == null || m.high() != null) {
      return null;
    }
    BigDecimal low = n.value();
    if (n.scale().compareTo(BigDecimal.ONE) == 0 && m.scale().compareTo(BigDecimal.ONE) > 0) {
      if (low.multiply(m.scale()).compareTo(m.value()) >= 0) {
        return null; // "in 2011 to 1.6 billion euros": a bare number too large to share the scale is no low end
      }
      low = low.multiply(m.scale());
    }
    if (low.compareTo(m.value()) >= 0) {
      return null;
    }
    Num joined = new Num(n.first(), m.end(), low, m.value(), m.scale(), m.tail(), false);
    Amount a = suffixMoney(tokens, joined, floor, limit, true);
    if (a == null) {
      a = percent(tokens, joined, floor, limit);
    }
    if (a == null) {
      a = quantity(tokens, joined, floor, limit);
      if (a != null && a.counted()) {
        a = null; // "5 to 10 people": two numbers, no measured range
      }
    }
    if (a == null || !between && !(n.first() > floor && tokens.get(n.first() - 1).is("from"))) {
      return a;
    }
    return new Amount(a.kind(), Math.min(a.first(), n.first() - 1), a.end(), a.value(), a.high(), a.qualifier(),
        a.currency(), a.equivalents(), a.unit(), a.counted(), a.change());
  }

  // ------------------------------------------------------------------ percentages

  private @Nullable Amount percent(List<Token> tokens, Num n, int floor, int limit) {
    int end;
    if (!n.tail().isEmpty()) {
      if (!isPercentWord(n.tail().get(0))) {
        return null;
      }
      end = n.end();
    } else {
      if (n.end() >= limit) {
        return null;
      }
      Token t = tokens.get(n.end());
      if (t.is("%") || isPercentWord(t.key())) {
        end = n.end() + 1;
      } else if (t.is("per") && n.end() + 1 < limit && tokens.get(n.end() + 1).is("cent")) {
        end = n.end() + 2;
      } else if (t.is("percentage") && n.end() + 1 < limit && tokens.get(n.end() + 1).key().startsWith("point")) {
        end = n.end() + 2;
      } else {
        return null;
      }
    }
    int start = n.first();
    BigDecimal value = n.value();
    int sign = 0;
    if (start > floor && tokens.get(start - 1).end() == tokens.get(start).start()
        && (tokens.get(start - 1).is("-") || tokens.get(start - 1).is("+"))
        && (start - 1 == floor || !tokens.get(start - 2).isNumber())) {
      sign = tokens.get(start - 1).is("-") ? -1 : 1;
      start--;
    }
    Qualifier q = Qualifier.EXACT;
    Hit<Qualifier> qb = start > floor ? lex.qualifierBeforePhrases.longestEndingAt(tokens, start, floor) : null;
    int back = start;
    if (qb != null) {
      q = qb.value();
      start = qb.edge();
      back = start;
    }
    boolean shareOf = end < limit && tokens.get(end).is("of");
    int direction = sign;
    if (direction == 0 && !shareOf) {
      direction = changeBefore(tokens, back, floor);
    }
    if (direction == 0 && !shareOf) {
      direction = changeAfter(tokens, end, limit);
    }
    if (direction < 0) {
      value = value.negate();
    }
    return new Amount(Kind.PERCENT, start, end, value, n.high(), q, null, List.of(), null, false, direction != 0);
  }

  private boolean isPercentWord(String key) {
    NumberWord nw = lex.numberWords.get(key);
    return nw != null && nw.kind() == NumberKind.PERCENT || key.equals("per-cent");
  }

  // "grew by 10%", "fell 5%", "an increase of 10%", "was up nearly 5%"; not "rose to 10%" (a level)
  private int changeBefore(List<Token> tokens, int start, int floor) {
    for (int k = start - 1; k >= Math.max(floor, start - 4); k--) {
      Token t = tokens.get(k);
      if (t.isPunct() || t.is("to")) {
        return 0;
      }
      Integer d = lex.changes.get(t.key());
      if (d != null) {
        return d;
      }
    }
    return 0;
  }

  // "a 24.7 percent increase", "a 10% year-on-year drop"
  private int changeAfter(List<Token> tokens, int end, int limit) {
    for (int k = end; k < Math.min(limit, end + 3); k++) {
      Token t = tokens.get(k);
      if (t.isPunct() || t.is("of") || t.is("to")) {
        return 0;
      }
      Integer d = lex.changes.get(t.key());
      if (d != null) {
        return d;
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ quantities

  private @Nullable Amount quantity(List<Token> tokens, Num n, int floor, int limit) {
    String unit = null;
    boolean counted = false;
    BigDecimal scale = BigDecimal.ONE;
    int end = n.end();
    if (!n.tail().isEmpty()) {
      String u = lex.units.get(String.join("-", n.tail()));
      if (u == null) {
        u = lex.units.get(n.tail().get(0));
      }
      if (u == null || u.equals("*")) {
        return null; // "five-year", "100-member": a describing compound, not an amount of goods
      }
      unit = u;
    } else {
      for (int mods = 0; mods <= 3 && unit == null && end + mods < limit; mods++) {
        if (mods > 0 && !isModifier(tokens.get(end + mods - 1))) {
          break;
        }
        Hit<String> h = lex.unitPhrases.longest(tokens, end + mods, limit);
        if (h == null) {
          continue;
        }
        if (h.value().equals("*")) {
          unit = writtenPhrase(tokens, end, h.edge());
          counted = true;
        } else if (mods == 0 || !isSymbolUnit(h.value())) {
          unit = h.value();
          counted = !isSymbolUnit(h.value());
          BigDecimal scaled = h.edge() == end + mods + 1 ? lex.unitScales.get(tokens.get(end + mods).key()) : null;
          if (scaled != null) {
            scale = scaled; // "15.5 bcm": a symbol with its scale
          }
        } else {
          break;
        }
        end = h.edge();
      }
      if (unit == null && !(n.plain() && looksLikeYear(n.value()))) {
        Token t = end < limit ? tokens.get(end) : null;
        if (t != null && t.isWord() && isPluralNoun(t)) {
          unit = t.text().toLowerCase(java.util.Locale.ROOT);
          counted = true;
          end++;
        }
      }
    }
    if (unit == null) {
      return null;
    }
    int start = n.first();
    Qualifier q = Qualifier.EXACT;
    Hit<Qualifier> qb = start > floor ? lex.qualifierBeforePhrases.longestEndingAt(tokens, start, floor) : null;
    if (qb != null) {
      q = qb.value();
      start = qb.edge();
    }
    BigDecimal high = n.high();
    return new Amount(Kind.QUANTITY, start, end, n.value().multiply(scale), high == null ? null : high.multiply(scale),
        q, null, List.of(), unit, counted, false);
  }

  private static boolean isSymbolUnit(String unit) {
    return !unit.equals("doses") && unit.length() <= 5;
  }

  private boolean isModifier(Token t) {
    return t.isWord() && !notModifiers.contains(t.key());
  }

  private boolean isPluralNoun(Token t) {
    String k = t.key();
    return k.length() > 3 && k.endsWith("s") && !k.endsWith("ss") && !k.endsWith("'s") && !t.isCapitalized()
        && Character.isLetter(k.charAt(0)) && !notPluralUnits.contains(k);
  }

  private static String writtenPhrase(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && tokens.get(k - 1).end() != tokens.get(k).start()) {
        sb.append(' ');
      }
      Token t = tokens.get(k);
      sb.append(t.text());
    }
    return sb.toString();
  }

  static boolean looksLikeYear(BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1700)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }
}
