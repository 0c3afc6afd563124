package dev.entente.parse.internal.pipeline;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mentions that stages find in an article, each over a token range {@code [first, end)} and an
 * original-text span.
 */
public final class Mentions {
  private Mentions() {}

  /** How a state was named. */
  public enum CountryForm { NAME, ADJECTIVE, CAPITAL, SEAT }

  /** A state named by its name ("Venezuela"), an adjective ("Venezuelan"), or its capital ("Caracas"). */
  public record CountryRef(int first, int end, Span span, Country country, CountryForm form) {}

  /** How a date was written: in full, relative to publication ("on Wednesday"), or after an earlier one ("the following year"). */
  public enum DateForm { ABSOLUTE, RELATIVE, ANAPHORIC }

  /** A date or period, resolved to EDTF; {@code form} says what it was resolved against. */
  public record DateRef(int first, int end, Span span, EdtfDate date, DateForm form) {
    public DateRef {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(form, "form");
    }

    /** A date written in full. */
    public DateRef(int first, int end, Span span, EdtfDate date) {
      this(first, end, span, date, DateForm.ABSOLUTE);
    }
  }

  /** A plain number ("11", "eleven", "about 260"). */
  public record NumberRef(int first, int end, Span span, BigDecimal value, Qualifier qualifier) {}

  /**
   * An amount of money; {@code high} is the upper end of a range ("$2-3 billion"); {@code equivalents}
   * are the same amount in other currencies, given in brackets ("€5bn ($5.6bn)").
   */
  public record MoneyRef(int first, int end, Span span, Money money, @Nullable Money high, Qualifier qualifier,
      List<Money> equivalents) {
    public MoneyRef {
      equivalents = List.copyOf(equivalents);
    }

    /** An amount without equivalents. */
    public MoneyRef(int first, int end, Span span, Money money, @Nullable Money high, Qualifier qualifier) {
      this(first, end, span, money, high, qualifier, List.of());
    }
  }

  /** A counted or measured quantity ("257,200 tonnes", "1.5 million doses"); {@code high} ends a range ("2-3 million tonnes"). */
  public record QuantityRef(int first, int end, Span span, Quantity quantity, Qualifier qualifier,
      @Nullable Quantity high) {

    /** A quantity that is no range. */
    public QuantityRef(int first, int end, Span span, Quantity quantity, Qualifier qualifier) {
      this(first, end, span, quantity, qualifier, null);
    }
  }

  /** A percentage: a change ("grew by 10%", negative for a fall) or a share ("80 percent of"). */
  public record PercentRef(int first, int end, Span span, BigDecimal value, boolean change, Qualifier qualifier) {}

  /**
   * A person mentioned in the text, full name or later reference, with the office the text gives
   * them there; {@code personId} is the same for every mention of one person.
   */
  public record PersonRef(int first, int end, Span span, int personId, String name,
      @Nullable String title, @Nullable Role role, @Nullable Country country) {}
}
