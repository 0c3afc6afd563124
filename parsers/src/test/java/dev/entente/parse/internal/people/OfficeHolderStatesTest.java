package dev.entente.parse.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Leader;
import dev.entente.model.Role;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.knowledge.OfficeHolders;
import dev.entente.parse.internal.knowledge.Tenure;
import dev.entente.parse.internal.people.World.State;
import dev.entente.parse.internal.text.Chars;
import dev.entente.proptest.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The office-holder dictionary as the step after the text's grammar: heads of state and government
 * named with their title and no state word get their state from the dictionary on the article's
 * date, as finance ministers do; a state word in the text wins over it; swapping the state words
 * swaps the states.
 */
class OfficeHolderStatesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final OfficeHolders HOLDERS = OfficeHolders.standard();

  /** Two heads in office on one day, of two states, with names no other holder of that day shares. */
  record Meeting(Tenure a, Tenure b, LocalDate day) {
    String text(String titleA, String titleB) {
      return titled(titleA, a) + " met " + titled(titleB, b) + " in Geneva on Tuesday.";
    }

    /** "President Vladimir Putin", and "King Hussein" for a name the dictionary writes with its title. */
    private static String titled(String title, Tenure t) {
      return t.name().startsWith(t.title() + " ") ? title.substring(0, title.length() - t.title().length()) + t.name()
          : title + " " + t.name();
    }
  }

  private static final List<Tenure> HEADS = heads();

  private static List<Tenure> heads() {
    List<Tenure> out = new ArrayList<>();
    for (Tenure t : HOLDERS.tenures()) {
      if ((t.role() == Role.HEAD_OF_STATE || t.role() == Role.HEAD_OF_GOVERNMENT) && !t.has(Tenure.Flag.DISPUTED)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The middle day of a tenure (an open one ends at the end of 2025). */
  private static LocalDate middle(Tenure t) {
    LocalDate end = t.end() != null ? t.end() : LocalDate.of(2025, 12, 31);
    return t.start().plusDays((end.toEpochDay() - t.start().toEpochDay()) / 2);
  }

  /**
   * Whether no holder of another state in office on {@code day} is written as {@code t}'s name is
   * (as its name or one of its variants). The property leaves out exactly the heads for whom this
   * fails: there the name alone cannot decide, and the parser must not pretend it does ({@link
   * #aNameHeldInTwoStatesOnTheDayDecidesNothing}). A name that is also another holder's surname
   * ("Philippe" of Belgium beside France's Édouard Philippe) is not ambiguous when written whole.
   */
  private static boolean unambiguous(Tenure t, LocalDate day) {
    return HOLDERS.holders(t.name(), day).stream().allMatch(x -> x.country().equals(t.country()) || !writtenAlike(x, t.name()));
  }

  /** Whether the dictionary writes {@code x}'s name, or a variant of it, as {@code name}. */
  private static boolean writtenAlike(Tenure x, String name) {
    return x.name().equalsIgnoreCase(name) || x.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name));
  }

  /** For every head, a head of another state in office on the middle day of the first's tenure. */
  private static List<Meeting> meetings() {
    List<Meeting> out = new ArrayList<>();
    for (int i = 0; i < HEADS.size(); i++) {
      Tenure a = HEADS.get(i);
      LocalDate day = middle(a);
      if (!unambiguous(a, day)) {
        continue;
      }
      for (int k = 1; k < HEADS.size(); k++) {
        Tenure b = HEADS.get((i + k * 7) % HEADS.size());
        if (!b.country().equals(a.country()) && b.contains(day, 0) && unambiguous(b, day)) {
          out.add(new Meeting(a, b, day));
          break;
        }
      }
    }
    return out;
  }

  /** The name as the parser's output writes it: typographic look-alikes folded ("Mataʻafa" is "Mata'afa"). */
  static String plain(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      b.append(Chars.plain(name.charAt(i)));
    }
    return b.toString();
  }

  /** The state of the leader named {@code written} (an honorific kept before it, as in "Sheikh [Given] bin [father]", aside). */
  static @Nullable Country stateOf(List<Leader> leaders, String written) {
    String name = plain(written);
    for (Leader l : leaders) {
      if (l.name().equals(name) || l.name().endsWith(" " + name) || name.endsWith(" " + l.name())) {
        return l.country();
      }
    }
    return null;
  }

  @Test
  void everyHeadInTheDictionaryGetsTheirStateWithoutAStateWord() {
    List<Meeting> meetings = meetings();
    assertTrue(meetings.size() >= HEADS.size() * 9 / 10, () -> meetings.size() + " meetings of " + HEADS.size() + " heads");
    List<String> wrong = new ArrayList<>();
    for (Meeting m : meetings) {
      String text = m.text(m.a().title(), m.b().title());
      List<Leader> leaders = PARSER.parse("generated", text, m.day()).leaders();
      if (!m.a().country().equals(stateOf(leaders, m.a().name())) || !m.b().country().equals(stateOf(leaders, m.b().name()))) {
        wrong.add(text + " (" + m.day() + ") -> " + leaders.stream().map(l -> l.name() + "|" + l.country()).toList());
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + meetings.size() + " wrong: "
        + String.join("\n", wrong.subList(0, Math.min(wrong.size(), 30))));
  }

  /**
   * Every holder whose name the dictionary writes with a generational suffix ("[Given] [Surname]
   * III", "... Jr."), written with a middle initial the dictionary lacks ("[Given] S. [Surname] III")
   * and met by a minister of another state, still gets their state: the initial is left out of the
   * form looked up, where the first and last words alone ("[Given] III") name no one.
   */
  @Test
  void aMiddleInitialBeforeASuffixKeepsTheHoldersState() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    java.util.regex.Pattern suffixed = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+ (Jr\\.?|Sr\\.?|II|III|IV)");
    List<String> wrong = new ArrayList<>();
    int read = 0;
    for (Tenure t : HOLDERS.tenures()) {
      LocalDate day = middle(t);
      if (!suffixed.matcher(t.name()).matches() || t.name().startsWith(t.title() + " ") || t.has(Tenure.Flag.DISPUTED)
          || !unambiguous(t, day)) {
        continue;
      }
      String[] words = t.name().split(" ");
      String written = words[0] + " " + (char) ('A' + random.nextInt(26)) + ". "
          + String.join(" ", java.util.Arrays.asList(words).subList(1, words.length));
      World.State other;
      do {
        other = World.pick(random, World.STATES);
      } while (other.country().equals(t.country()));
      String text = t.title() + " " + written + " met " + other.adjective() + " Foreign Minister Amara Okafor in "
          + other.capital() + " on Tuesday.";
      List<Leader> leaders = PARSER.parse("generated", text, day).leaders();
      read++;
      if (!t.country().equals(stateOf(leaders, written))) {
        wrong.add(text + " (" + day + ") -> " + leaders.stream().map(l -> l.name() + "|" + l.country()).toList());
      }
    }
    int all = read;
    assertTrue(all >= 3, () -> all + " holders read");
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + all + " wrong: " + String.join("\n", wrong));
  }

  @Test
  void aNameHeldInTwoStatesOnTheDayDecidesNothing() {
    int ambiguous = 0;
    for (Tenure t : HEADS) {
      LocalDate day = middle(t);
      if (unambiguous(t, day)) {
        continue;
      }
      ambiguous++;
      String text = Meeting.titled(t.title(), t) + " spoke in Geneva on Tuesday.";
      List<Leader> leaders = PARSER.parse("generated", text, day).leaders();
      assertEquals(null, stateOf(leaders, t.name()), () -> text + " (" + day + ") -> " + leaders);
    }
    int left = ambiguous;
    assertTrue(left * 100 <= HEADS.size(), () -> left + " of " + HEADS.size() + " heads share their name with another state's head that day");
  }

  /** A head of today's dictionary, and two states of the gazetteer to name in the text. */
  record Contradicted(Meeting meeting, State x, State y) {}

  private static final OfficeLexicon OFFICES = OfficeLexicon.load();

  /**
   * Meetings of holders whose titles the office lexicon reads as offices (a state word binds an
   * office, not an honorific) and whose names it reads whole with no state word.
   */
  private static final List<Meeting> MEETINGS = meetings().stream()
      .filter(m -> isOffice(m.a().title()) && isOffice(m.b().title()) && untitled(m.a()) && untitled(m.b()) && readWhole(m))
      .toList();

  /**
   * Whether the dictionary writes the name without its title ("King Hussein" is written with it)
   * or another office ("Crown Prince Mohammed bin Salman", whose listed title is Prime Minister):
   * a state word before "Prime Minister Crown Prince ..." would have two offices to bind to.
   */
  private static boolean untitled(Tenure t) {
    String[] w = t.name().split(" ");
    return !t.name().startsWith(t.title() + " ") && !isOffice(w[0]) && !(w.length > 2 && isOffice(w[0] + " " + w[1]));
  }

  private static boolean readWhole(Meeting m) {
    List<Leader> leaders = PARSER.parse("generated", m.text(m.a().title(), m.b().title()), m.day()).leaders();
    return stateOf(leaders, m.a().name()) != null && stateOf(leaders, m.b().name()) != null;
  }

  private static boolean isOffice(String title) {
    return OFFICES.lists(title);
  }

  private static Contradicted contradicted(SplittableRandom r) {
    Meeting m = World.pick(r, MEETINGS);
    State[] two = World.twoStates(r);
    return new Contradicted(m, two[0], two[1]);
  }

  @Test
  void aStateWordInTheTextWinsOverTheDictionary() {
    Prop.check("the text wins", World.gen(OfficeHolderStatesTest::contradicted), c -> {
      Meeting m = c.meeting();
      String text = m.text(c.x().adjective() + " " + m.a().title(), c.y().adjective() + " " + m.b().title());
      List<Leader> leaders = PARSER.parse("generated", text, m.day()).leaders();
      assertEquals(c.x().country(), stateOf(leaders, m.a().name()), () -> text + " -> " + leaders);
      assertEquals(c.y().country(), stateOf(leaders, m.b().name()), () -> text + " -> " + leaders);
    });
  }

  @Test
  void swappingTheStateWordsSwapsTheStates() {
    Prop.check("swap the adjectives", World.gen(OfficeHolderStatesTest::contradicted), c -> {
      Meeting m = c.meeting();
      List<Leader> ab = PARSER.parse("g", m.text(c.x().adjective() + " " + m.a().title(), c.y().adjective() + " " + m.b().title()), m.day()).leaders();
      List<Leader> ba = PARSER.parse("g", m.text(c.y().adjective() + " " + m.a().title(), c.x().adjective() + " " + m.b().title()), m.day()).leaders();
      // the dictionary may write a rank the output leaves out ("Ayatollah [Given] [Surname]"): stateOf sets it aside
      assertEquals(Arrays.asList(c.x().country(), c.y().country()), Arrays.asList(stateOf(ab, m.a().name()), stateOf(ab, m.b().name())), m::toString);
      assertEquals(Arrays.asList(c.y().country(), c.x().country()), Arrays.asList(stateOf(ba, m.a().name()), stateOf(ba, m.b().name())), m::toString);
    });
  }

  /** Ministers of finance by the title the dictionary gives them (finance, treasury, exchequer). */
  private static final List<Tenure> FINANCE = HOLDERS.tenures().stream()
      .filter(t -> t.role() == Role.MINISTER
          && (t.title().contains("Financ") || t.title().contains("Treasur") || t.title().contains("Exchequer")))
      .toList();

  /** A finance minister of the dictionary, a day of their tenure, and a sum the sentence names. */
  record Budget(Tenure minister, LocalDate day, int billions) {}

  private static Budget budget(SplittableRandom r) {
    Tenure t = World.pick(r, FINANCE);
    LocalDate end = t.end() != null ? t.end() : LocalDate.of(2025, 12, 31);
    long days = end.toEpochDay() - t.start().toEpochDay();
    return new Budget(t, t.start().plusDays(days <= 0 ? 0 : r.nextLong(days + 1)), 1 + r.nextInt(90));
  }

  @Test
  void aFinanceMinisterOfTheDictionaryGetsTheirStateWithoutAStateWord() {
    assertTrue(FINANCE.size() >= 640, () -> FINANCE.size() + " finance ministers");
    Prop.check("the finance minister's state", World.gen(OfficeHolderStatesTest::budget), b -> {
      Prop.assume(unambiguous(b.minister(), b.day()));
      Tenure t = b.minister();
      String text = Meeting.titled(t.title(), t) + " presented a budget of " + b.billions() + " billion on Tuesday.";
      List<Leader> leaders = PARSER.parse("generated", text, b.day()).leaders();
      assertEquals(t.country(), stateOf(leaders, t.name()), () -> text + " (" + b.day() + ") -> " + leaders);
    });
  }
}
