package dev.entente.parse.internal.gazetteer;

import dev.entente.model.Country;
import dev.entente.parse.internal.gazetteer.CountryGazetteer.Hit;
import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.pipeline.Stage;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stage that finds every state an article names, by name, adjective, capital or seat of
 * government, in the report's sentences (not in page furniture), and fills
 * {@link Document#countries} in text order. A name several states share ("Congo", "Korean") goes
 * to the one of them the article names otherwise, nearest first.
 */
public final class CountryTagger implements Stage {

  private final CountryGazetteer gazetteer;

  /** The most units a thread's {@link #UNITS} keeps for its next article. */
  private static final int MAX_KEPT_UNITS = 1024;
  /** Each thread's units of a sentence, refilled for each sentence of each article instead of made anew per article. */
  private static final ThreadLocal<Units> UNITS = new ThreadLocal<>() {
    @Override
    protected Units initialValue() {
      return new Units("", 64);
    }
  };

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
    Units scratch = UNITS.get();
    int[] wordIds = doc.wordIds();
    byte[] bits = doc.tokenBits();
    if (doc.sentences.isEmpty()) {
      gazetteer.find(scratch, doc.text, doc.tokens, wordIds, bits, 0, doc.tokens.size(), hits);
    } else {
      for (Sentence s : doc.sentences) {
        if (!s.boilerplate()) {
          gazetteer.find(scratch, doc.text, doc.tokens, wordIds, bits, s.firstToken(), s.endToken(), hits);
        }
      }
    }
    if (scratch.release() > MAX_KEPT_UNITS) {
      UNITS.remove(); // grown for a long sentence: not kept for the next article
    }
    Country[] states = states(hits);
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      doc.countries.add(new CountryRef(h.first(), h.end(), h.span(), Objects.requireNonNull(states[k]), h.entry().form));
    }
  }

  /**
   * Each hit's state. A shared name goes to the nearest plain mention of one of its candidates (the
   * earlier one when two are as near), else to its first candidate; two passes keep this linear in
   * the number of hits.
   */
  static Country[] states(List<Hit> hits) {
    int n = hits.size();
    Country[] out = new Country[n];
    Country[] left = new Country[n];
    int[] leftAt = new int[n];
    Map<Country, Integer> last = new HashMap<>();
    for (int k = 0; k < n; k++) {
      CountryGazetteer.Entry e = hits.get(k).entry();
      if (e.shared.isEmpty()) {
        out[k] = e.country;
        if (e.country != null) {
          last.put(e.country, k);
        }
        continue;
      }
      int best = -1;
      for (Country c : e.shared) {
        Integer x = last.get(c);
        if (x != null && x > best) {
          best = x;
          left[k] = c;
        }
      }
      leftAt[k] = best;
    }
    Map<Country, Integer> next = new HashMap<>();
    for (int k = n - 1; k >= 0; k--) {
      CountryGazetteer.Entry e = hits.get(k).entry();
      if (e.shared.isEmpty()) {
        if (e.country != null) {
          next.put(e.country, k);
        }
        continue;
      }
      int best = Integer.MAX_VALUE;
      @Nullable Country right = null;
      for (Country c : e.shared) {
        Integer x = next.get(c);
        if (x != null && x < best) {
          best = x;
          right = c;
        }
      }
      if (left[k] != null && (right == null || k - leftAt[k] <= best - k)) {
        out[k] = left[k];
      } else {
        out[k] = right != null ? right : e.shared.get(0);
      }
    }
    return out;
  }
}
