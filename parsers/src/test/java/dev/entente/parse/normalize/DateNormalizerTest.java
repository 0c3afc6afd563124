package dev.entente.parse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.EdtfDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormalizerTest {

  private static final DateNormalizer DATES = DateNormalizer.create();
  // A Wednesday.
  private static final LocalDate PUB = LocalDate.of(2019, 9, 25);

  private static List<String> read(String text, LocalDate pub) {
    return DATES.read(text, pub).stream().map(r -> r.value().toString()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Chile recognized Peru on December 17, 1857.|1857-12-17",
      "KABUL (Agency - 25th September, 2019) Talks began.|2019-09-25",
      "The accord was signed on 3 March 2021 in Accra.|2021-03-03",
      "Unrest began on Jan. 10, when he was sworn in.|2019-01-10",
      "The talks open on Sept. 20 in Doha.|2019-09-20",
      "The memo is dated 2019-09-25.|2019-09-25",
      "The memo is dated 09/25/2019.|2019-09-25",
      "The memo is dated 25/09/2019.|2019-09-25",
      "The memo is dated 25.09.2019.|2019-09-25",
      "Minsk hosted the summit in November 2008.|2008-11",
      "The deal was signed in May of 2005.|2005-05",
      "Relations were cut in 2018.|2018",
      "The 2018's figures were worse.|2018",
      "The 2018 figures were worse.|2018",
      "Trade boomed in the 1990s.|1990/1999",
      "Trade boomed in the early 1990s.|1990/1993",
      "The plant should open in 2020-2021.|2020/2021",
      "Trade increased during the 2015-2018 period.|2015/2018",
      "Oman bought tanks from 2005 to 2013.|2005/2013",
      "Oman bought tanks between 2005 and 2013.|2005/2013",
      "In the first six months of 2019 trade fell.|2019-01/2019-06",
      "In the first half of 2017 trade fell.|2017-01/2017-06",
      "In the third quarter of 2016 trade fell.|2016-07/2016-09",
      "In the last three months of 2018 trade fell.|2018-10/2018-12",
      "The line opens in early 2020.|2020-01/2020-04",
      "The line opened in mid-2014.|2014-05/2014-08",
      "The line opened in late 2011.|2011-09/2011-12",
      "By the end of 2012 it was done.|2012-12",
      "Sales in Q3 2019 grew.|2019-07/2019-09",
      "The summit took place in the summer of 2016.|2016-22",
      "They met in the fiscal year 2019/20.|2019/2020",
      "The forum was held from 3 to 5 June 2016.|2016-06-03/2016-06-05",
      "The forum was held on 3-5 June 2016.|2016-06-03/2016-06-05",
      "The forum was held on June 3-5, 2016.|2016-06-03/2016-06-05",
  })
  void absoluteForms(String text, String edtf) {
    List<String> r = read(text, PUB);
    assertEquals(List.of(edtf), r, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lula met Xi on Wednesday.|2019-09-25",
      "Lula met Xi on Monday.|2019-09-23",
      "Lula will meet Xi on Friday.|2019-09-27",
      "Lula met Xi last Wednesday.|2019-09-18",
      "Lula meets Xi next Friday.|2019-09-27",
      "The minister arrived today.|2019-09-25",
      "The minister arrived yesterday.|2019-09-24",
      "Trade grew this year.|2019",
      "Trade grew last year.|2018",
      "Trade will grow next year.|2020",
      "The talks resume next month.|2019-10",
      "The defense chief skipped the forum this past April.|2019-04",
      "In April, the two countries signed 11 agreements.|2019-04",
      "In October, the two countries signed 11 agreements.|2018-10",
      "In October, the two countries will sign 11 agreements.|2019-10",
      "They spoke by phone over the last eight months.|2019-01/2019-09",
      "They signed 260 deals in the last 18 years.|2001/2019",
      "Visits have been constant in recent months.|2019",
      "The ambassador left three years ago.|2016",
      "The loan, signed on 14 February, will be repaid over time.|2019-02-14",
      "Exports declined during April-September.|2019-04/2019-09",
      "The deal was signed last week.|2019-09-16/2019-09-22",
      "The forum was held from 3 to 5 June.|2019-06-03/2019-06-05",
  })
  void relativeForms(String text, String edtf) {
    assertEquals(List.of(edtf), read(text, PUB), text);
  }

  @Test
  void relativeDatesNeedAPublicationDate() {
    assertTrue(read("Lula met Xi on Wednesday and will return next year.", null).isEmpty());
    assertEquals(List.of("1996-05-24"), read("They signed on May 24, 1996, and met again on Friday.", null));
  }

  @Test
  void monthsListedBeforeTheirYearShareIt() {
    assertEquals(List.of("2019-03", "2019-08"),
        read("The vice president visited in March and August of this year.", PUB));
    assertEquals(List.of("2014-05", "2014-06", "2014-07"), read("Flights ran in May, June and July 2014.", PUB));
  }

  @Test
  void anaphoraTakeTheDateBefore() {
    assertEquals(List.of("2005-05", "2006"),
        read("A contract for rifles was signed in May 2005. They were delivered the following year.", PUB));
    assertEquals(List.of("2011-03-14", "2011-05-05"),
        read("On March 14, 2011, the ministers met in Geneva. On May 5 of the same year, he visited Rabat.", PUB));
    assertEquals(List.of("2015-01", "2015", "2015-09", "2015-11"),
        read("They met in January 2015. That same year, they met in September and later in November.", PUB));
    assertEquals(List.of("2010-06-01", "2010-06-02"), read("Talks began on June 1, 2010. The next day they ended.", PUB));
    assertEquals(List.of("2012", "2015"), read("The base opened in 2012. Three years later it closed.", PUB));
    assertEquals(List.of("2022", "2021"), read("Trade hit $10.5 billion in 2022, up from $8 billion a year earlier.", PUB));
  }

  @Test
  void monthNamesThatAreNamesAreNoDates() {
    assertEquals(List.of(), read("British Prime Minister Theresa May met UN envoy Jan Kubis.", PUB));
    assertEquals(List.of("2019-05"), read("Theresa May resigned in May.", PUB));
  }

  @Test
  void anniversariesCountBack() {
    assertEquals(List.of("2022-12", "1857-12"),
        read("He noted that December will mark 165 years since relations were established.", LocalDate.of(2022, 9, 20)));
  }

  @Test
  void countsAndAmountsAreNoYears() {
    assertTrue(read("Some 2000 soldiers and 1900 tonnes of food arrived.", PUB).isEmpty());
    assertTrue(read("It paid $2018 for 2,018 units.", PUB).isEmpty());
  }

  @Test
  void spansCoverTheWords() {
    String june = "It ended on 5 June. Then talks began.";
    assertEquals("5 June", DATES.read(june, PUB).get(0).text(june));
    String text = "Maduro visited on Jan. 10, 2019, and again the following year.";
    var r = DATES.read(text, PUB);
    assertEquals("Jan. 10, 2019", r.get(0).text(text));
    assertEquals("the following year", r.get(1).text(text));
    assertEquals(EdtfDate.ofYear(2020), r.get(1).value());
  }
}
