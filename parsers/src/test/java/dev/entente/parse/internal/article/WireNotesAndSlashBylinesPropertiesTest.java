package dev.entente.parse.internal.article;

import static dev.entente.parse.internal.article.WirePageFormsPropertiesTest.pick;

import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated pages with a wire's note to editors on the line under the headline ("Eds: UPDATES with
 * [detail]", "Editors' note: ...", "Note to editors: ...") and a byline that puts a slash between the
 * reporter and the place filed from or the agency ("ANA LIMA / LIMA", "Ana Lima / [Agency]"), in
 * random combinations; cities from the dateline list, agencies from the national agencies, names
 * from the given names, the paper's masthead over its own reporter's copy. The note is no part of the title; the slash byline gives the author and the
 * dateline or the source.
 */
class WireNotesAndSlashBylinesPropertiesTest {

  /** A generated page and the fields it states. */
  record Page(String text, String title, @Nullable String author, @Nullable String dateline, @Nullable String source) {}

  private static final List<String> LAST = List.of("Orlova", "Haddad", "Sharma", "Mensah", "Kearsley", "Ramirez",
      "Okafor", "Nakamura", "Lindqvist", "Abubakar");
  private static final List<String> STATES = List.of("Ghana", "Peru", "Vietnam", "Norway", "Oman", "Chile", "Laos",
      "Kenya", "Bolivia", "Nepal", "Senegal", "Fiji", "Mongolia");
  private static final List<String> NOTES = List.of("Eds: UPDATES with talks, aid figures", "EDS: Adds quotes from officials",
      "Editors' note: Corrects date of signing", "Editor's Note: Moves on general news wires", "Note to editors: Embargoed",
      "Eds: RECASTS lead, ADDS background", "Ed: Writethru with new figures");
  private static final List<String> OUTLETS = List.of("Meridian Herald", "Steppe Review", "Andean Gazette", "Baltic Times");

  private static final Gen<List<Integer>> CHOICES = Gens.listOf(Gens.ints(0, 9999), 8, 8);

  private static Page page(List<Integer> c) {
    StringBuilder text = new StringBuilder();
    String state = pick(STATES, c.get(0));
    String other = pick(STATES, c.get(0) + 1 + c.get(0) / 13 % 12);
    String city = pick(WirePageFormsPropertiesTest.CITIES, c.get(1));
    DatelineSourcePropertiesTest.Agency agency = pick(WirePageFormsPropertiesTest.wordAgencies(), c.get(2));
    String person = pick(WirePageFormsPropertiesTest.GIVEN, c.get(3)) + " " + pick(LAST, c.get(3) / 7);
    String outlet = pick(OUTLETS, c.get(4));
    boolean byAgency = c.get(6) / 2 % 3 == 2;
    if (!byAgency) { // a paper's masthead over its own reporter's copy; wire copy stands alone
      text.append(outlet.toUpperCase(Locale.ROOT)).append("\n\n");
    }
    String title = state + " and " + other + " sign " + (2 + c.get(5) % 20) + " agreements on trade";
    text.append(title).append('\n');
    boolean note = c.get(5) % 4 != 3;
    if (note) {
      text.append(pick(NOTES, c.get(5) / 4)).append('\n');
    }
    text.append('\n');
    boolean caps = c.get(6) % 2 == 0;
    String filed = byAgency ? agency.written() : city;
    String line = person + " / " + filed;
    text.append(caps && !byAgency ? line.toUpperCase(Locale.ROOT) : line).append("\n\n");
    String body = state + " and " + other + " signed agreements on trade and energy on Tuesday, officials said.\n\n"
        + "The talks lasted two days, and a further round is due next year.\n";
    if (byAgency) {
      text.append(city.toUpperCase(Locale.ROOT)).append(" - ").append(body);
      return new Page(text.toString(), title, person, city, agency.reported());
    }
    text.append(body);
    return new Page(text.toString(), title, person, city, outlet);
  }

  @Test
  void editorsNotesAndSlashBylinesGiveTheirFields() {
    Prop.check("a generated page's title under a note to editors and its slash byline", CHOICES, 300, c -> {
      Page p = page(c);
      Read.assertFields(p.text(), p.title(), p.author(), p.dateline(), p.source());
    });
  }
}
