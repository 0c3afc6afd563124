package dev.entente.internal.json;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArmsContract;
import dev.entente.model.Article;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.model.Flow;
import dev.entente.model.Leader;
import dev.entente.model.Limits;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import dev.entente.model.TradeFigure;
import dev.entente.internal.json.JsonSource.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the contract's JSON into model values, one streaming pass. Unknown fields are skipped (the
 * contract lets writers add fields); invalid values, wrong JSON types, missing required fields and
 * duplicate fields are rejected with the JSON path, and the model's own validation runs on every
 * value, so no invalid object is ever built.
 */
public final class ModelReader {
  private static final int MAX_SHOWN = 80;

  private final JsonSource p;
  /** Set when the library handed over an object whose START_OBJECT it had already consumed. */
  private boolean atFirstField;

  /** A reader of {@code p}, at the first token of the value to read. */
  public ModelReader(JsonSource p) {
    this.p = p;
  }

  // ------------------------------------------------------------------ records

  public ArticleExtraction extraction() {
    Set<String> seen = object("ArticleExtraction");
    Article article = null;
    List<CountryMention> countries = List.of();
    List<Leader> leaders = List.of();
    List<Agreement> agreements = List.of();
    List<TradeFigure> tradeFigures = List.of();
    List<ArmsContract> armsContracts = List.of();
    List<DiplomaticEvent> events = List.of();
    int omitted = 0;
    while (nextField(seen)) {
      switch (p.name()) {
        case "omittedEvidence" -> omitted = integer();
        case "article" -> article = article();
        case "countries" -> countries = list(this::countryMention);
        case "leaders" -> leaders = list(this::leader);
        case "agreements" -> agreements = list(this::agreement);
        case "tradeFigures" -> tradeFigures = list(this::tradeFigure);
        case "armsContracts" -> armsContracts = list(this::armsContract);
        case "events" -> events = list(this::event);
        default -> p.skipChildren();
      }
    }
    Article a = require(article, "article");
    List<CountryMention> c = countries;
    List<Leader> l = leaders;
    List<Agreement> ag = agreements;
    List<TradeFigure> t = tradeFigures;
    List<ArmsContract> ac = armsContracts;
    List<DiplomaticEvent> e = events;
    int o = omitted;
    return build(() -> {
      ArticleExtraction x = new ArticleExtraction(a, c, l, ag, t, ac, e, o);
      Limits.check(x);
      return x;
    });
  }

  public Article article() {
    Set<String> seen = object("Article");
    String id = null;
    String title = null;
    String source = null;
    String author = null;
    String dateline = null;
    EdtfDate published = null;
    while (nextField(seen)) {
      switch (p.name()) {
        case "id" -> id = string();
        case "title" -> title = nullable(this::string);
        case "source" -> source = nullable(this::string);
        case "author" -> author = nullable(this::string);
        case "dateline" -> dateline = nullable(this::string);
        case "published" -> published = nullable(this::date);
        default -> p.skipChildren();
      }
    }
    String i = require(id, "id");
    String t = title;
    String s = source;
    String a = author;
    String d = dateline;
    EdtfDate pub = published;
    return build(() -> new Article(i, t, s, a, d, pub));
  }

