package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.CountryMention;
import dev.entente.model.Span;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Name;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Keys;
import dev.entente.parse.internal.text.Token;
import dev.entente.parse.internal.text.Tokenizer;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of country tagging over generated sentences. */
class CountryTaggerPropertiesTest {

  private static final CountryGazetteer G = CountryGazetteer.standard();
  private static final List<Name> NAMES = G.names().stream()
      .sorted(Comparator.comparing(Name::surface).thenComparing(n -> n.country().code())).toList();

  /** Words that name no state, for the text around a name. */
  private static final Gen<String> FILLER_WORD = Gens.elements(
      "the", "committee", "discussed", "several", "proposals", "about", "water", "and", "roads", "on", "tuesday",
      "reporters", "were", "told", "that", "prices", "rose", "by", "12", "percent", "in", "march", "analysts",
      "expect", "further", "talks", "with", "local", "officials", "after", "a", "long", "week", "of", "meetings");
  private static final Gen<String> FILLER = Gens.listOf(FILLER_WORD, 0, 12).map(w -> String.join(" ", w));
  private static final Gen<String> FILLER_SENTENCE = Gens.listOf(FILLER_WORD, 1, 12)
      .map(w -> Character.toUpperCase(String.join(" ", w).charAt(0)) + String.join(" ", w).substring(1) + ".");

  private static final List<String> PLACE_TEMPLATES = List.of(
      "Officials in %s said on Tuesday that %s.",
      "The delegation arrived in %s yesterday, %s.",
      "%s has rejected the proposal, %s.",
      "Talks between %s and the rebels resumed, %s.",
      "%s's foreign minister said %s.",
      "A senior envoy from %s, %s, left early.",
      "Carlos Mendes, %s's foreign minister, said %s.");
  private static final List<String> ADJECTIVE_TEMPLATES = List.of(
      "The %s government said on Tuesday that %s.",
      "A %s delegation met officials, %s.",
      "%s officials said %s.",
      "Analysts said the %s side, %s, would wait.");

  private static String sentence(Name n, int template, String filler, String before, String after, boolean curly) {
    List<String> templates = n.form() == CountryForm.ADJECTIVE ? ADJECTIVE_TEMPLATES : PLACE_TEMPLATES;
    String name = (curly ? n.surface().replace('\'', '\u2019') : n.surface()) + (n.prefix() ? "-Swiss" : "");
    String body = String.format(templates.get(template % templates.size()), name, filler.isEmpty() ? "it said" : filler);
    return before + " " + body + " " + after;
  }

