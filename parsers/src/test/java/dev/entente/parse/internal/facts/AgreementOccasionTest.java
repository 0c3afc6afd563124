package dev.entente.parse.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.ArticleExtraction;
import dev.entente.model.Country;
import dev.entente.model.EdtfDate;
import dev.entente.parse.ArticleParser;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An undated signing told after a dated meeting of the same states takes the meeting's day. */
class AgreementOccasionTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static final List<String[]> STATES = List.of(
      new String[] {"Kenya", "KEN", "Nairobi"}, new String[] {"Vietnam", "VNM", "Hanoi"},
      new String[] {"Chile", "CHL", "Santiago"}, new String[] {"Poland", "POL", "Warsaw"},
      new String[] {"Nigeria", "NGA", "Abuja"}, new String[] {"Japan", "JPN", "Tokyo"});

  @Test
  void aSigningAtAMeetingIsDatedByTheMeeting() {
    int n = STATES.size();
    Prop.check("signing takes the meeting's day", Gens.zip(Gens.ints(0, n - 1), Gens.ints(1, n - 1),
        Gens.ints(0, 400), Gens.ints(2, 12), (a, b, d, c) -> new int[] {a, (a + b) % n, d, c}), 60, i -> {
          String[] host = STATES.get(i[0]);
          String[] guest = STATES.get(i[1]);
          LocalDate published = LocalDate.of(2021, 1, 1).plusDays(i[2]);
          LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          String text = "Leaders of " + host[0] + " and " + guest[0] + " held talks in " + host[2] + " on Monday.\n"
              + "The two sides signed a memorandum of understanding on energy cooperation.\n"
              + "The two countries also signed " + i[3] + " agreements on trade.\n";
          ArticleExtraction x = PARSER.parse("occasion", text, published);
          List<Agreement> found = x.agreements();
          assertEquals(2, found.size(), text + found);
          Agreement mou = found.get(0);
          assertEquals(AgreementKind.MEMORANDUM, mou.kind(), text);
          assertEquals(EdtfDate.of(monday), mou.signed(), text);
          assertEquals(Set.of(Country.of(host[1]), Country.of(guest[1])), Set.copyOf(mou.parties()), text);
          assertEquals(i[3], found.get(1).count(), text);
          assertEquals(EdtfDate.of(monday), found.get(1).signed(), text);
        });
  }

  @Test
  void aPlannedSigningIsNoAgreementAndAnIncludedOneIsItsOwn() {
    String text = "Kenya and Vietnam held talks in Nairobi on Monday.\n"
        + "The two sides will sign a memorandum of understanding on energy next month.\n"
        + "They signed four agreements, including a memorandum on fisheries.\n";
    List<Agreement> found = PARSER.parse("plans", text, LocalDate.of(2022, 5, 11)).agreements();
    assertEquals(2, found.size(), found.toString());
    assertEquals(4, found.get(0).count());
    assertTrue(found.get(0).signed() != null, found.toString());
    Agreement listed = found.get(1);
    assertEquals(AgreementKind.MEMORANDUM, listed.kind(), found.toString());
    assertEquals(null, listed.count(), found.toString());
    assertEquals(found.get(0).signed(), listed.signed(), found.toString());
    assertEquals(List.of("fisheries"), listed.sectors(), found.toString());
  }
}
