package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.knowledge.Tenure.Flag;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups of office holders by name and date, and users' own files. */
class OfficeHoldersTest {

  private final OfficeHolders holders = OfficeHolders.standard();

  private List<String> countries(String name, String date) {
    return holders.holders(name, LocalDate.parse(date)).stream()
        .map(t -> t.country().code() + " " + t.role() + " " + t.title())
        .distinct().toList();
  }

  @Test
  void findsByFullNameVariantAndSurname() {
    assertEquals(List.of("RUS HEAD_OF_STATE President"), countries("Vladimir Putin", "2022-02-24"));
    assertEquals(List.of("RUS HEAD_OF_STATE President"), countries("Putin", "2022-02-24"));
    assertEquals(List.of("RUS HEAD_OF_GOVERNMENT Prime Minister"), countries("Putin", "2010-06-01"));
    assertEquals(List.of("LBY HEAD_OF_STATE Leader"), countries("Moammar Kadhafi", "2005-01-01"));
    assertEquals(List.of("LBY HEAD_OF_STATE Leader"), countries("Qaddafi", "2005-01-01"));
    assertEquals(List.of("BLR HEAD_OF_STATE President"), countries("Lukashenka", "2020-08-09"));
    assertEquals(List.of("QAT HEAD_OF_STATE Emir"), countries("Tamim bin Hamad Al Thani", "2020-01-01"));
  }

  @Test
  void foldsCaseAccentsAndHyphens() {
    assertEquals(List.of("DEU HEAD_OF_GOVERNMENT Chancellor"), countries("gerhard SCHRÖDER", "2000-01-01"));
    assertEquals(List.of("DEU HEAD_OF_GOVERNMENT Chancellor"), countries("Gerhard Schroder", "2000-01-01"));
    assertEquals(List.of("FRA HEAD_OF_STATE President"), countries("Francois Mitterrand", "1990-01-01"));
    assertEquals(OfficeHolders.fold("Lee Myung-bak"), OfficeHolders.fold("lee myung bak"));
    assertEquals("de gaulle", OfficeHolders.fold(OfficeHolders.surnameOf("Charles de Gaulle", false)));
  }

  @Test
  void familyNameFirstNamesAreFoundByTheirFirstWord() {
    assertEquals(List.of("CHN HEAD_OF_STATE General Secretary", "CHN HEAD_OF_STATE President"), countries("Xi", "2020-01-01"));
    assertEquals(List.of("KOR HEAD_OF_STATE President"), countries("Lee", "2010-01-01").stream().filter(s -> s.startsWith("KOR")).toList());
  }

  @Test
  void aTenureHoldsFromItsFirstToItsLastDayGiveOrTakeTheMargin() {
    // Merkel: 2005-11-22 to 2021-12-08; Schroeder before her, Scholz after.
    assertEquals(List.of("Angela Merkel"), names("Merkel", "2005-11-22"));
    assertEquals(List.of("Angela Merkel"), names("Merkel", "2005-11-15"));
    assertEquals(List.of(), names("Merkel", "2005-11-14"));
    assertEquals(List.of("Angela Merkel"), names("Merkel", "2021-12-15"));
    assertEquals(List.of(), names("Merkel", "2021-12-16"));
    // on his first day as chancellor Scholz is also still finance minister (ministers.tsv)
    assertEquals(List.of("DEU HEAD_OF_GOVERNMENT Chancellor", "DEU MINISTER Finance Minister"), countries("Scholz", "2021-12-08"));
    assertEquals(List.of("Olaf Scholz"), names("Scholz", "2021-12-16"));
  }

  @Test
  void everyTenureIsFoundByItsNameAndSurnameOnEveryDayOfIt() {
    List<Tenure> all = holders.tenures();
    Prop.check("tenure found inside, not far outside", Gens.pair(Gens.elements(all), Gens.ints(0, 20_000)), p -> {
      Tenure t = p.first();
      LocalDate last = t.end() == null ? LocalDate.of(2025, 12, 31) : t.end();
      long days = last.toEpochDay() - t.start().toEpochDay();
      LocalDate inside = t.start().plusDays(p.second() % (days + 1));
      assertTrue(holders.holders(t.name(), inside).contains(t), t + " on " + inside);
      // a tenure flagged full is found by its name as written only, not by the surname it shares
      boolean written = OfficeHolders.fold(t.name()).equals(t.surname())
          || t.variants().stream().anyMatch(v -> OfficeHolders.fold(v).equals(t.surname()));
      assertEquals(!t.has(Flag.FULL) || written, holders.holders(t.surname(), inside).contains(t), t.surname() + " on " + inside);
      for (String v : t.variants()) {
        assertTrue(holders.holders(v, inside).contains(t), v + " on " + inside);
      }
      LocalDate before = t.start().minusDays(OfficeHolders.MARGIN_DAYS + 1 + p.second() % 400);
      assertTrue(!holders.holders(t.name(), before).contains(t), t + " on " + before);
    });
  }

