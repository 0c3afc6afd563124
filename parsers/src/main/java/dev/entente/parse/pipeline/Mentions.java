package dev.entente.parse.pipeline;

import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.model.Money;
import dev.entente.model.Qualifier;
import dev.entente.model.Quantity;
import dev.entente.model.Role;
import dev.entente.model.Span;
import java.math.BigDecimal;
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

  /** A date or period, resolved to EDTF. */
  public record DateRef(int first, int end, Span span, EdtfDate date) {}

  /** A plain number ("11", "eleven", "about 260"). */
  public record NumberRef(int first, int end, Span span, BigDecimal value, Qualifier qualifier) {}

  /** An amount of money; {@code high} is the upper end of a range ("$2-3 billion"). */
  public record MoneyRef(int first, int end, Span span, Money money, @Nullable Money high, Qualifier qualifier) {}

  /** A counted or measured quantity ("257,200 tonnes", "1.5 million doses"). */
  public record QuantityRef(int first, int end, Span span, Quantity quantity, Qualifier qualifier) {}

  /** A percentage: a change ("grew by 10%", negative for a fall) or a share ("80 percent of"). */
  public record PercentRef(int first, int end, Span span, BigDecimal value, boolean change, Qualifier qualifier) {}

  /**
   * A person mentioned in the text, full name or later reference, with the office the text gives
   * them there; {@code personId} is the same for every mention of one person.
   */
  public record PersonRef(int first, int end, Span span, int personId, String name,
      @Nullable String title, @Nullable Role role, @Nullable Country country) {}
}
