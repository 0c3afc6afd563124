package dev.entente.merge;

import dev.entente.model.Agreement;
import dev.entente.model.ArmsContract;
import dev.entente.model.Country;
import dev.entente.model.DiplomaticEvent;
import dev.entente.model.Leader;
import dev.entente.model.TradeFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The group key of each kind of fact: facts with different keys are never the same fact and never
 * in conflict, so the merge groups facts by these exact strings (a hash lookup) and compares facts
 * only within a group. A distributed merge can group by the same keys: the facts of one key are
 * merged apart from all others ({@link ExtractionMerger#merge(Picture, Picture)} joins the parts).
 *
 * <ul>
 *   <li>Leader: the surname, folded ({@code "maduro"}); first names and states are told apart
 *       within the group.
 *   <li>Event: the type family (meeting, visit and call are one family), planned or not, and the
 *       set of states ({@code "CONSULT|done|RUS,VEN"}); with no states, the participants'
 *       surnames. Dates are compared within the group, with a tolerance by precision.
 *   <li>Agreement: kind, the set of parties, and the title folded ({@code
 *       "TREATY|RUS,VEN|treaty on friendship"}) or {@code "-"} when untitled.
 *   <li>Trade figure: flow, reporter and partner (an unordered pair for turnover), period,
 *       commodity, and what is measured: money in a currency, a quantity in a unit, or a change
 *       ({@code "EXPORT|BRA>AGO|2017|-|USD"}).
 *   <li>Arms contract: the unordered pair of states and the system family ({@code
 *       "RUS,VEN|S400"}), so that a contract told in opposite directions is one key in conflict.
 * </ul>
 */
public final class FactKeys {
  private static final Pattern DESIGNATOR = Pattern.compile("\\b([A-Za-z]{0,4})[- ]?(\\d{1,4})([A-Za-z]{0,2})\\b");

  private FactKeys() {}

  /**
   * A state's key: its code.
   *
   * @param c the state
   * @return its alpha-3 code
   */
  public static String country(Country c) {
    return c.code();
  }

  /**
   * A leader's key: the folded surname ({@code "Nicolás Maduro"} gives {@code "maduro"}).
   *
   * @param l the leader
   * @return the surname, lower case without accents
   */
  public static String leader(Leader l) {
    return Names.surname(l.name());
  }

  /**
   * An event's key: type family, planned or done, and the set of states (or surnames).
   *
   * @param e the event
   * @return the key, such as {@code CONSULT|done|RUS,VEN}
   */
  public static String event(DiplomaticEvent e) {
    String family = e.type().isConsultation() ? "CONSULT" : e.type().name();
    String who;
    if (!e.countries().isEmpty()) {
      who = codes(e.countries());
    } else {
      TreeSet<String> names = new TreeSet<>();
      e.participants().forEach(p -> names.add(Names.surname(p)));
      who = "~" + String.join(",", names);
    }
    return family + "|" + (e.planned() ? "planned" : "done") + "|" + who;
  }

  /**
   * An agreement's key: kind, the set of parties, and the folded title or {@code "-"}.
   *
   * @param a the agreement
   * @return the key, such as {@code AGREEMENT|RUS,VEN|-}
   */
  public static String agreement(Agreement a) {
    return a.kind().name() + "|" + codes(a.parties()) + "|" + (a.title() == null ? "-" : Names.folded(a.title()));
  }

  /**
   * A trade figure's key: flow, direction, period, commodity and measure.
   *
   * @param t the trade figure
   * @return the key, such as {@code EXPORT|BRA>AGO|2017|-|USD}
   */
  public static String tradeFigure(TradeFigure t) {
    String reporter = code(t.reporter());
    String partner = code(t.partner());
    String direction = t.flow() == dev.entente.model.Flow.TURNOVER && reporter.compareTo(partner) > 0
        ? partner + "<>" + reporter
        : t.flow() == dev.entente.model.Flow.TURNOVER ? reporter + "<>" + partner : reporter + ">" + partner;
    String measure = t.value() != null ? t.value().currencyCode()
        : t.quantity() != null ? "q:" + t.quantity().unit().toLowerCase(Locale.ROOT) : "%";
    return t.flow().name() + "|" + direction + "|" + (t.period() == null ? "?" : t.period().toString()) + "|"
        + (t.commodity() == null ? "-" : Names.folded(t.commodity())) + "|" + measure;
  }

  /**
   * An arms contract's key: the unordered pair of states and the system family.
   *
   * @param a the arms contract
   * @return the key, such as {@code RUS,VEN|rifle}
   */
  public static String armsContract(ArmsContract a) {
    String s = code(a.supplier());
    String r = code(a.recipient());
    String pair = s.compareTo(r) <= 0 ? s + "," + r : r + "," + s;
    String family;
    if (a.items().isEmpty()) {
      family = "*" + (a.value() == null ? "" : a.value().currencyCode());
    } else {
      TreeSet<String> families = new TreeSet<>();
      a.items().forEach(i -> families.add(systemFamily(i)));
      family = String.join("+", families);
    }
    return pair + "|" + family;
  }

  /**
   * The family of a weapon system as written: its designator without punctuation where it has one
   * ({@code "S-400 Triumf systems"} and {@code "S400"} give {@code "S400"}, {@code "Su-35 jets"}
   * {@code "SU35"}), else its last word in the singular ({@code "Kalashnikov rifles"} gives {@code
   * "rifle"}).
   *
   * @param item the item as written
   * @return the family, never empty
   */
  public static String systemFamily(String item) {
    Matcher m = DESIGNATOR.matcher(item);
    if (m.find() && !m.group(1).isEmpty()) {
      return (m.group(1) + m.group(2) + m.group(3)).toUpperCase(Locale.ROOT);
    }
    List<String> words = new ArrayList<>(Names.words(item));
    if (words.isEmpty()) {
      return "";
    }
    String last = words.get(words.size() - 1);
    if (last.endsWith("ies") && last.length() > 4) {
      return last.substring(0, last.length() - 3) + "y";
    }
    return last.endsWith("s") && !last.endsWith("ss") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
  }

  private static String codes(List<Country> countries) {
    TreeSet<String> codes = new TreeSet<>();
    countries.forEach(c -> codes.add(c.code()));
    return String.join(",", codes);
  }

  private static String code(@Nullable Country c) {
    return c == null ? "?" : c.code();
  }
}