  @Test
  void aUserFileAddsAHeadAndReplacesAPersonsLines() {
    String file = "# my own heads\n"
        + "Ada Quintero\tAda Q.|President Quintero\tCHL\tHEAD_OF_STATE\tPresident\t2030-03-11\t\tboth\n"
        + "Angela Merkel\t\tDEU\tHEAD_OF_GOVERNMENT\tChancellor\t2005-11-22\t2021-12\t\n";
    OfficeHolders mine = OfficeHolders.read(new StringReader(file));
    OfficeHolders both = holders.with(mine);
    Tenure ada = both.holders("Quintero", LocalDate.of(2031, 1, 1)).get(0);
    assertEquals(Country.of("CHL"), ada.country());
    assertEquals(Role.HEAD_OF_STATE, ada.role());
    assertTrue(ada.has(Flag.BOTH));
    assertEquals(List.of(ada), both.holders("president quintero", LocalDate.of(2040, 1, 1)));
    assertEquals(LocalDate.of(2021, 12, 31), both.holders("Merkel").get(0).end());
    assertEquals(1, both.holders("Angela Merkel").size());
    assertEquals(holders.tenures().size() + 1, both.tenures().size());
    assertEquals(List.of(), holders.holders("Quintero"));
  }

  private static final Gen<String> WORD = Gens.zip(Gens.charsOf("BCDFGHKLMNPRSTVZ"), Gens.strings("aeioulnrst", 2, 7), (a, b) -> a + b);

  @Test
  void aHolderFlaggedFullIsNotFoundByTheSurnameAnotherStatesHolderBears() {
    Gen<List<String>> people = Gens.listOf(WORD, 3, 3);
    Gen<List<String>> states = Gens.listOf(Gens.elements("FRA", "KEN", "PER", "VNM", "NOR", "KOR", "EGY"), 2, 2);
    Prop.check("full", Gens.triple(people, states, Gens.ints(1950, 2020)), p -> {
      String given = p.first().get(0);
      String other = p.first().get(1) + "x";
      String family = p.first().get(2);
      String a = p.second().get(0);
      String b = p.second().get(1).equals(a) ? (a.equals("FRA") ? "KEN" : "FRA") : p.second().get(1);
      int year = p.third();
      LocalDate day = LocalDate.of(year + 1, 6, 1);
      for (boolean firstFlagged : List.of(true, false)) {
        String file = "# made up\n"
            + given + " " + family + "\t\t" + a + "\tFOREIGN_MINISTER\tForeign Minister\t" + year + "\t" + (year + 3) + "\t" + (firstFlagged ? "full" : "") + "\n"
            + other + " " + family + "\t\t" + b + "\tMINISTER\tFinance Minister\t" + year + "\t" + (year + 3) + "\t" + (firstFlagged ? "" : "full") + "\n";
        OfficeHolders mine = OfficeHolders.read(new StringReader(file));
        String flagged = firstFlagged ? a : b;
        String plain = firstFlagged ? b : a;
        assertEquals(List.of(plain), mine.holders(family, day).stream().map(t -> t.country().code()).toList(), file);
        assertEquals(List.of(flagged), mine.holders((firstFlagged ? given : other) + " " + family, day).stream()
            .map(t -> t.country().code()).toList(), file);
        assertEquals(List.of(plain), mine.holders((firstFlagged ? other : given) + " " + family, day).stream()
            .map(t -> t.country().code()).toList(), file);
        assertEquals(List.of(), mine.holders(family, LocalDate.of(year + 5, 1, 1)));
      }
    });
  }

  @Test
  void badLinesAreRejectedWithTheirPlace() {
    String[] bad = {
        "Ada Quintero\t\tXXX\tHEAD_OF_STATE\tPresident\t2030-03-11\t\t",
        "Ada Quintero\t\tCHL\tKING\tPresident\t2030-03-11\t\t",
        "Ada Quintero\t\tCHL\tHEAD_OF_STATE\tPresident\t2030-03-11\t2029-01-01\t",
        "Ada Quintero\t\tCHL\tHEAD_OF_STATE\tPresident\t11 March 2030\t\t",
        "Ada Quintero\t\tCHL\tHEAD_OF_STATE\tPresident\t2030-03-11\t\tboss",
        "Ada Quintero\tCHL\tHEAD_OF_STATE\tPresident",
    };
    for (String line : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> OfficeHolders.read(new StringReader("# x\n" + line + "\n"), "mine.tsv"), line);
      assertTrue(e.getMessage().startsWith("mine.tsv line 2: "), e.getMessage());
    }
  }

  private List<String> names(String name, String date) {
    return holders.holders(name, LocalDate.parse(date)).stream().map(Tenure::name).toList();
  }
}
