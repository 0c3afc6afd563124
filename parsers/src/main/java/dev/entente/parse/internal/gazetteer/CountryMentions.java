package dev.entente.parse.internal.gazetteer;

import dev.entente.parse.internal.pipeline.Document;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Queries over the states a {@link CountryTagger} found, for later stages: which state a token
 * belongs to ("of Venezuela", "Venezuela's", "Russian-made"), and which states a token range names.
 */
public final class CountryMentions {
  private CountryMentions() {}

  /** The state mention that covers token {@code tokenIndex}, or null. */
  public static @Nullable CountryRef at(Document doc, int tokenIndex) {
    List<CountryRef> refs = doc.countries;
    int lo = 0;
    int hi = refs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      CountryRef r = refs.get(mid);
      if (r.end() <= tokenIndex) {
        lo = mid + 1;
      } else if (r.first() > tokenIndex) {
        hi = mid - 1;
      } else {
        // several mentions may share a token ("Russian-Venezuelan"): take the first
        while (mid > 0 && refs.get(mid - 1).end() > tokenIndex && refs.get(mid - 1).first() <= tokenIndex) {
          mid--;
        }
        return refs.get(mid);
      }
    }
    return null;
  }

  /** The state mentions lying within tokens {@code [first, end)}, in text order. */
  public static List<CountryRef> within(Document doc, int first, int end) {
    List<CountryRef> refs = doc.countries;
    // mentions are in text order: find the first that starts at or after {@code first}
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).first() < first) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<CountryRef> out = new ArrayList<>();
    for (int k = lo; k < refs.size() && refs.get(k).first() < end; k++) {
      if (refs.get(k).end() <= end) {
        out.add(refs.get(k));
      }
    }
    return out;
  }
}
