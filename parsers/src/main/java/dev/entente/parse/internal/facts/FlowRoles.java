package dev.entente.parse.internal.facts;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Who gives and who takes in a flow, read from the grammar of the clause with the lines of
 * {@code flow-roles.txt}: a verb names the giver or the taker by its subject, its object or a
 * preposition ("Kenya obtained a loan from China", "China granted Kenya a loan", "Kenya was
 * granted a loan by China"), and a flow noun by the state before it or a preposition ("China's
 * loan to Kenya", "Chinese loans", "aid to Malawi from Britain"). A new phrasing is a new line.
 * A line may name its kind first ("arms" for sales and deliveries of weapons): each reader reads the
 * lines of its own kind, the money flows those with none. A holder noun ("donor", "lender") names
 * one side by the state whose it is and the other by the subject before that state ("Japan has been
 * Cambodia's largest donor"): that state owns the noun and is no verb's subject.
 */
final class FlowRoles {

  /** Where a state stands relative to the word that carries the flow. */
  private enum Argument {
    SUBJECT, BEFORE, OBJECT, OWNER, FROM, TO, BY, FOR, IN, INTO, WITH;

    /** The preposition's key ("from"), made once: the readers compare it with every token after the flow word. */
    final String key = name().toLowerCase(Locale.ROOT);
  }

  /** One argument of a line and whether it names the giver. */
  private record Slot(Argument argument, boolean giver) {}

  /** The lines' argument lists, parsed once per distinct line. */
  private static final Map<String, List<Slot>> FRAMES = new ConcurrentHashMap<>();

  /** Words that make the state after them no subject: it is a preposition's object. */
  private static final Set<String> NOT_SUBJECT = Set.of("to", "from", "with", "in", "into", "between", "of", "by", "for");

  /** Words that open another clause after a comma. */
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "which", "that", "who");

  private final Lexicon lines = Lexicon.load("flow-roles.txt");
  /** The kind of lines read: "" for the flows of money and trade, "arms" for arms transfers. */
  private final String kind;

  /** The reader of the money and trade lines (those that name no kind). */
  FlowRoles() {
    this("");
  }

  /** The reader of the lines of {@code kind} ("arms"). */
  FlowRoles(String kind) {
    this.kind = kind;
  }

  /** Giver and taker of a flow; either may be null when the clause does not say. */
  record Sides(@Nullable Country giver, @Nullable Country taker) {}

  /**
   * The giver and taker of the flow whose word is at tokens [trigger, triggerEnd) in clause
   * [from, to): the verbs of the clause first (the nearest before the flow word, then the first
   * just after it), then the flow word's own line, then the line of its flow ({@code flow}, as
   * trade-triggers.txt names it), with {@code before} the state standing before the flow word.
   */
  Sides sides(Scope sc, int from, int to, int trigger, int triggerEnd, String flow, @Nullable Country before) {
    Country[] sides = new Country[2];
    int verbBefore = -1;
    Lexicon.Match verbBeforeMatch = null;
    for (int i = from; i < trigger; i++) {
      Lexicon.Match m = sc.at(lines, i, trigger);
      if (m != null && acts(sc, m, from, i, to)) {
        verbBefore = i;
        verbBeforeMatch = m;
        i += m.length() - 1;
      }
    }
    if (verbBeforeMatch != null) {
      fill(sc, sides, verbBeforeMatch, verbBefore, verbBefore + verbBeforeMatch.length(), from, to, before);
    }
    for (int i = triggerEnd; i < Math.min(to, triggerEnd + 3); i++) {
      Lexicon.Match m = sc.at(lines, i, to);
      if (m != null && acts(sc, m, from, i, to)) {
        fill(sc, sides, m, i, i + m.length(), from, to, before); // "a loan granted by China"
        break;
      }
    }
    // "[taker] was lent ... by [giver]": the flow word's passive line, with its auxiliaries, before its own
    for (int back = Math.min(2, trigger - from); back > 0 && sides[0] == null && sides[1] == null; back--) {
      Lexicon.Match passive = sc.at(lines, trigger - back, triggerEnd);
      if (passive != null && passive.length() == triggerEnd - trigger + back) {
        fill(sc, sides, passive, trigger - back, triggerEnd, from, to, before);
      }
    }
    Lexicon.Match own = sc.at(lines, trigger, triggerEnd);
    if (own != null && own.length() == triggerEnd - trigger) {
      fill(sc, sides, own, trigger, triggerEnd, from, to, before); // "Kenya borrowed ...": the flow word is the verb
    }
    List<Slot> line = frame(lines.phrase(flow.toLowerCase(Locale.ROOT)));
    if (line != null) {
      fill(sc, sides, line, trigger, triggerEnd, from, to, before);
    }
    return new Sides(sides[0], sides[1]);
  }

  /** The argument list of the phrase's first line of this reader's kind, or null. */
  private @Nullable List<Slot> frame(Lexicon.@Nullable Match m) {
    if (m != null) {
      for (String line : m.roles()) {
        if (ofKind(line)) {
          return frame(line);
        }
      }
    }
    return null;
  }

  /** Whether a line is of this reader's kind: its first word when that has no ':', else none. */
  private boolean ofKind(String line) {
    int space = line.indexOf(' ');
    int end = space < 0 ? line.length() : space;
    int colon = line.indexOf(':');
    boolean tagged = colon < 0 || colon > end;
    return tagged ? end == kind.length() && line.startsWith(kind) : kind.isEmpty();
  }

  private boolean isVerb(Lexicon.Match m) {
    return takes(m, Argument.SUBJECT);
  }

  /** Whether the phrase's line has the argument {@code a}. */
  private boolean takes(Lexicon.Match m, Argument a) {
    List<Slot> f = frame(m);
    if (f != null) {
      for (Slot s : f) {
        if (s.argument() == a) {
          return true;
        }
      }
    }
    return false;
  }

  private void fill(Scope sc, Country[] sides, Lexicon.Match m, int at, int end, int from, int to,
      @Nullable Country before) {
    List<Slot> f = frame(m);
    if (f != null) {
      fill(sc, sides, f, at, end, from, to, before);
    }
  }

  /** Fills the empty sides from the line's arguments, in the line's order; one state is never both. */
  private void fill(Scope sc, Country[] sides, List<Slot> frame, int at, int end, int from, int to,
      @Nullable Country before) {
    CountryRef owner = null;
    for (Slot s : frame) {
      if (s.argument() == Argument.OWNER) {
        owner = owner(sc, from, at);
      }
    }
    for (Slot s : frame) {
      int k = s.giver() ? 0 : 1;
      if (sides[k] != null) {
        continue;
      }
      Country c = switch (s.argument()) {
        case SUBJECT -> subject(sc, from, owner != null ? owner.first() : at);
        case BEFORE -> before;
        case OBJECT -> object(sc, end, to);
        case OWNER -> owner == null ? null : owner.country();
        default -> after(sc, s.argument().key, end, to);
      };
      if (c != null && !c.equals(sides[1 - k])) {
        sides[k] = c;
      }
    }
  }

  /**
   * The state written with "'s" in the five tokens before the holder noun at {@code noun}, with no
   * state between ("Indonesia's second largest aid donor"), or null.
   */
  private static @Nullable CountryRef owner(Scope sc, int from, int noun) {
    for (int i = noun - 1; i >= Math.max(from, noun - 5); i--) {
      CountryRef r = sc.country(i);
      if (r != null) {
        return TradeParties.possessive(sc.key(r.end() - 1)) || r.end() < noun && TradeParties.possessive(sc.key(r.end())) ? r : null;
      }
    }
    return null;
  }

  /**
   * Whether the phrase matched at token {@code i} names a side by its grammar there: a verb, or a
   * holder noun with a state that owns it or right after its preposition ("[A]'s largest donor",
   * "the fourth investor in [B]"; "its creditors" names none).
   */
  private boolean acts(Scope sc, Lexicon.Match m, int from, int i, int to) {
    if (!isVerb(m) || !holderNoun(m) || owner(sc, from, i) != null) {
      return isVerb(m);
    }
    int after = i + m.length();
    List<Slot> f = frame(m);
    for (Slot s : f == null ? List.<Slot>of() : f) {
      // the arguments from FROM on are prepositions
      if (s.argument().compareTo(Argument.FROM) >= 0 && sc.key(after).equals(s.argument().key)) {
        CountryRef o = sc.objectOf(after, to);
        return o != null && o.first() <= after + 2;
      }
    }
    return false;
  }

  /** Whether a line of a holder noun ("donor", "largest investor") starts at token {@code i}. */
  private boolean holderNounAt(Scope sc, int i, int end) {
    Lexicon.Match m = sc.at(lines, i, end);
    return m != null && holderNoun(m);
  }

  private boolean holderNoun(Lexicon.Match m) {
    return takes(m, Argument.OWNER);
  }

  /**
   * The nearest state in the eight tokens before {@code verb}, unless a preposition's object ("with
   * [State]", "from the [State]") or one of two states joined as the subject ("India and Russia
   * signed"), which does not say which. A state that owns a holder noun on the way ("Cambodia's
   * largest donor since 1992, providing") is not the subject: the one before it is.
   */
  private @Nullable Country subject(Scope sc, int from, int verb) {
    int reach = Math.max(from, verb - 8);
    for (int i = verb - 1; i >= reach; i--) {
      CountryRef owner = holderNounAt(sc, i, verb) ? owner(sc, from, i) : null;
      if (owner != null) {
        i = owner.first();
        reach = Math.max(from, owner.first() - 8);
        continue;
      }
      CountryRef r = sc.country(i);
      if (r != null) {
        boolean joined = r.first() > from + 1 && sc.key(r.first() - 1).equals("and") && sc.country(r.first() - 2) != null;
        int word = r.first() - 1;
        if (word > from && sc.key(word).equals("the")) {
          word--; // "with the United States": the article stands between the preposition and its state
        }
        return joined || word >= from && NOT_SUBJECT.contains(sc.key(word)) ? null : r.country();
      }
    }
    return null;
  }

  /** The state right after a verb ("granted Kenya a loan", "provided Kenya with"), the noun's name alone. */
  private static @Nullable Country object(Scope sc, int end, int to) {
    int i = end;
    if (i < to && sc.key(i).equals("the")) {
      i++;
    }
    CountryRef r = i < to ? sc.country(i) : null;
    return r != null && r.first() == i && !sc.key(r.end()).equals("'s") ? r.country() : null;
  }

  /** The object of the first {@code preposition} in [end, to). */
  private static @Nullable Country after(Scope sc, String preposition, int end, int to) {
    for (int i = end; i < to; i++) {
      if (sc.key(i).equals(";") || sc.key(i).equals(",") && CLAUSE_JOINERS.contains(sc.key(i + 1))) {
        return null; // "..., and that no payments were required from ...": another clause
      }
      if (sc.key(i).equals(preposition)) {
        CountryRef o = sc.objectOf(i, to);
        if (o != null) {
          return o.country();
        }
      }
    }
    return null;
  }

  private static List<Slot> frame(String line) {
    List<Slot> f = FRAMES.get(line);
    return f != null ? f : FRAMES.computeIfAbsent(line, FlowRoles::parse);
  }

  private static List<Slot> parse(String line) {
    List<Slot> out = new ArrayList<>();
    String[] parts = WordLists.words(line.trim());
    for (int p = parts[0].indexOf(':') < 0 ? 1 : 0; p < parts.length; p++) { // a first word without ':' is the line's kind
      String part = parts[p];
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("flow-roles.txt: no argument:ROLE in '" + part + "' of line '" + line + "'");
      }
      String role = part.substring(colon + 1);
      if (!role.equals("GIVER") && !role.equals("TAKER")) {
        throw new IllegalStateException("flow-roles.txt: role must be GIVER or TAKER, not '" + role + "'");
      }
      out.add(new Slot(Argument.valueOf(part.substring(0, colon).toUpperCase(Locale.ROOT)), role.equals("GIVER")));
    }
    return List.copyOf(out);
  }
}