  private static Set<String> codes(String text) {
    return ArticleParser.create().parse("p", text).countries().stream()
        .map(m -> m.country().code()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyNameInAGeneratedSentenceYieldsItsStateAndNoOther() {
    ArticleParser parser = ArticleParser.create();
    for (Name n : NAMES) {
      Country expected = n.shared().isEmpty() ? n.country() : n.shared().get(0);
      List<Country> want = n.prefix() ? List.of(expected, Country.of("CHE")) : List.of(expected);
      Gen<Object[]> gen = Gens.zip(Gens.ints(0, 11), FILLER, Gens.pair(FILLER_SENTENCE, FILLER_SENTENCE), Gens.booleans(),
          (t, f, around, curly) -> new Object[] {t, f, around.first(), around.second(), curly});
      Prop.forAll(gen).tries(4).check("the sentences of " + n.surface() + " name " + expected, v -> {
        String text = sentence(n, (Integer) v[0], (String) v[1], (String) v[2], (String) v[3], (Boolean) v[4]);
        List<CountryMention> got = parser.parse("p", text).countries();
        assertEquals(want, got.stream().map(CountryMention::country).toList(), text);
        for (Span s : got.get(0).evidence()) {
          assertEquals(Keys.of(n.surface()), Keys.of(s.text(text)), text);
        }
      });
    }
  }

  @Test
  void twoStatesInOneSentenceAreBothFoundWhicheverComesFirst() {
    List<Name> plain = NAMES.stream().filter(n -> !n.contextual() && n.form() != CountryForm.ADJECTIVE).toList();
    Prop.forAll(Gens.pair(Gens.elements(plain), Gens.elements(plain))).check("two states", p -> {
      Prop.assume(!p.first().country().equals(p.second().country()));
      String ab = "Officials from " + p.first().surface() + " and " + p.second().surface() + " met on Friday.";
      String ba = "Officials from " + p.second().surface() + " and " + p.first().surface() + " met on Friday.";
      Set<String> want = new TreeSet<>(List.of(p.first().country().code(), p.second().country().code()));
      assertEquals(want, codes(ab), ab);
      assertEquals(want, codes(ba), ba);
    });
  }

  @Test
  void aNameJoinedToANumberIsADesignationNotTheState() {
    List<Name> plain = NAMES.stream().filter(n -> !n.contextual() && n.form() != CountryForm.ADJECTIVE
        && n.surface().chars().allMatch(Character::isLetter)).toList();
    Gen<Object[]> gen = Gens.zip(Gens.elements(plain), Gens.elements(plain), Gens.ints(1, 999), FILLER,
        (a, b, n, f) -> new Object[] {a, b, n, f});
    Prop.forAll(gen).check("a name joined to a number", v -> {
      Name buyer = (Name) v[0];
      Name named = (Name) v[1];
      Prop.assume(!buyer.country().equals(named.country()));
      String designated = "Officials from " + buyer.surface() + " inspected two " + named.surface() + "-" + v[2]
          + " aircraft, " + (((String) v[3]).isEmpty() ? "it said" : v[3]) + ".";
      assertEquals(Set.of(buyer.country().code()), codes(designated), designated);
      String made = designated.replace(named.surface() + "-" + v[2], named.surface() + "-made");
      assertEquals(new TreeSet<>(List.of(buyer.country().code(), named.country().code())), codes(made), made);
    });
  }

  /** Currencies named by a state's name or adjective, with that state's code. */
  private static final List<String[]> STATE_CURRENCIES = List.of(
      new String[] {"%s million US dollars", "USA"}, new String[] {"%s million U.S. dollars", "USA"},
      new String[] {"US$%s million", "USA"}, new String[] {"%s billion Egyptian pounds", "EGY"},
      new String[] {"%s billion Japanese yen", "JPN"}, new String[] {"%s million Indian rupees", "IND"},
      new String[] {"%s million Swiss francs", "CHE"}, new String[] {"%s million Hong Kong dollars", "HKG"});

  @Test
  void aStateNamingTheCurrencyOfAnAmountIsNotMentionedByIt() {
    List<Name> plain = NAMES.stream().filter(n -> !n.contextual() && n.form() != CountryForm.ADJECTIVE
        && n.shared().isEmpty() && n.surface().chars().allMatch(Character::isLetter)).toList();
    Gen<Object[]> gen = Gens.zip(Gens.pair(Gens.elements(plain), Gens.elements(plain)), Gens.elements(STATE_CURRENCIES),
        Gens.ints(2, 950), Gens.ints(1975, 2025), (p, c, n, y) -> new Object[] {p.first(), p.second(), c, n, y});
    Prop.forAll(gen).check("a currency's state", v -> {
      Name a = (Name) v[0];
      Name b = (Name) v[1];
      String[] currency = (String[]) v[2];
      Prop.assume(!a.country().equals(b.country()) && !a.country().code().equals(currency[1])
          && !b.country().code().equals(currency[1]));
      String amount = String.format(currency[0], v[3]);
      String text = "Trade between " + a.surface() + " and " + b.surface() + " reached " + amount + " in " + v[4] + ".";
      Set<String> pair = new TreeSet<>(List.of(a.country().code(), b.country().code()));
      assertEquals(pair, codes(text), text);
      // the same state named as a place is a mention
      String named = text + " Officials of " + G.names().stream().filter(n -> n.country().code().equals(currency[1])
          && n.form() != CountryForm.ADJECTIVE && !n.contextual()).findFirst().orElseThrow().surface() + " agreed.";
      Set<String> three = new TreeSet<>(pair);
      three.add(currency[1]);
      assertEquals(three, codes(named), named);
    });
  }

  @Test
  void ambiguousNamesInTheirOtherSensesYieldNoState() {
    Gen<String> person = Gens.elements("Jordan", "Chad", "Georgia", "Israel", "India", "Paris", "Sofia", "Kenya", "Cuba")
        .flatMap(first -> Gens.elements("Henderson", "Smith", "Adams", "Katz", "Vergara", "Gooding", "Moore")
            .map(last -> first + " " + last));
    Gen<String> otherSense = Gens.oneOf(person,
        Gens.elements("Michael Jordan", "George Washington", "Denzel Washington", "Paulo Lima", "Atlanta, Georgia",
            "Savannah, Georgia", "Georgia's governor", "Georgia Republicans", "New Mexico", "New York", "New Jersey",
            "New South Wales", "British Columbia", "Columbia University", "District of Columbia", "Columbia, Missouri",
            "turkey", "china", "the Washington Post", "Latin American", "South American", "western countries",
            "the Gulf", "Arab", "European", "the African Union", "Jersey City", "Niger Delta", "Korean Peninsula"));
    Gen<String> text = Gens.zip(FILLER_SENTENCE, otherSense, FILLER, FILLER_SENTENCE,
        (a, o, f, b) -> a + " Then " + o + " said " + (f.isEmpty() ? "nothing" : f) + ". " + b);
    Prop.check("other senses name no state", text, t -> assertEquals(Set.of(), codes(t), t));
  }

  @Test
  void passingOverSentencesByWordNumbersLosesNoState() {
    List<String> surfaces = NAMES.stream().map(Name::surface).toList();
    Gen<String> piece = Gens.frequency(
        Gens.weighted(4, Gens.anyChar()),
        Gens.weighted(4, FILLER_WORD.map(w -> " " + w + " ")),
        Gens.weighted(2, Gens.elements(surfaces)),
        Gens.weighted(3, Gens.elements(" ", "-", "'s", "\u2019s", ", ", ". ", "\n", "-made ", "pro-", "O'")));
    Tokenizer tokenizer = new Tokenizer();
    Prop.check("hits with and without the pre-check", Gens.strings(piece, 0, 40), text -> {
      Tokenizer.Numbered numbered = tokenizer.tokenizeNumbered(text);
      List<Token> tokens = numbered.tokens;
      for (int from = 0; from < tokens.size(); from += 4) {
        int to = Math.min(tokens.size(), from + 9);
        List<CountryGazetteer.Hit> all = new ArrayList<>();
        G.find(new Units(text, 8), text, tokens, numbered.wordIds, null, from, to, all);
        List<CountryGazetteer.Hit> checked = new ArrayList<>();
        G.find(new Units(text, 8), text, tokens, numbered.wordIds, numbered.bits, from, to, checked);
        assertEquals(all.toString(), checked.toString(), "tokens [" + from + ", " + to + ") of " + text);
      }
    });
  }

  @Test
  void arbitraryTextNeverThrowsAndSpansLieInTheText() {
    List<String> surfaces = NAMES.stream().map(Name::surface).toList();
    Gen<String> piece = Gens.frequency(
        Gens.weighted(6, Gens.anyChar()),
        Gens.weighted(3, Gens.elements(surfaces)),
        Gens.weighted(3, Gens.elements(" ", "-", "'s", "\u2019s", ", ", ". ", "\n", " and ", " of ", "New ", "Mr. ")));
    Prop.check("tagging arbitrary text", Gens.strings(piece, 0, 60), text -> {
      Document doc = CountryTaggerTest.tag(text);
      int lastStart = -1;
      for (CountryRef r : doc.countries) {
        assertTrue(r.span().end() <= text.length() && r.first() < r.end() && r.end() <= doc.tokens.size(), r.toString());
        assertTrue(r.span().start() >= lastStart, "text order: " + doc.countries);
        lastStart = r.span().start();
      }
      ArticleParser.create().parse("p", text);
      for (int a = 0; a <= doc.tokens.size(); a += 3) {
        int from = a;
        int to = Math.min(doc.tokens.size(), a + 5);
        List<CountryRef> slow = doc.countries.stream().filter(r -> r.first() >= from && r.end() <= to).toList();
        assertEquals(slow, CountryMentions.within(doc, from, to), "mentions within [" + from + "," + to + ")");
        for (int t = from; t < to; t++) {
          int tok = t;
          CountryRef covering = doc.countries.stream().filter(r -> r.first() <= tok && tok < r.end()).findFirst().orElse(null);
          assertEquals(covering, CountryMentions.at(doc, t), "mention at token " + t);
        }
      }
    });
  }

  @Test
  void emptyAndLargeInputsFinish() {
    assertEquals(List.of(), CountryTaggerTest.tag("").countries);
    StringBuilder sb = new StringBuilder(5 * 1024 * 1024 + 200);
    List<String> words = new ArrayList<>(NAMES.stream().map(Name::surface).toList());
    words.addAll(List.of("the", "talks", "and", "-", "'s", ",", ".", "\n", "New", "Jordan", "Washington"));
    java.util.SplittableRandom r = new java.util.SplittableRandom(42);
    while (sb.length() < 5 * 1024 * 1024) {
      sb.append(words.get(r.nextInt(words.size()))).append(r.nextInt(5) == 0 ? "" : " ");
    }
    Document doc = CountryTaggerTest.tag(sb.toString());
    assertTrue(doc.countries.size() > 1000, "a text full of names yields many mentions");
  }
}
