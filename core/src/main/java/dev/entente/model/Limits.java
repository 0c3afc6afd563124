package dev.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of one article's extraction, and of its JSON: the parser never makes an extraction
 * past them ({@link #bounded}), the JSON modules write only what lies within them and read back
 * whatever does ({@link #check}), so every line written reads back. One set of constants for both
 * sides:
 *
 * <ul>
 *   <li>a text of at most {@value #MAX_TEXT_LENGTH} chars (10 MiB), an id of at most
 *       {@value #MAX_ID_LENGTH};
 *   <li>a name, title, office, location, commodity, item, sector, unit or article field (title,
 *       source, author, dateline) of at most {@value #MAX_VALUE_LENGTH} chars: no real one is
 *       longer, so a longer one is not one;
 *   <li>at most {@value #MAX_VALUES} entries in a fact's list (parties, sectors, items,
 *       participants, countries);
 *   <li>at most {@value #MAX_FACTS} facts (leaders, agreements, trade figures, arms contracts and
 *       events together) and {@value #MAX_EVIDENCE} evidence spans (the states' mentions and the
 *       facts' evidence together) an article; spans beyond are counted in {@link
 *       ArticleExtraction#omittedEvidence()}, not listed;
 *   <li>a JSON document (one line of {@code extract}, with its text when asked for) of at most
 *       {@link #MAX_DOCUMENT_LENGTH} bytes, which the worst case of all the bounds above, every char
 *       written as a six-byte escape, stays under.
 * </ul>
 *
 * <pre>{@code
 * ArticleExtraction safe = Limits.bounded(extraction);   // over-long values dropped, lists cut
 * Limits.check(safe);                                     // passes
 * }</pre>
 */
public final class Limits {

  /** The longest article text, in UTF-16 chars: 10 MiB. */
  public static final int MAX_TEXT_LENGTH = 10 * 1024 * 1024;
  /** The longest article id, in chars (a path or a URL). */
  public static final int MAX_ID_LENGTH = 4096;
  /** The longest name, title, location, commodity, item, sector, unit or article field, in chars. */
  public static final int MAX_VALUE_LENGTH = 300;
  /** The most entries of one list in a fact: parties, sectors, items, participants, countries. */
  public static final int MAX_VALUES = 32;
  /** The most facts of one article, all kinds together. */
  public static final int MAX_FACTS = 1000;
  /** The most evidence spans listed for one article, the states' mentions and the facts' together. */
  public static final int MAX_EVIDENCE = 10_000;
  /** The longest JSON string read: an article's text, when a line carries it. */
  public static final int MAX_STRING_LENGTH = MAX_TEXT_LENGTH;
  /** The longest JSON document read, in bytes or chars: 128 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 128L << 20;

  private Limits() {}

  /**
   * {@code x} within the bounds: an over-long optional value (a title, a location, a commodity)
   * becomes null, an over-long entry leaves its list, a fact without its required value (a leader's
   * name; a figure's value, quantity and change; a contract's items and value) is dropped, lists
   * are cut to {@link #MAX_VALUES}, facts to {@link #MAX_FACTS} in the order leaders, agreements,
   * trade figures, arms contracts, events, and evidence to {@link #MAX_EVIDENCE} spans: each state
   * and fact keeps its first span, the rest fill what is left in order, and the spans left out are
   * counted.
   *
   * @param x an extraction
   * @return {@code x} itself when it is within the bounds, else a bounded copy
   * @throws IllegalArgumentException when the article's id is longer than {@link #MAX_ID_LENGTH}
   *     (an id cannot be shortened without becoming another's)
   */
  public static ArticleExtraction bounded(ArticleExtraction x) {
    if (withinBounds(x)) {
      return x;
    }
    Article a = x.article();
    checkId(a.id());
    Article article = new Article(a.id(), value(a.title()), value(a.source()), value(a.author()),
        value(a.dateline()), a.published());
    int room = MAX_FACTS;
    List<Leader> leaders = take(x.leaders(), Limits::leader, room);
    room -= leaders.size();
    List<Agreement> agreements = take(x.agreements(), Limits::agreement, room);
    room -= agreements.size();
    List<TradeFigure> figures = take(x.tradeFigures(), Limits::tradeFigure, room);
    room -= figures.size();
    List<ArmsContract> contracts = take(x.armsContracts(), Limits::armsContract, room);
    room -= contracts.size();
    List<DiplomaticEvent> events = take(x.events(), Limits::event, room);

    Evidence ev = new Evidence();
    List<List<Span>> all = new ArrayList<>();
    x.countries().forEach(m -> all.add(m.evidence()));
    leaders.forEach(f -> all.add(f.evidence()));
    agreements.forEach(f -> all.add(f.evidence()));
    figures.forEach(f -> all.add(f.evidence()));
    contracts.forEach(f -> all.add(f.evidence()));
    events.forEach(f -> all.add(f.evidence()));
    ev.share(all, x.omittedEvidence());
    List<CountryMention> countries = new ArrayList<>();
    for (CountryMention m : x.countries()) {
      countries.add(new CountryMention(m.country(), ev.next()));
    }
    List<Leader> l = new ArrayList<>();
    leaders.forEach(f -> l.add(f.withEvidence(ev.next())));
    List<Agreement> ag = new ArrayList<>();
    agreements.forEach(f -> ag.add(new Agreement(f.title(), f.kind(), f.parties(), f.signed(), f.count(),
        f.qualifier(), f.sectors(), ev.next())));
    List<TradeFigure> t = new ArrayList<>();
    figures.forEach(f -> t.add(new TradeFigure(f.flow(), f.reporter(), f.partner(), f.value(), f.quantity(),
        f.changePercent(), f.commodity(), f.period(), f.qualifier(), ev.next())));
    List<ArmsContract> ac = new ArrayList<>();
    contracts.forEach(f -> ac.add(new ArmsContract(f.supplier(), f.recipient(), f.items(), f.quantity(),
        f.value(), f.signed(), f.delivered(), f.qualifier(), ev.next())));
    List<DiplomaticEvent> e = new ArrayList<>();
    events.forEach(f -> e.add(new DiplomaticEvent(f.type(), f.date(), f.location(), f.participants(),
        f.countries(), f.planned(), ev.next())));
    return new ArticleExtraction(article, countries, l, ag, t, ac, e, ev.omitted);
  }

  /**
   * Checks that {@code x} lies within the bounds, as the JSON modules do before writing and after
   * reading.
   *
   * @param x an extraction
   * @throws IllegalArgumentException naming the first value past a bound, and the bound
   */
  public static void check(ArticleExtraction x) {
    Article a = x.article();
    checkId(a.id());
    checkValue(a.title(), "Article title");
    checkValue(a.source(), "Article source");
    checkValue(a.author(), "Article author");
    checkValue(a.dateline(), "Article dateline");
    int facts = x.leaders().size() + x.agreements().size() + x.tradeFigures().size() + x.armsContracts().size()
        + x.events().size();
    if (facts > MAX_FACTS) {
      throw new IllegalArgumentException("ArticleExtraction has " + facts + " facts, over the limit of " + MAX_FACTS);
    }
    long spans = 0;
    for (CountryMention m : x.countries()) {
      spans += m.evidence().size();
    }
    for (Leader f : x.leaders()) {
      checkValue(f.name(), "Leader name");
      checkValue(f.title(), "Leader title");
      spans += f.evidence().size();
    }
    for (Agreement f : x.agreements()) {
      checkValue(f.title(), "Agreement title");
      checkValues(f.parties(), "Agreement parties");
      checkValues(f.sectors(), "Agreement sectors");
      spans += f.evidence().size();
    }
    for (TradeFigure f : x.tradeFigures()) {
      checkValue(f.commodity(), "TradeFigure commodity");
      checkValue(f.quantity() == null ? null : f.quantity().unit(), "TradeFigure quantity unit");
      spans += f.evidence().size();
    }
    for (ArmsContract f : x.armsContracts()) {
      checkValues(f.items(), "ArmsContract items");
      checkValue(f.quantity() == null ? null : f.quantity().unit(), "ArmsContract quantity unit");
      spans += f.evidence().size();
    }
    for (DiplomaticEvent f : x.events()) {
      checkValue(f.location(), "DiplomaticEvent location");
      checkValues(f.participants(), "DiplomaticEvent participants");
      checkValues(f.countries(), "DiplomaticEvent countries");
      spans += f.evidence().size();
    }
    if (spans > MAX_EVIDENCE) {
      throw new IllegalArgumentException(
          "ArticleExtraction lists " + spans + " evidence spans, over the limit of " + MAX_EVIDENCE);
    }
  }

  private static boolean withinBounds(ArticleExtraction x) {
    try {
      check(x);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void checkId(String id) {
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "Article id is " + id.length() + " chars, over the limit of " + MAX_ID_LENGTH + ": " + shown(id));
    }
  }

  private static void checkValue(@Nullable String v, String name) {
    if (v != null && v.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          name + " is " + v.length() + " chars, over the limit of " + MAX_VALUE_LENGTH + ": " + shown(v));
    }
  }

  private static void checkValues(List<?> values, String name) {
    if (values.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          name + " has " + values.size() + " entries, over the limit of " + MAX_VALUES);
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof String s) {
        checkValue(s, name + "[" + i + "]");
      }
    }
  }

  private static String shown(String v) {
    return "\"" + v.substring(0, Math.min(v.length(), 40)) + "...\"";
  }

  private static @Nullable String value(@Nullable String v) {
    return v == null || v.length() > MAX_VALUE_LENGTH ? null : v;
  }

  private static List<String> values(List<String> values) {
    return cut(values.stream().filter(v -> v.length() <= MAX_VALUE_LENGTH).toList());
  }

  private static <T> List<T> cut(List<T> values) {
    return values.size() <= MAX_VALUES ? values : values.subList(0, MAX_VALUES);
  }

  private static @Nullable Quantity quantity(@Nullable Quantity q) {
    return q == null || q.unit().length() > MAX_VALUE_LENGTH ? null : q;
  }

  /** The facts {@code bound} keeps (it answers null for one to drop), at most {@code room}. */
  private static <T> List<T> take(List<T> facts, Function<T, @Nullable T> bound, int room) {
    List<T> out = new ArrayList<>();
    for (T f : facts) {
      if (out.size() >= room) {
        break;
      }
      T b = bound.apply(f);
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  private static @Nullable Leader leader(Leader f) {
    if (f.name().length() > MAX_VALUE_LENGTH) {
      return null;
    }
    return new Leader(f.name(), f.country(), value(f.title()), f.role(), f.evidence());
  }

  private static Agreement agreement(Agreement f) {
    return new Agreement(value(f.title()), f.kind(), cut(f.parties()), f.signed(), f.count(), f.qualifier(),
        values(f.sectors()), f.evidence());
  }

  private static @Nullable TradeFigure tradeFigure(TradeFigure f) {
    Quantity q = quantity(f.quantity());
    if (f.value() == null && q == null && f.changePercent() == null) {
      return null;
    }
    return new TradeFigure(f.flow(), f.reporter(), f.partner(), f.value(), q, f.changePercent(),
        value(f.commodity()), f.period(), f.qualifier(), f.evidence());
  }

  private static @Nullable ArmsContract armsContract(ArmsContract f) {
    List<String> items = values(f.items());
    if (items.isEmpty() && f.value() == null) {
      return null;
    }
    return new ArmsContract(f.supplier(), f.recipient(), items, quantity(f.quantity()), f.value(), f.signed(),
        f.delivered(), f.qualifier(), f.evidence());
  }

  private static DiplomaticEvent event(DiplomaticEvent f) {
    return new DiplomaticEvent(f.type(), f.date(), value(f.location()), values(f.participants()),
        cut(f.countries()), f.planned(), f.evidence());
  }

  /** Shares {@link #MAX_EVIDENCE} spans out: one for each owner first, then the rest in order. */
  private static final class Evidence {
    private final List<List<Span>> shares = new ArrayList<>();
    private int next;
    int omitted;

    void share(List<List<Span>> owners, int alreadyOmitted) {
      int[] counts = new int[owners.size()];
      long room = MAX_EVIDENCE;
      for (int i = 0; i < owners.size() && room > 0; i++) {
        if (!owners.get(i).isEmpty()) {
          counts[i] = 1;
          room--;
        }
      }
      for (int i = 0; i < owners.size() && room > 0; i++) {
        int more = (int) Math.min(room, owners.get(i).size() - counts[i]);
        counts[i] += more;
        room -= more;
      }
      omitted = alreadyOmitted;
      for (int i = 0; i < owners.size(); i++) {
        List<Span> spans = owners.get(i);
        shares.add(spans.subList(0, counts[i]));
        omitted += spans.size() - counts[i];
      }
    }

    List<Span> next() {
      return shares.get(next++);
    }
  }
}
