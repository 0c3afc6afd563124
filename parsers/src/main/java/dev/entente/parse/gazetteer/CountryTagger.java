package dev.entente.parse.gazetteer;

import dev.entente.model.Country;
import dev.entente.parse.gazetteer.CountryGazetteer.Hit;
import dev.entente.parse.pipeline.Document;
import dev.entente.parse.pipeline.Mentions.CountryRef;
import dev.entente.parse.pipeline.Stage;
import dev.entente.parse.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stage that finds every state an article names, by name, adjective, capital or seat of
 * government, in the report's sentences (not in page furniture), and fills
 * {@link Document#countries} in text order. A name several states share ("Congo", "Korean") goes
 * to the one of them the article names otherwise, nearest first.
 */
public final class CountryTagger implements Stage {

  private final CountryGazetteer gazetteer;

  /** A tagger over the standard gazetteer. */
  public CountryTagger() {
    this(CountryGazetteer.standard());
  }

  public CountryTagger(CountryGazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public void apply(Document doc) {
    List<Hit> hits = new ArrayList<>();
    if (doc.sentences.isEmpty()) {
      gazetteer.find(doc.text, doc.tokens, 0, doc.tokens.size(), hits);
    } else {
      for (Sentence s : doc.sentences) {
        if (!s.boilerplate()) {
          gazetteer.find(doc.text, doc.tokens, s.firstToken(), s.endToken(), hits);
        }
      }
    }
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      Country c = h.entry().shared.isEmpty() ? h.entry().country : resolve(hits, k);
      doc.countries.add(new CountryRef(h.first(), h.end(), h.span(), Objects.requireNonNull(c), h.entry().form));
    }
  }

  /** The state among a shared name's candidates that the article names plainly, nearest first; else the first candidate. */
  private static Country resolve(List<Hit> hits, int k) {
    List<Country> candidates = hits.get(k).entry().shared;
    for (int d = 1; d < hits.size(); d++) {
      for (int x : new int[] {k - d, k + d}) {
        if (x >= 0 && x < hits.size()) {
          CountryGazetteer.Entry e = hits.get(x).entry();
          if (e.shared.isEmpty() && candidates.contains(e.country)) {
            return e.country;
          }
        }
      }
    }
    return candidates.get(0);
  }
}
