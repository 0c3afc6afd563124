package dev.entente.parse.internal.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.EdtfDate;
import dev.entente.parse.internal.pipeline.Document;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleMetadataReaderTest {

  private static void assertMeta(String text, String title, String author, String dateline, String source,
      String published) {
    Document doc = Read.article(text);
    assertEquals(title, doc.title, "title");
    assertEquals(author, doc.author, "author");
    assertEquals(dateline, doc.dateline, "dateline");
    assertEquals(source, doc.source, "source");
    assertEquals(published, doc.statedPublished == null ? null : doc.statedPublished.toString(), "published");
  }

  @Test
  void agencyInParenthesesWithAnyDashOrColon() {
    assertMeta("ANKARA (AA) - Turkey and Qatar signed seven accords on Friday.", null, null, "Ankara", "AA", null);
    assertMeta("NEW DELHI (PTI) — India and Nepal agreed to open a new border post.", null, null, "New Delhi",
        "PTI", null);
    assertMeta("Tehran (IRNA): Iran and Iraq discussed gas payments on Sunday.", null, null, "Tehran",
        "IRNA", null);
    assertMeta("ST. PETERSBURG (Reuters) -- Russia hosted an economic forum.", null, null, "St. Petersburg", "Reuters", null);
  }

  @Test
  void cityMonthDayAgency() {
    assertMeta("SEOUL, Sept. 25 (Yonhap) -- South Korea and Japan held working-level talks.", null, null, "Seoul",
        "Yonhap", null);
    assertMeta("Kuala Lumpur, March 3 (Bernama) -- Malaysia and Indonesia will boost palm oil ties.", null, null,
        "Kuala Lumpur", "Bernama", null);
    assertMeta("March 3 (Reuters) - Oil prices rose as Saudi Arabia cut output.", null, null, null, "Reuters", null);
    assertMeta("KYIV, Ukraine (AP) — Ukraine and Poland agreed on grain transit.", null, null, "Kyiv",
        "AP", null);
  }

  @Test
  void monthDayWithoutYearResolvesOnlyAgainstAGivenDate() {
    Document given = Read.article("BEIJING, December 30 (Xinhua) -- China and Laos opened a railway.",
        LocalDate.of(2022, 1, 2));
    assertEquals(EdtfDate.parse("2021-12-30"), given.statedPublished);
    assertNull(Read.article("BEIJING, December 30 (Xinhua) -- China and Laos opened a railway.").statedPublished);
  }

  @Test
  void slashAgencyForm() {
    assertMeta("MINSK, April 2. /TASS/. Belarus and Russia held joint drills.", null, null, "Minsk", "TASS", null);
  }

  @Test
  void outletAndDateInParentheses() {
    assertMeta("ISLAMABAD (Dawn News / APP - 3rd March, 2021) Pakistan and China signed a corridor deal.",
        null, null, "Islamabad", "Dawn News / APP", "2021-03-03");
  }

  @Test
  void bareCityDashAndColon() {
    assertMeta("HAVANA — Cuba and Vietnam signed a rice agreement on Monday.", null, null, "Havana", null, null);
    assertMeta("ABUJA: Nigeria and Niger reopened their border on Tuesday, officials said.", null, null, "Abuja",
        null, null);
    assertMeta("Nairobi, Kenyan President William Ruto hosted his Ethiopian counterpart on Monday for talks.", null,
        null, "Nairobi", null, null);
  }

  @Test
  void notDatelines() {
    assertMeta("Russia, China and Iran have backed the government in recent months, officials said.", null, null,
        null, null, null);
    assertMeta("Prime Minister Modi (pictured) - met his counterpart on Monday in Delhi.", null, null, null, null, null);
  }

  @Test
  void titleBylineAndPublishedLine() {
    String text = String.join("\n",
        "Kenya, Ethiopia Seal Power Deal",
        "The agreement covers 400 megawatts",
        "By AMINA YUSUF and Peter van der Berg",
        "Published: 4 March 2021",
        "ADDIS ABABA (Reuters) - Kenya and Ethiopia signed a power deal on Thursday.");
    assertMeta(text, "Kenya, Ethiopia Seal Power Deal", "Amina Yusuf and Peter van der Berg", "Addis Ababa",
        "Reuters", "2021-03-04");
    Document doc = Read.article(text);
    assertEquals(java.util.List.of("By AMINA YUSUF and Peter van der Berg", "Published: 4 March 2021"),
        Read.furniture(doc));
  }

  @Test
  void repeatedTitleAndBylineWithAgency() {
    String text = String.join("\n", "Chad and Sudan Reopen Border", "", "Chad and Sudan Reopen Border", "",
        "By John Okello, AFP", "N'DJAMENA — Chad and Sudan reopened their border on Monday.");
    assertMeta(text, "Chad and Sudan Reopen Border", "John Okello", "N'Djamena", "AFP", null);
  }

  @Test
  void articleStartingWithBylineOrLeadHasNoTitle() {
    assertMeta("By Lina Haddad\nBEIRUT (AFP) - Lebanon and Syria discussed refugees.", null, "Lina Haddad", "Beirut",
        "AFP", null);
    assertMeta("Lebanon and Syria discussed refugees on Monday.\nThe talks were held in Damascus.", null, null, null,
        null, null);
  }

  @Test
  void deskBylinesAreNoAuthors() {
    assertMeta("By Staff Reporter\nDHAKA, Jan 5 (BSS) - Bangladesh and Bhutan signed a transit deal.", null, null,
        "Dhaka", "BSS", null);
    assertMeta("By Reuters\nLagos - Nigeria raised its oil output.", null, null, "Lagos", "Reuters", null);
  }

  @Test
  void sourceFromCreditLinesAndDateFromADateLine() {
    Document doc = Read.article(String.join("\n", "Laos and Thailand Open Bridge", "Wednesday, 3 March 2021 10:40",
        "Laos and Thailand opened a new bridge on Wednesday.", "(With inputs from IANS)"));
    assertEquals("Laos and Thailand Open Bridge", doc.title);
    assertEquals(EdtfDate.parse("2021-03-03"), doc.statedPublished);
    assertEquals("IANS", doc.source);
    assertEquals("Xinhua", Read.article("Mongolia and China met.\nSource: Xinhua").source);
    assertMeta("Kabul: Afghanistan and Pakistan reopened the Torkham crossing on Monday.", null, null, "Kabul", null, null);
  }

  @Test
  void outletPageLayouts() {
    assertMeta("India, Bhutan sign five pacts on hydropower\nPTI | Updated: Sep 26, 2019, 09:12 IST\n"
        + "New Delhi, Sep 25 (PTI) India and Bhutan on Wednesday signed five agreements.\nThe pacts cover hydropower.\n",
        "India, Bhutan sign five pacts on hydropower", null, "New Delhi", "PTI", "2019-09-26");
    assertMeta("Japan, Australia agree to deepen defence ties\n\nPublished On 25 Sep 2019\n\n"
        + "Tokyo, Japan - Japan and Australia agreed on Wednesday to deepen ties, officials said.\n\n"
        + "SOURCE: Al Jazeera and news agencies\n",
        "Japan, Australia agree to deepen defence ties", null, "Tokyo", "Al Jazeera", "2019-09-25");
    assertMeta("Poland and Lithuania hold joint drills\nFirst published on Wed 25 Sep 2019 14.30 BST\nShare on Facebook\n"
        + "Poland and Lithuania began joint military exercises on Wednesday near the border.\n",
        "Poland and Lithuania hold joint drills", null, null, null, "2019-09-25");
    assertMeta("Home / World / Asia\nChina, Pakistan vow closer ties\nXinhua | 2019-09-25 21:04:12\n"
        + "BEIJING, Sept. 25 (Xinhua) -- China and Pakistan on Wednesday vowed to deepen ties.\nEditor: Li Xia\n",
        "China, Pakistan vow closer ties", null, "Beijing", "Xinhua", "2019-09-25");
    assertMeta("By JOHN SMITH and MARIA LOPEZ, Associated Press\nBOGOTA, Colombia (AP) — Colombia and Ecuador agreed.\n",
        null, "John Smith and Maria Lopez", "Bogota", "Associated Press", null);
  }

  @Test
  void isoAndNumericPublishedDates() {
    assertEquals(EdtfDate.parse("2020-11-02"), Read.article("Updated 2020-11-02 10:15\nText here.").statedPublished);
    assertEquals(EdtfDate.parse("2020-11-02"), Read.article("Posted: 02.11.2020\nText here.").statedPublished);
  }

  @Test
  void aSourceWithAnElidedParticleUnderAHeadlineWithItsSectionLabelIsNoHeadline() {
    String report = "\n\nSenegal and Nepal signed an agreement on trade on Tuesday, officials said.\n";
    // a label right above the headline, and the source under it: the headline stays the headline
    assertMeta("Politics\nSenegal to buy gas from Nepal under new deal\n\nAgence Mauritanienne d'Information" + report,
        "Senegal to buy gas from Nepal under new deal", null, null, "Agence Mauritanienne d'Information", null);
    assertEquals("Senegal to buy gas from Nepal under new deal",
        Read.article("World\nSenegal to buy gas from Nepal under new deal\n\nAgence Nationale d'Information" + report).title);
    assertEquals("Kenya and Ghana open a trade office",
        Read.article("Business\nKenya and Ghana open a trade office\n\nAgence l\u2019Est Presse" + report).title);
  }
}
