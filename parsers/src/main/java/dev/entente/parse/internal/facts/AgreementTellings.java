package dev.entente.parse.internal.facts;

import dev.entente.model.Agreement;
import dev.entente.model.AgreementKind;
import dev.entente.model.EdtfDate;
import dev.entente.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One agreement told several times in an article: whether a later mention retells one found
 * before (the same title, or the same kind, count, parties and day), and what it adds to it.
 */
final class AgreementTellings {
  private AgreementTellings() {}

  /**
   * An agreement as first read, with what later mentions of the same agreement add: a signing date
   * it lacked, sectors it lacked, and their evidence. Built once, when the article is read.
   */
  static final class Merged {
    private final Agreement first;
    private @Nullable EdtfDate signed;
    private List<String> sectors;
    private final List<Span> evidence;
    private boolean changed;
    /** Whether the day is only the one the article tells around it, no date of the instrument's own. */
    private boolean guessed;
    /** Whether the day is the occasion's of a body sentence that tells no date of the instrument's own. */
    private boolean undated;

    /** The sentence it was first read in. */
    final int sentence;

    Merged(Agreement first, int sentence, boolean guessed, boolean undated) {
      this.first = first;
      this.sentence = sentence;
      this.guessed = guessed;
      this.undated = undated;
      this.signed = first.signed();
      this.sectors = first.sectors();
      this.evidence = new ArrayList<>(first.evidence());
    }

    /**
     * Whether {@code a} tells of this agreement: the same title, or the same kind, count and date; a
     * count told without a day ("Brazil and China seal 37 deals") and the same count told with one
     * ("signed 37 cooperation instruments on Wednesday") are one set, whatever sector words each
     * sentence names.
     */
    boolean same(Agreement a, boolean aGuessed, boolean retelling) {
      if (a.title() != null && first.title() != null) {
        return a.title().equalsIgnoreCase(first.title());
      }
      if (!first.parties().containsAll(a.parties()) && !a.parties().containsAll(first.parties())) {
        return false; // one state signs this, another that: "[State] signed the [City] Declaration"
      }
      boolean sameDay = Objects.equals(a.signed(), signed)
          || a.count() != null && (a.signed() == null || signed == null)
          || (guessed || undated && retelling) && !aGuessed && a.signed() != null && signed != null;
      // a set's noun may differ between tellings ("37 deals", "37 cooperation documents"); a name says
      // its subject in its own words ("the [Name] Free Trade Agreement" retelling "an agreement on the economy")
      boolean sameKind = a.kind() == first.kind() || a.count() != null
          && (a.kind() == AgreementKind.OTHER || first.kind() == AgreementKind.OTHER);
      return sameKind && Objects.equals(a.count(), first.count()) && sameDay
          && (a.count() != null || a.signed() != null
              && (a.title() != null || first.title() != null || sameSubject(a.sectors(), sectors)));
    }

    /** Whether two subjects can be one: either untold, or a word in common ("energy" and "energy sector"). */
    private static boolean sameSubject(List<String> a, List<String> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return true;
      }
      Set<String> words = new java.util.HashSet<>();
      for (String x : a) {
        words.addAll(List.of(x.split(" ")));
      }
      for (String y : b) {
        for (String w : y.split(" ")) {
          if (w.length() > 3 && words.contains(w)) {
            return true;
          }
        }
      }
      return false;
    }

    void add(Agreement a, boolean aGuessed) {
      if (signed == null || (guessed || undated) && !aGuessed && a.signed() != null) {
        signed = a.signed();
        guessed = aGuessed;
        undated = false;
      }
      if (sectors.isEmpty() || a.count() != null && a.sectors().size() > sectors.size()
          || !a.sectors().isEmpty() && fromName(sectors, first.title())) {
        sectors = a.sectors(); // a set's subjects from the sentence that lists the most
      }
      evidence.addAll(a.evidence());
      changed = true;
    }

    /**
     * Whether the subjects are only the words of the instrument's name ("the Treaty of [Subject] and
     * [Subject]"), which give way to the fields a later sentence tells.
     */
    private static boolean fromName(List<String> sectors, @Nullable String title) {
      if (title == null) {
        return false;
      }
      String name = title.toLowerCase(java.util.Locale.ROOT);
      for (String x : sectors) {
        if (!name.contains(x)) {
          return false;
        }
      }
      return true;
    }

    Agreement build() {
      return changed ? first.toBuilder().signed(signed).sectors(sectors).evidence(evidence).build() : first;
    }
  }

  /**
   * Gives the fields a later sentence lists ("The agreements cover [A], [B] and [C]") to the
   * instrument it speaks of: for a plural the last counted set found, else the last one of
   * {@code kind}; kept when it already lists as many.
   */
  static void covers(List<Merged> found, boolean plural, AgreementKind kind, List<String> fields) {
    for (int k = found.size() - 1; k >= 0; k--) {
      Merged f = found.get(k);
      if (plural ? f.first.count() != null : f.first.kind() == kind && f.first.count() == null) {
        if (fields.size() > f.sectors.size()) {
          f.sectors = fields;
          f.changed = true;
        }
        return;
      }
    }
  }

  /**
   * Adds {@code a} to the agreements {@code found}, or to the one it retells; one told with "a"
   * ({@code fresh}: "also signed a joint statement") is not a named one retold.
   */
  static void merge(List<Merged> found, Agreement a, int sentence, boolean fresh, boolean guessed, boolean undated,
      boolean retelling) {
    for (Merged f : found) {
      if (fresh && f.first.title() != null) {
        continue;
      }
      // two instruments of one sentence are two ("an MoU on ..., an MoU on ..."), unless one name
      if (f.same(a, guessed || undated, retelling) && (f.sentence != sentence || a.title() != null && f.first.title() != null)) {
        f.add(a, guessed || undated);
        return;
      }
    }
    found.add(new Merged(a, sentence, guessed, undated));
  }
}