  /** A top-level country: a code string, or an object with a "code" and optional "evidence". */
  public CountryMention countryMention() {
    if (p.token() == Token.STRING) {
      Country c = countryCode();
      return build(() -> CountryMention.of(c, List.of()));
    }
    Set<String> seen = object("Country");
    Country code = null;
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "code" -> code = countryCode();
        case "evidence" -> evidence = list(this::span);
        default -> p.skipChildren();
      }
    }
    Country c = require(code, "code");
    List<Span> e = evidence;
    return build(() -> CountryMention.of(c, e));
  }

  public Leader leader() {
    Set<String> seen = object("Leader");
    String name = null;
    Country country = null;
    String title = null;
    Role role = null;
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "name" -> name = string();
        case "country" -> country = nullable(this::country);
        case "title" -> title = nullable(this::string);
        case "role" -> role = enumValue(Role.class);
        case "evidence" -> evidence = list(this::span);
        default -> p.skipChildren();
      }
    }
    String n = require(name, "name");
    Role r = require(role, "role");
    Country c = country;
    String t = title;
    List<Span> e = evidence;
    return build(() -> new Leader(n, c, t, r, e));
  }

  public Agreement agreement() {
    Set<String> seen = object("Agreement");
    String title = null;
    AgreementKind kind = null;
    List<Country> parties = List.of();
    EdtfDate signed = null;
    Integer count = null;
    Qualifier qualifier = Qualifier.EXACT;
    List<String> sectors = List.of();
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "title" -> title = nullable(this::string);
        case "kind" -> kind = enumValue(AgreementKind.class);
        case "parties" -> parties = list(this::country);
        case "signed" -> signed = nullable(this::date);
        case "count" -> count = nullable(this::integer);
        case "qualifier" -> qualifier = qualifier();
        case "sectors" -> sectors = list(this::string);
        case "evidence" -> evidence = list(this::span);
        default -> p.skipChildren();
      }
    }
    AgreementKind k = require(kind, "kind");
    String t = title;
    List<Country> pa = parties;
    EdtfDate s = signed;
    Integer c = count;
    Qualifier q = qualifier;
    List<String> se = sectors;
    List<Span> e = evidence;
    return build(() -> new Agreement(t, k, pa, s, c, q, se, e));
  }

  public TradeFigure tradeFigure() {
    Set<String> seen = object("TradeFigure");
    Flow flow = null;
    Country reporter = null;
    Country partner = null;
    Money value = null;
    Quantity quantity = null;
    BigDecimal change = null;
    String commodity = null;
    EdtfDate period = null;
    Qualifier qualifier = Qualifier.EXACT;
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "flow" -> flow = enumValue(Flow.class);
        case "reporter" -> reporter = nullable(this::country);
        case "partner" -> partner = nullable(this::country);
        case "value" -> value = nullable(this::money);
        case "quantity" -> quantity = nullable(this::quantity);
        case "changePercent" -> change = nullable(this::decimal);
        case "commodity" -> commodity = nullable(this::string);
        case "period" -> period = nullable(this::date);
        case "qualifier" -> qualifier = qualifier();
        case "evidence" -> evidence = list(this::span);
        default -> p.skipChildren();
      }
    }
    Flow f = require(flow, "flow");
    Country r = reporter;
    Country pa = partner;
    Money v = value;
    Quantity qu = quantity;
    BigDecimal ch = change;
    String co = commodity;
    EdtfDate pe = period;
    Qualifier q = qualifier;
    List<Span> e = evidence;
    return build(() -> new TradeFigure(f, r, pa, v, qu, ch, co, pe, q, e));
  }

  public ArmsContract armsContract() {
    Set<String> seen = object("ArmsContract");
    Country supplier = null;
    Country recipient = null;
    List<String> items = List.of();
    Quantity quantity = null;
    Money value = null;
    EdtfDate signed = null;
    EdtfDate delivered = null;
    Qualifier qualifier = Qualifier.EXACT;
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "supplier" -> supplier = nullable(this::country);
        case "recipient" -> recipient = nullable(this::country);
        case "items" -> items = list(this::string);
        case "quantity" -> quantity = nullable(this::quantity);
        case "value" -> value = nullable(this::money);
        case "signed" -> signed = nullable(this::date);
        case "delivered" -> delivered = nullable(this::date);
        case "qualifier" -> qualifier = qualifier();
        case "evidence" -> evidence = list(this::span);
        default -> p.skipChildren();
      }
    }
    Country s = supplier;
    Country r = recipient;
    List<String> i = items;
    Quantity qu = quantity;
    Money v = value;
    EdtfDate si = signed;
    EdtfDate d = delivered;
    Qualifier q = qualifier;
    List<Span> e = evidence;
    return build(() -> new ArmsContract(s, r, i, qu, v, si, d, q, e));
  }

  public DiplomaticEvent event() {
    Set<String> seen = object("DiplomaticEvent");
    EventType type = null;
    EdtfDate date = null;
    String location = null;
    List<String> participants = List.of();
    List<Country> countries = List.of();
    boolean planned = false;
    List<Span> evidence = List.of();
    while (nextField(seen)) {
      switch (p.name()) {
        case "type" -> type = enumValue(EventType.class);
        case "date" -> date = nullable(this::date);
        case "location" -> location = nullable(this::string);
        case "participants" -> participants = list(this::participant);
        case "countries" -> countries = list(this::country);
        case "planned" -> planned = bool();
        case "evidence" -> evidence = list(this::span);
        // "cameo" and "plover" follow from the type; other tools may refine them, so they are not checked.
        default -> p.skipChildren();
      }
    }
    EventType t = require(type, "type");
    EdtfDate d = date;
    String l = location;
    List<String> pa = participants;
    List<Country> c = countries;
    boolean pl = planned;
    List<Span> e = evidence;
    return build(() -> new DiplomaticEvent(t, d, l, pa, c, pl, e));
  }

  /** A participant: a name, or a Leader-like object of which the name is kept. */
  private String participant() {
    if (p.token() != Token.START_OBJECT) {
      return string();
    }
    Set<String> seen = object("participant");
    String name = null;
    while (nextField(seen)) {
      if (p.name().equals("name")) {
        name = string();
      } else {
        p.skipChildren();
      }
    }
    return require(name, "name");
  }

  public Money money() {
    Set<String> seen = object("Money");
    BigDecimal amount = null;
    String currency = null;
    while (nextField(seen)) {
      switch (p.name()) {
        case "amount" -> amount = decimal();
        case "currency" -> currency = currency();
        default -> p.skipChildren();
      }
    }
    BigDecimal a = require(amount, "amount");
    String c = require(currency, "currency");
    return build(() -> new Money(a, c));
  }

  public Quantity quantity() {
    Set<String> seen = object("Quantity");
    BigDecimal amount = null;
    String unit = null;
    while (nextField(seen)) {
      switch (p.name()) {
        case "amount" -> amount = decimal();
        case "unit" -> unit = string();
        default -> p.skipChildren();
      }
    }
    BigDecimal a = require(amount, "amount");
    String u = require(unit, "unit");
    return build(() -> new Quantity(a, u));
  }

  /** A span; a "text" field may accompany it (the text it covers, unknown here, so not checked). */
  public Span span() {
    Set<String> seen = object("Span");
    Integer start = null;
    Integer end = null;
    while (nextField(seen)) {
      switch (p.name()) {
        case "start" -> start = integer();
        case "end" -> end = integer();
        default -> p.skipChildren();
      }
    }
    int s = require(start, "start");
    int e = require(end, "end");
    return build(() -> new Span(s, e));
  }

  // ------------------------------------------------------------------ scalars

  /** A country: its code as a string, or an object with a "code" field. */
  public Country country() {
    if (p.token() == Token.START_OBJECT || p.token() == Token.NAME) {
      return countryMention().country();
    }
    return countryCode();
  }

  private Country countryCode() {
    String code = string();
    if (!Country.isKnown(code)) {
      throw fail("unknown country code " + show(code) + " (want an ISO 3166-1 or 3166-3 alpha-3 code such as \"VEN\")", null);
    }
    return new Country(code);
  }

  public EdtfDate date() {
    String text = string();
    return build(() -> EdtfDate.parse(text));
  }

  private String currency() {
    String code = string();
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Money.of(0, code).currencyCode();
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw fail("unknown ISO 4217 currency code " + show(code), null);
  }

  private Qualifier qualifier() {
    return p.token() == Token.NULL ? Qualifier.EXACT : enumValue(Qualifier.class);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    String name = string();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw fail("unknown " + type.getSimpleName() + " " + show(name) + " (want one of "
        + Arrays.toString(type.getEnumConstants()) + ")", null);
  }

  private String string() {
    if (p.token() != Token.STRING) {
      throw fail("expected a string, got " + describe(p.token()), null);
    }
    return p.text();
  }

  private BigDecimal decimal() {
    Token t = p.token();
    if (t != Token.INT && t != Token.FLOAT) {
      throw fail("expected a number, got " + describe(t), null);
    }
    try {
      return p.decimal();
    } catch (NumberFormatException e) {
      // an exponent past the parser's limits ("0e9999999990") is invalid input, not a crash
      throw fail("number out of range: " + p.text(), e);
    }
  }

  private int integer() {
    Token t = p.token();
    if (t != Token.INT || !p.isInt()) {
      throw fail("expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", got "
          + (t == Token.INT || t == Token.FLOAT ? p.text() : describe(t)), null);
    }
    return p.intValue();
  }

  private boolean bool() {
    Token t = p.token();
    if (t != Token.TRUE && t != Token.FALSE) {
      throw fail("expected true or false, got " + describe(t), null);
    }
    return t == Token.TRUE;
  }

  // ------------------------------------------------------------------ structure

  private <T> @Nullable T nullable(Supplier<T> reader) {
    return p.token() == Token.NULL ? null : reader.get();
  }

  private <T> List<T> list(Supplier<T> element) {
    if (p.token() != Token.START_ARRAY) {
      throw fail("expected an array, got " + describe(p.token()), null);
    }
    List<T> out = new ArrayList<>();
    while (p.next() != Token.END_ARRAY) {
      out.add(element.get());
    }
    return out;
  }

  /** Checks that an object starts here; returns the set that catches duplicate fields. */
  private Set<String> object(String what) {
    Token t = p.token();
    if (t == Token.NAME) {
      atFirstField = true;
    } else if (t != Token.START_OBJECT) {
      throw fail("expected " + what + " as an object, got " + describe(t), null);
    }
    return new HashSet<>();
  }

  /** Moves to the next field's value; false at the end of the object. */
  private boolean nextField(Set<String> seen) {
    Token t;
    if (atFirstField) {
      atFirstField = false;
      t = p.token();
    } else {
      t = p.next();
    }
    if (t == Token.END_OBJECT) {
      return false;
    }
    String name = p.name();
    if (!seen.add(name)) {
      throw fail("duplicate field " + show(name), null);
    }
    p.next();
    return true;
  }

  private <T> T require(@Nullable T value, String field) {
    if (value == null) {
      throw fail("missing field \"" + field + "\"", null);
    }
    return value;
  }

  /** Runs a model constructor, turning its validation errors into errors at the current path. */
  private <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw fail(String.valueOf(e.getMessage()), e);
    }
  }

  private RuntimeException fail(String message, @Nullable Throwable cause) {
    String cut = message.length() > 4 * MAX_SHOWN ? message.substring(0, 4 * MAX_SHOWN) + "..." : message;
    return p.fail("Invalid JSON at " + path() + ": " + cut, cause);
  }

  /** The current position as a JSONPath such as {@code $.tradeFigures[0].value}. */
  private String path() {
    StringBuilder sb = new StringBuilder("$");
    for (Object step : p.path()) {
      if (step instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        String n = step.toString();
        sb.append(n.matches("[A-Za-z_][A-Za-z0-9_]{0,63}") ? "." + n : "[" + show(n) + "]");
      }
    }
    return sb.toString();
  }

  private static String describe(@Nullable Token t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> "a string";
      case INT, FLOAT -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      default -> t.toString();
    };
  }

  /** A string quoted for a message, cut short so hostile input cannot flood the log. */
  private static String show(String s) {
    String cut = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
    StringBuilder sb = new StringBuilder("\"");
    cut.chars().forEach(c -> {
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate((char) c)) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.append((char) c);
      }
    });
    return sb.append('"').toString();
  }
}
