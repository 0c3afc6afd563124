package dev.entente.parse.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped text read back as written: a page whose paragraphs are one line each, wrapped at 60 to
 * 80 columns as a wrapping program does, unwraps to the page itself (every break the wrapping made is
 * a space again, every break of the page stays).
 */
public class UnwrapperTest {

  private static final Unwrapper UNWRAPPER = new Unwrapper();

  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Jordan", "Solomon Islands", "Sri Lanka", "Saudi Arabia");
  private static final List<String> ADJECTIVES = List.of("Ghanaian", "Peruvian", "Vietnamese", "Norwegian", "Omani",
      "Chilean", "Lao", "Kenyan", "Bolivian", "Nepali", "Senegalese", "Jordanian");
  private static final List<String> CITIES = List.of("ACCRA", "LIMA", "HANOI", "OSLO", "MUSCAT", "SANTIAGO",
      "VIENTIANE", "NAIROBI", "LA PAZ", "KATHMANDU", "DAKAR", "AMMAN");
  private static final List<String> PEOPLE = List.of("Elena Orlova", "Ahmed Haddad", "Priya Sharma", "Kwame Mensah",
      "Jorge Ramirez", "Fatima Okafor", "William P. Rogers", "Lee Myung-bak", "Mohammed bin Salman");
  private static final List<String> AGENCIES = List.of("GNA", "Xinhua", "VNA", "AFP", "Prensa Latina", "KNA");
  private static final List<String> SECTORS = List.of("trade and energy", "defence", "health, education and culture",
      "agriculture", "mining and infrastructure", "tourism");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  /** {@code text} with every line longer than {@code width} broken at its last space that fits, as a wrapping program does. */
  public static String wrap(String text, int width) {
    char[] out = text.toCharArray();
    int lineStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\n' || c == '\r') {
        lineStart = i + 1;
        lastSpace = -1;
        continue;
      }
      if (c == ' ' && i > lineStart && out[i - 1] != ' ') {
        lastSpace = i;
      }
      if (i - lineStart >= width && lastSpace > lineStart) {
        out[lastSpace] = '\n';
        lineStart = lastSpace + 1;
        lastSpace = -1;
      }
    }
    return new String(out);
  }

  // the page unwraps to itself at every width from 60 to 80 columns
  private static void assertUnwrapsAtEveryWidth(String page) {
    for (int width = 60; width <= 80; width++) {
      String wrapped = wrap(page, width);
      int w = width;
      assertEquals(page, UNWRAPPER.unwrap(wrapped), () -> "wrapped at " + w + ":\n" + wrapped);
    }
  }

  @Test
  void aHeadlineInCapitalsBrokenAfterAFunctionWordIsOneLine() {
    assertUnwrapsAtEveryWidth("GHANA AND PERU SIGN TREATY OF FRIENDSHIP AND COOPERATION IN ACCRA ON TUESDAY\n\nGNA\n\n"
        + BODY);
  }

  @Test
  void aHeadlineStaysApartFromTheStandfirstTheDatelineAndTheDeskLineUnderIt() {
    assertUnwrapsAtEveryWidth("Norway and Vietnam agree to restore ties in a deal brokered by Oman\n"
        + "The two states will reopen embassies within two months, seven years after relations were cut\n\n" + BODY);
    assertUnwrapsAtEveryWidth("Kenya secures $1bn Indian credit line for food and medicine supplies\n"
        + "Nairobi leans on New Delhi as reserves dwindle; talks with lenders to follow\n\n" + BODY);
    assertUnwrapsAtEveryWidth("Peru and Chile hold talks on trade, vow to advance ties in a new era\n" + BODY);
    assertUnwrapsAtEveryWidth("Laos and Nepal seal a power deal despite threats of sanctions\nWorld Desk | Example News\n\n"
        + BODY);
  }

  @Test
  void aCaptionAndAFirstParagraphInSentencesAreEachOneLine() {
    assertUnwrapsAtEveryWidth("Peru and Chile seal 12 deals\n\nPhoto: President Elena Orlova greets Chilean President"
        + " Jorge Ramirez at the palace. Credit: Example Photo Agency\n\n" + BODY);
    assertUnwrapsAtEveryWidth("Peru and Chile seal 12 deals\nOn 22 April 2019, President of the Republic of Peru"
        + " Elena Orlova held talks with Jorge Ramirez, who is in Peru on a state visit.\n\n" + BODY);
  }

  @Test
  void listItemsMenusAndCreditsKeepTheirLines() {
    assertUnwrapsAtEveryWidth(BODY + "\n\nRelated:\n- Ghana and Peru discuss the deployment of a new air defence battery\n"
        + "- Oman to host Jordanian crown prince as the region seeks new energy suppliers\n");
    assertUnwrapsAtEveryWidth("Example Wire | Home | World | Middle East | Europe | Business | Energy | Opinion | Video\n"
        + "Laos and Nepal seal a power deal\n\n" + BODY);
  }

  @Test
  void aNameBrokenAfterItsInitialAndASentenceEndingInCapitalsAreJoined() {
    String wrapped = wrap(BODY, 72) + "\n\nThe talks were attended by the Secretary of State, William P.\n"
        + "Rogers, and by the two ambassadors to the United Nations in New York\n"
        + "and Geneva, according to the statistics agency of the government of\nKENSTAT.\n";
    String read = UNWRAPPER.unwrap(wrapped);
    assertTrue(read.contains("William P. Rogers, and"), read);
    assertTrue(read.contains("government of KENSTAT."), read);
  }

  /**
   * A name broken after the title abbreviated before it ("Mr." / "[Given] [Surname]"), on a line the name
   * would have fitted, as a line wrapped by hand is: the title's period ends no sentence, so the name is
   * whole.
   */
  @Test
  void aNameBrokenAfterItsAbbreviatedTitleIsWhole() {
    Prop.check("a name broken after its abbreviated title is whole", CHOICES, c -> {
      Cast k = cast(c);
      String title = pick(List.of("Mr.", "Mrs.", "Dr.", "Gen.", "Prof."), c.get(7));
      String wrapped = wrap(BODY, 72) + "\n\nThe talks were attended by the " + k.adjB() + " Foreign Minister, " + title + "\n"
          + k.other() + ", and by the two ambassadors\nto the United Nations in New York and Geneva, officials of the two\n"
          + "foreign ministries said on Tuesday.\n";
      String read = UNWRAPPER.unwrap(wrapped);
      assertTrue(read.contains(title + " " + k.other() + ", and"), read);
    });
  }

  private static final String BODY = "ACCRA, March 3 (GNA) -- Ghana and Peru signed a treaty of friendship and cooperation"
      + " on Tuesday, officials of the two states said after talks in the capital.\n\n"
      + "The treaty, the first between the two states, provides for yearly meetings of their foreign ministers and"
      + " for cooperation in trade, energy and education.";

  // twelve choices make a page; shrinking a failure shrinks the choices
  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 999), 12, 12);

  private static <T> T pick(List<T> list, int choice) {
    return list.get(choice % list.size());
  }

  /** The two states, their adjectives, two people and the sectors twelve choices name. */
  private record Cast(String a, String b, String adjA, String adjB, String person, String other, String sectors) {}

  private static Cast cast(List<Integer> c) {
    return new Cast(pick(STATES, c.get(0)), pick(STATES, c.get(0) + 1 + c.get(1) % (STATES.size() - 1)),
        pick(ADJECTIVES, c.get(0)), pick(ADJECTIVES, c.get(0) + 1 + c.get(1) % (ADJECTIVES.size() - 1)),
        pick(PEOPLE, c.get(2)), pick(PEOPLE, c.get(2) + 1 + c.get(3) % (PEOPLE.size() - 1)), pick(SECTORS, c.get(4)));
  }

  /** A generated page: a menu, a headline and standfirst, a byline, a dateline and paragraphs of report sentences. */
  static String page(List<Integer> c) {
    Cast k = cast(c);
    String a = k.a();
    String b = k.b();
    String adjA = k.adjA();
    String adjB = k.adjB();
    String person = k.person();
    String other = k.other();
    String sectors = k.sectors();
    int n = 2 + c.get(5) % 30;
    String month = pick(MONTHS, c.get(6));
    int day = 1 + c.get(6) % 28;
    StringBuilder p = new StringBuilder();
    if (c.get(7) % 3 == 0) {
      p.append("Example Wire | Home | World | Politics | Business | Opinion | Video\n\n");
    }
    String headline = switch (c.get(8) % 4) {
      case 0 -> a + " and " + b + " sign " + n + " agreements on " + sectors + " during state visit of President " + person;
      case 1 -> (a + " and " + b + " sign treaty of friendship and cooperation").toUpperCase(Locale.ROOT);
      case 2 -> adjA + " president holds talks with " + adjB + " leader, vows to advance ties in a new era";
      default -> a + " secures $" + n + "bn " + adjB + " credit line for food and medicine";
    };
    p.append(headline).append('\n');
    if (c.get(9) % 2 == 0) {
      p.append(a + " leans on " + b + " as reserves dwindle; talks with lenders on " + sectors + " to follow\n");
    }
    p.append('\n');
    if (c.get(9) % 3 == 0) {
      p.append("By ").append(person).append("\n\n");
    }
    String city = pick(CITIES, c.get(10));
    String agency = pick(AGENCIES, c.get(10) / 12);
    p.append(switch (c.get(11) % 3) {
      case 0 -> city + ", " + month.substring(0, 3) + ". " + day + " (" + agency + ") -- ";
      case 1 -> city + ", " + month + " " + day + ", " + (1990 + c.get(11) % 35) + " - ";
      default -> "";
    });
    p.append(adjA + " President " + person + " held talks with " + adjB + " Prime Minister " + other + " on " + month
        + " " + day + ", and the two sides signed " + n + " agreements on " + sectors + ".\n\n");
    p.append("The agreements cover " + sectors + ", officials said, and trade between " + a + " and " + b
        + " reached " + n + " billion dollars last year, according to the statistics agency.\n\n");
    p.append(other + ", who arrived in " + a + " on Wednesday for a three-day state visit, is the first " + adjB
        + " head of government to visit the country in " + n + " years.\n\n");
    // enough full lines that the text is plainly wrapped
    p.append("The two sides also agreed to open direct flights between their capitals, to ease visas for business"
        + " travellers and to hold the next round of talks on " + sectors + " in " + b + " next year.\n");
    return p.toString();
  }

  /**
   * A report set narrower than its headline or masthead line (an archive page: a paper's name and its
   * city over the body, set at its own width): the breaks of the report from its dateline on are read by the body's width, so a
   * title or name broken at a line end ("Minister of Foreign" / "Trade,") is whole, and the wide line
   * stays apart.
   */
  @Test
  void aBodySetNarrowerThanItsHeadlineUnwrapsByItsOwnWidth() {
    Prop.check("a body wrapped narrower than the line over it unwraps to itself", CHOICES, c -> {
      Cast k = cast(c);
      String city = pick(CITIES, c.get(10));
      String masthead = city.charAt(0) + city.substring(1).toLowerCase(Locale.ROOT) + ", " + (1 + c.get(6) % 28) + " "
          + pick(MONTHS, c.get(6)) + " " + (1960 + c.get(7) % 40) + " - English summary for the diplomatic corps";
      int width = masthead.length() - 3 - c.get(5) % 12; // the body set 3 to 14 columns narrower
      String body = city + ", " + pick(MONTHS, c.get(6)).substring(0, 3) + ". " + (1 + c.get(6) % 28)
          + " -- The agreement was signed by the " + k.adjA() + " Minister of Foreign Trade, " + k.person() + ", and the "
          + k.adjB() + " Minister of Foreign Affairs, " + k.other() + ", in the presence of the two Prime Ministers and of"
          + " Ambassadors of " + k.a() + " and " + k.b() + " on the first day of the visit.\n\n"
          + "The two sides agreed on cooperation in " + k.sectors() + ", and " + k.person() + " said that Foreign Trade"
          + " Ministry Officials of " + k.a() + " would Travel to " + k.b() + " next Month for Talks on Credit Lines and Tariffs.\n";
      String top = "THE " + pick(AGENCIES, c.get(8)).toUpperCase(Locale.ROOT) + " REVIEW\n" + masthead + "\n\n";
      assertTrue(masthead.length() > width, masthead);
      String wrapped = top + wrap(body, width);
      assertEquals(top + body, UNWRAPPER.unwrap(wrapped), () -> "body wrapped at " + width + ":\n" + wrapped);
    });
  }

  @Test
  void aGeneratedPageUnwrapsToItselfAtEveryWidth() {
    Prop.check("a generated page wrapped at 60 to 80 columns unwraps to itself", CHOICES,
        c -> assertUnwrapsAtEveryWidth(page(c)));
  }

  /**
   * A page whose paragraphs are parted by a single break and open with an indent, as typed copy is:
   * wrapped at 60 to 80 columns it unwraps to itself, a paragraph's last line staying apart from the
   * next one's indented first line even when that line's first word would not have fitted.
   */
  @Test
  void indentedParagraphsStayApartAtEveryWidth() {
    Prop.check("paragraphs opened by an indent stay apart at every width", CHOICES, c -> {
      String[] parts = page(c).split("\n\n");
      String indent = " ".repeat(2 + c.get(3) % 5);
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        // the head (menu, headline, byline) over a blank line; the report's paragraphs one under another
        boolean body = i >= parts.length - 4;
        p.append(i == 0 ? "" : body && i > parts.length - 4 ? "\n" + indent : "\n\n").append(parts[i]);
      }
      assertUnwrapsAtEveryWidth(p.toString());
    });
  }

  /**
   * A sentence of the report that names what it counts after a colon, in lower case ("... signed three
   * documents: an agreement on ..."), wrapped at 60 to 80 columns: a break after the colon is a space, as
   * no paragraph starts in lower case, and the page reads as written.
   */
  @Test
  void aListAfterAColonInTheBodyIsOneParagraph() {
    Prop.check("a list after a colon in the report's body unwraps to one paragraph", CHOICES, c -> {
      Cast k = cast(c);
      String lead = pick(List.of("The two leaders then witnessed the signing of", "In all, the two presidents witnessed the exchange of",
          "Officials of " + k.a() + " and " + k.b() + " signed", "Following the talks, the ministers signed"), c.get(7));
      String list = pick(List.of("an agreement on " + k.sectors(), "a memorandum of understanding on " + k.sectors(),
          "besides the debt agreement, a protocol on " + k.sectors()), c.get(8));
      String paragraph = lead + " " + (3 + c.get(9) % 9) + " documents: " + list + ", a programme of cultural exchanges for"
          + " the next three years and a memorandum on cooperation between the two foreign ministries.";
      assertUnwrapsAtEveryWidth(page(c) + "\n" + paragraph + "\n");
    });
  }

  /**
   * A report wrapped by hand, as typed and archive copy is: each line of its paragraphs broken a few
   * columns short of the width, wherever a word stops mid-sentence (never after a period, where a
   * paragraph may end), so that the next word would often have fitted. Every break inside a paragraph
   * is a space again, names and titles broken at a line end included, and the paragraphs stay apart.
   */
  @Test
  void aReportWrappedByHandUnwrapsToItself() {
    Prop.check("paragraphs wrapped by hand a few columns short of the width unwrap to themselves", CHOICES, c -> {
      // the report opens with a dateline: a first paragraph without one is read by the head's rules
      List<Integer> d = new java.util.ArrayList<>(c);
      d.set(11, c.get(11) - c.get(11) % 3 + (c.get(11) % 3 == 2 ? 0 : c.get(11) % 3));
      String[] parts = page(d).split("\n\n");
      int width = 60 + c.get(5) % 21;
      StringBuilder wrapped = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        // the head (menu, headline, byline) as a wrapping program sets it, the report's paragraphs by hand
        boolean body = i >= parts.length - 4;
        wrapped.append(i == 0 ? "" : "\n\n").append(body ? wrapByHand(parts[i], width, c.get(i % 12)) : wrap(parts[i], width));
      }
      String page = String.join("\n\n", parts);
      assertEquals(page, UNWRAPPER.unwrap(wrapped.toString()), () -> "wrapped by hand at " + width + ":\n" + wrapped);
    });
  }

  /**
   * {@code text} (one paragraph) broken into lines of at most {@code width} columns, each at the last
   * space before a word in mixed case or a number and after a word, a number, a comma or a semicolon, up
   * to six columns short of where a wrapping program would break it (by {@code seed}) and no more than
   * sixteen short of the width; at the program's place where there is none.
   */
  private static String wrapByHand(String text, int width, int seed) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    int k = 0;
    while (text.length() - lineStart > width) {
      int limit = width - (seed + 5 * k++) % 7;
      int at = -1;
      for (int i = lineStart + width - 16; i < text.length() && i - lineStart <= limit; i++) {
        char before = text.charAt(i - 1);
        if (text.charAt(i) == ' ' && (Character.isLetterOrDigit(before) || before == ',' || before == ';')
            && (Character.isDigit(text.charAt(i + 1)) || mixedCase(text, i + 1))) {
          at = i;
        }
      }
      if (at < 0) {
        at = text.lastIndexOf(' ', lineStart + width);
      }
      out.append(text, lineStart, at).append('\n');
      lineStart = at + 1;
    }
    return out.append(text, lineStart, text.length()).toString();
  }

  // whether the word at {@code from} opens with a letter and has one in lower case: "Rogers", not "P." or "GNA"
  private static boolean mixedCase(String text, int from) {
    int end = text.indexOf(' ', from);
    String word = text.substring(from, end < 0 ? text.length() : end);
    return Character.isLetter(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT));
  }

  /**
   * A masthead line whose parts are set apart by a run of spaces ("THE DAILY NEWS ... PAGE 1"), longer
   * than the width: wrapped at the run, it is one line again.
   */
  @Test
  void aMastheadBrokenAtItsRunOfSpacesIsOneLineAgain() {
    Prop.check("a masthead broken at its run of spaces unwraps to one line", CHOICES, c -> {
      int width = 60 + c.get(5) % 21;
      int pageNo = 1 + c.get(11) % 12;
      // a paper's name, a menu or a wire's service, then the page
      String[] fields = switch (c.get(7) % 3) {
        case 0 -> new String[] {("The " + pick(AGENCIES, c.get(8)) + " Daily Review").toUpperCase(Locale.ROOT), "PAGE " + pageNo};
        case 1 -> new String[] {"Home | News | Business | Opinion | " + pick(STATES, c.get(8)), "Page " + pageNo};
        default -> new String[] {pick(AGENCIES, c.get(8)) + " Foreign Service in English", "Page " + pageNo};
      };
      String prefix = fields[0];
      // the last field starts past the width, so the wrapping program breaks the line at the run of spaces
      String run = " ".repeat(Math.max(3, width - prefix.length() + 1 + c.get(10) % 8));
      String page = prefix + run + fields[1] + "\n\n" + page(c);
      String wrapped = wrap(page, width);
      assertTrue(!wrapped.startsWith(prefix + " "), wrapped);
      assertEquals(page, UNWRAPPER.unwrap(wrapped), () -> "wrapped at " + width + ":\n" + wrapped);
    });
  }

  /**
   * A digest of bulleted items, each wrapped with a hanging indent ("* " on its first line, two spaces
   * on the others): every item is one line again, its indents left as spaces, and the items stay apart.
   */
  @Test
  void aDigestWithAHangingIndentUnwrapsEachItemToOneLine() {
    Prop.check("bulleted items wrapped with a hanging indent unwrap to one line each", CHOICES, c -> {
      Cast k = cast(c);
      List<String> items = List.of(
          k.adjA() + " President " + k.person() + " held talks with " + k.adjB() + " Prime Minister " + k.other()
              + " on Monday, and the two sides signed agreements on " + k.sectors() + " in the capital.",
          "Defence Minister " + k.other() + " said the purchase of the jets from " + k.b() + " would allow the"
              + " retirement of the older fleet before the end of the decade, officials said.",
          "Trade between " + k.a() + " and " + k.b() + " reached a record last year, according to the statistics"
              + " agency, and the two sides agreed to open direct flights between their capitals.");
      int width = 60 + c.get(5) % 21;
      String apart = c.get(6) % 2 == 0 ? "\n\n" : "\n";
      StringBuilder wrapped = new StringBuilder("REGIONAL DEFENCE DIGEST\n\n");
      StringBuilder want = new StringBuilder(wrapped);
      for (String item : items) {
        String lines = hanging(item, width);
        wrapped.append(lines).append(apart);
        want.append(lines.replace('\n', ' ')).append(apart);
      }
      assertEquals(want.toString(), UNWRAPPER.unwrap(wrapped.toString()), () -> "wrapped at " + width + ":\n" + wrapped);
    });
  }

  /** {@code item} after a bullet, wrapped at {@code width} columns with its further lines indented by two. */
  private static String hanging(String item, int width) {
    StringBuilder out = new StringBuilder("*");
    int column = 1;
    for (String word : item.split(" ")) {
      if (column + 1 + word.length() > width) {
        out.append("\n  ").append(word);
        column = 2 + word.length();
      } else {
        out.append(' ').append(word);
        column += 1 + word.length();
      }
    }
    return out.toString();
  }
}
