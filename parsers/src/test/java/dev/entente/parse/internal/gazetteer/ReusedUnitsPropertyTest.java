package dev.entente.parse.internal.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Hit;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.TextReaderStage;
import dev.entente.parse.internal.text.Sentence;
import dev.entente.proptest.Gen;
import dev.entente.proptest.Gens;
import dev.entente.proptest.Prop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger keeps each thread's sentence units from one article to the next, and the gazetteer
 * tells the words that may start a name by bits: for any run of articles read one after another on
 * one thread (some with a sentence longer than the units kept, of states' names in any case, whole,
 * hyphenated or possessive, among other words), each article's states are those found with units
 * made new for each of its sentences and no gate.
 */
class ReusedUnitsPropertyTest {

  static {
    ArticleParser.create(); // the lists register their words: tokens have numbers
  }

  private static final CountryGazetteer G = SentenceGatePropertyTest.G;
  /** A state's name as written, in lower or upper case, or as it is. */
  private static final Gen<String> STATE = SentenceGatePropertyTest.STATE;
  private static final Gen<String> FILLER = Gens.elements("the", "The", "talks", "said", "two", "day", "made",
      "minister", "Tuesday", "border", "and", "of", "in", "12", "percent", "government", "led", "New", "South",
      "United", "Republic", "People's");
  private static final Gen<String> MADE = Gens.strings("abcXYZ09\u00e9", 1, 7);
  private static final Gen<String> WORD = Gens.frequency(Gens.weighted(2, STATE), Gens.weighted(6, FILLER),
      Gens.weighted(1, MADE));
  private static final Gen<String> JOIN = Gens.elements(" ", " ", " ", " ", "-", "'s ", "\u2019s ", ", ");

  /** A sentence of {@code min} to {@code max} words, ended by a full stop. */
  private static Gen<String> sentence(int min, int max) {
    return Gens.listOf(WORD, min, max).flatMap(w -> Gens.listOf(JOIN, w.size(), w.size()).map(j -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.size(); i++) {
        if (i > 0) {
          sb.append(j.get(i));
        }
        sb.append(w.get(i));
      }
      return sb.append(". ").toString();
    }));
  }

  /** An article: a few sentences, one in four times with one of more units than a thread keeps. */
  private static final Gen<String> ARTICLE = Gens.zip(Gens.listOf(sentence(1, 14), 1, 6), Gens.ints(0, 3),
      sentence(1100, 1400), (ss, k, longOne) -> {
        List<String> out = new ArrayList<>(ss);
        if (k == 0) {
          out.add(out.size() / 2, longOne);
        }
        return String.join("", out);
      });

  private static Document read(String text) {
    Document doc = new Document("p", text, null);
    new TextReaderStage().apply(doc);
    return doc;
  }

  private static List<String> tagged(String text) {
    Document doc = read(text);
    new CountryTagger(G).apply(doc);
    List<String> out = new ArrayList<>();
    for (CountryRef r : doc.countries) {
      out.add(r.first() + "-" + r.end() + " " + r.span() + " " + r.country().code() + " " + r.form());
    }
    return out;
  }

  private static List<String> fresh(String text) {
    Document doc = read(text);
    List<Hit> hits = new ArrayList<>();
    for (Sentence s : doc.sentences) {
      G.find(doc.text, doc.tokens, s.firstToken(), s.endToken(), hits);
    }
    var states = CountryTagger.states(hits);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      out.add(h.first() + "-" + h.end() + " " + h.span() + " " + states[k].code() + " " + h.entry().form);
    }
    return out;
  }

  @Test
  void articlesReadInTurnFindTheStatesOfFreshUnits() {
    Prop.check("reused units", Gens.listOf(ARTICLE, 2, 5), articles -> {
      for (String text : articles) {
        assertEquals(fresh(text), tagged(text), text.length() > 400 ? text.substring(0, 400) : text);
      }
    });
  }
}
