package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.entente.model.Country;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Examples of names decided by their context. */
class CountryTaggerTest {

  static Document tag(String text) {
    Document doc = new Document("t", text, null);
    new TextReaderStage().apply(doc);
    new CountryTagger().apply(doc);
    return doc;
  }

  static Set<String> codes(String text) {
    return tag(text).countries.stream().map(r -> r.country().code()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void expect(String text, String... codes) {
    assertEquals(new TreeSet<>(List.of(codes)), codes(text), text);
  }

  @Test
  void georgiaTheUsStateIsNoState() {
    expect("The company moved its offices to Atlanta, Georgia, last year.");
    expect("Georgia's governor signed the bill on Monday.");
    expect("Voters in Georgia and Alabama went to the polls.");
    expect("A Georgia senator criticised the plan.".replace("A Georgia senator", "Georgia Senator Jon Ossoff"));
    expect("The professor teaches in Athens, Georgia.", "GRC");
    expect("Georgia's president met European leaders in Tbilisi.", "GEO");
    expect("Russia, Georgia and Armenia signed the declaration.", "RUS", "GEO", "ARM");
    expect("The talks in Tbilisi, Georgia, ended without a deal.", "GEO");
    expect("Irakli Beridze, Georgia's foreign minister, arrived in Rome.", "GEO", "ITA");
  }

  @Test
  void peoplesNamesAreNoStates() {
    expect("Jordan Henderson scored twice in the final.");
    expect("The former player Michael Jordan bought a team.");
    expect("Chad Smith joined the band in 1988.");
    expect("Foreign Minister Israel Katz spoke to reporters.");
    expect("George Washington was the first president.");
    expect("King Abdullah of Jordan received the delegation.", "JOR");
    expect("Jordan's King Abdullah received the delegation.", "JOR");
    expect("Jordan Bardella, the party's leader, criticised Paris Hilton and Chad Daniels in France.", "FRA");
    expect("The columnist David French and the comedian Dane Cook laughed.");
    expect("The French and German leaders met.", "FRA", "DEU");
    expect("The firm is based in London, Ontario, and in Paris, Texas.");
    expect("The rally in Santiago de Cuba drew crowds from Benin City.");
    expect("Troops from Chad and Niger took part.", "TCD", "NER");
  }

  @Test
  void wordsInLowerCaseAndLongerNamesAreNotTheShorterState() {
    expect("We ate turkey and fine china at the dinner for us.");
    expect("Turkey and Greece held talks.", "TUR", "GRC");
    expect("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea met.", "PNG", "GNQ", "GNB", "GIN");
    expect("Niger and Nigeria share a border.", "NER", "NGA");
    expect("He flew from New Mexico to New York, then to New Jersey and New South Wales.");
    expect("Dominica and the Dominican Republic are neighbours.", "DMA", "DOM");
    expect("North Korea fired a missile over South Korea.", "PRK", "KOR");
    expect("The Democratic Republic of the Congo and the Republic of the Congo share a river.", "COD", "COG");
    expect("Officials in Brazzaville said Congo would attend.", "COG");
    expect("Kinshasa said the Congolese army would attend.", "COD");
    expect("North Korea said Korean unity was its aim.", "PRK");
  }

  @Test
  void acronymsThatAreWordsNameAStateUnlessTheWordIsMeant() {
    expect("THE US AND CHINA AGREED TO TALK", "USA", "CHN");
    expect("CONTACT US\nFOLLOW US ON SOCIAL MEDIA\nTell us what you think about us.");
    expect("A win for US diplomacy, the CAR said.", "USA", "CAF");
  }

  @Test
  void columbiaStandsForColombiaOnlyAsAState() {
    expect("Columbia is a promising partner in the region.", "COL");
    expect("The peace process in Columbia continues.", "COL");
    expect("She studied at Columbia University in the District of Columbia.");
    expect("Vancouver is in British Columbia.");
    expect("The plant is in Columbia, Missouri.");
  }

  @Test
  void washingtonIsTheCapitalOnlyWhereItStandsForIt() {
    expect("Officials in Washington rejected the plan.", "USA");
    expect("The Washington Post reported the leak.");
    expect("Rain fell across Washington state.");
    expect("Seattle, Washington, is rainy.");
  }

  @Test
  void regionsAndBlocsAreNoStates() {
    expect("The Latin American country and other western countries in the Gulf, Arab and European states, "
        + "South American nations and the African Union met in Latin America and the Americas.");
    expect("She speaks Spanish-speaking children's Russian-language books in Portuguese.");
  }

  @Test
  void compoundsYieldEachStateWithItsOwnSpan() {
    String text = "Putin praised Russian-Venezuelan cooperation and US-backed talks.";
    List<CountryRef> refs = tag(text).countries;
    assertEquals(3, refs.size(), refs.toString());
    assertEquals("Russian", refs.get(0).span().text(text));
    assertEquals("Venezuelan", refs.get(1).span().text(text));
    assertEquals("US", refs.get(2).span().text(text));
    assertEquals(refs.get(0).first(), refs.get(1).first());
    assertEquals(CountryForm.ADJECTIVE, refs.get(0).form());
    assertEquals(Country.of("USA"), refs.get(2).country());
  }

  @Test
  void combiningFormsNameAStateOnlyInACompound() {
    expect("Sino-Russian ties and the Franco-German axis after the Russo-Japanese war.", "CHN", "RUS", "FRA", "DEU", "JPN");
    expect("General Franco ruled for decades; Sino and Anglo are prefixes.");
  }

  @Test
  void peoplesOfOneStateNamedAfterAnotherBelongToTheirState() {
    expect("Bosnian Serb leaders and Turkish Cypriot officials met Greek Cypriots.", "BIH", "CYP");
  }

  @Test
  void newsOutletsAndClubsNamedAfterStatesAreNoMention() {
    expect("The Times of India and the Jerusalem Post reported that Real Madrid won.");
  }

  @Test
  void possessivesAndMissingSpacesStillNameTheState() {
    expect("Venezuela's oil and Moscow´s support and Venezuela'snew round.", "VEN", "RUS");
  }

  @Test
  void mentionsCanBeFoundByToken() {
    Document doc = tag("The visit of the Russian president to Venezuela ended.");
    int venezuela = doc.tokens.stream().filter(t -> t.is("venezuela")).findFirst().orElseThrow().index();
    CountryRef ref = CountryMentions.at(doc, venezuela);
    assertNotNull(ref);
    assertEquals(Country.of("VEN"), ref.country());
    assertNull(CountryMentions.at(doc, 0));
    assertEquals(2, CountryMentions.within(doc, 0, doc.tokens.size()).size());
    assertEquals(1, CountryMentions.within(doc, venezuela, venezuela + 1).size());
  }

  @Test
  void boilerplateLinesAreLeftOut() {
    Document doc = new Document("t", "Related: Chile votes\nPeru signed.", null);
    new TextReaderStage().apply(doc);
    var s = doc.sentences.get(0);
    doc.sentences = List.of(new dev.entente.parse.internal.text.Sentence(0, s.start(), s.end(), s.firstToken(), s.endToken(), true),
        doc.sentences.get(1));
    new CountryTagger().apply(doc);
    assertEquals(List.of(Country.of("PER")), doc.countries.stream().map(CountryRef::country).toList());
  }
}
