package dev.entente.parse.internal.facts;

import dev.entente.model.Agreement;
import dev.entente.parse.internal.pipeline.Mentions.CountryForm;
import dev.entente.parse.internal.pipeline.Mentions.CountryRef;
import dev.entente.parse.internal.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subjects of an agreement: the list after its instrument word ({@code a memorandum on
 * fisheries}, {@code agreements in the fields of mining, oil and energy}), which ends where the
 * next instrument of a list begins ({@code an agreement on trade, a protocol on customs}); else the
 * sector words of its sentence.
 */
final class Sectors {

  private final Lexicon sectors;
  private final Lexicon instruments;
  /** The agreement words, whose FRAME modifiers qualify an instrument, not its subject ("bilateral", "long-term"). */
  private final Lexicon words;

  Sectors(Lexicon sectors, Lexicon instruments, Lexicon words) {
    this.sectors = sectors;
    this.instruments = instruments;
    this.words = words;
  }

  /**
   * Verbs of setting up or taking up again whose object is an instrument's subject, after it or after
   * "on": "a joint communique establishing [A]", "a communique restoring [A]", "a statement on
   * establishing [A]".
   */
  private static final Set<String> FOUNDING = Set.of("establishing", "re-establishing", "reestablishing", "restoring",
      "resuming");
  /** Words that open a list of sectors after an agreement ("in", "covering"). */
  private static final Set<String> LIST_OPENERS = Set.of("in", "on", "covering", "concerning", "regarding", "for",
      "cover", "covers", "covered", "span", "spans", "spanned");
  /** Verbs by which a sentence gives the fields of instruments told before: "The agreements cover [A], [B] and [C]". */
  private static final Set<String> COVER_VERBS = Set.of("cover", "covers", "covered", "span", "spans", "spanned");
  /** Words that lead from a count of fields to their list: "21 areas of cooperation, including [A]". */
  private static final Set<String> LIST_LEADS = Set.of("including", "includes", "like", "notably", "namely");
  /** Openers after which the one phrase that follows is the instrument's subject, a sector word or not. */
  private static final Set<String> SUBJECT_OPENERS = Set.of("on", "concerning", "regarding", "covering");
  /** "the fields of ...": words that head a list of sectors. */
  private static final Set<String> LIST_HEADS = Set.of("fields", "areas", "spheres", "sectors", "field", "area");
  private static final Set<String> LIST_STOP = Set.of(".", ";", ":", "(", ")", "which", "that", "signed", "during",
      "when", "while", "with", "between", "to", "at", "by", "were", "was", "are", "is", "have", "has", "will", "under",
      "linking", "including", "worth", "said", "says", "told", "agreed", "decided", "following", "before", "after",
      "presence");
  /** Verbs of saying that end a list: what stands between the last comma and them is who said it. */
  private static final Set<String> SAYING = Set.of("said", "says", "told");
  private static final Set<String> LIST_TRIM = Set.of("on", "in", "of", "the", "a", "an", "its", "their", "for", "and",
      "covering", "concerning", "regarding");
  /**
   * Acts of trade whose goods may be told with the adjective of their state: "on the export of
   * [Adjective] [goods] to [State]", "on the supply of [Adjective] [goods]" name the goods.
   */
  private static final Set<String> GOODS_ACTS = Set.of("export", "exports", "import", "imports", "supply", "supplies");
  /**
   * Nouns of an act done to the subject, which the subject keeps without: "on the avoidance of [A]",
   * "on the development of [A]" name [A].
   */
  private static final Set<String> ACTS = union(Set.of("avoidance", "prevention", "elimination", "development",
      "promotion", "opening", "construction", "establishment", "expansion", "strengthening"), Sectors.GOODS_ACTS);
  /** Nouns that only say a subject is a field: "in the energy sector". The others stay: "financial cooperation". */
  private static final Set<String> LIST_TAIL = Set.of("fields", "field", "spheres", "sphere", "areas", "area",
      "sectors", "sector", "domains");

  /** Whether a subject follows the instrument ending before {@code after}: "on", "for", "in the field of"... */
  static boolean opensSubject(Scope sc, int after) {
    return LIST_OPENERS.contains(sc.key(after)) && sc.date(after + 1) == null
        && sc.country(after + 1) == null;
  }

  /** How many modifiers may stand between "a" and the next item's instrument: "and a new framework agreement". */
  private static final int ITEM_MODIFIERS = 3;

  /**
   * Whether "and" or a comma at {@code i} opens the next item of a list, told with "a" or "an"
   * and its modifiers before its instrument ("on [A] and a framework agreement on [B]", "on [A]
   * and a plan for cooperation"): the subject ends before it.
   */
  private boolean nextItem(Scope sc, int i, int end) {
    String k = sc.key(i);
    if (!(k.equals("and") || k.equals(",")) || !(sc.key(i + 1).equals("a") || sc.key(i + 1).equals("an"))) {
      return false;
    }
    return InstrumentLists.instrumentAfterModifiers(sc, i + 2, Math.min(end, i + 2 + ITEM_MODIFIERS), end);
  }

  /** Whether "and" at {@code i} opens another subject with the opener at {@code after}: "on A and on B". */
  private static boolean openerAgain(Scope sc, int i, int after) {
    return sc.key(i).equals("and") && sc.key(i + 1).equals(sc.key(after));
  }

  /**
   * The instruments {@code a} stands for: one per subject when a plural with neither count nor name
   * repeats its opener ("arrangements on organic certification and on e-commerce": two), else
   * {@code a} alone.
   */
  static List<Agreement> eachSubject(Scope sc, int after, int end, Agreement a, boolean plural) {
    if (!plural || a.count() != null || a.title() != null || a.sectors().size() < 2
        || !SUBJECT_OPENERS.contains(sc.key(after))) {
      return List.of(a);
    }
    if (!repeatsOpener(sc, after, end)) {
      return List.of(a);
    }
    List<Agreement> out = new ArrayList<>(a.sectors().size());
    for (String subject : a.sectors()) {
      out.add(a.toBuilder().sectors(List.of(subject)).build());
    }
    return out;
  }

  /**
   * Whether the subject opener at {@code after} comes again in the list that follows ("agreements on
   * trade, on energy and on fisheries"): each opener then heads one instrument's subject.
   */
  static boolean repeatsOpener(Scope sc, int after, int end) {
    if (!SUBJECT_OPENERS.contains(sc.key(after))) {
      return false;
    }
    for (int i = after + 1; i < end && !LIST_STOP.contains(sc.key(i)); i++) {
      if (openerAgain(sc, i, after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fields after the instrument ("in mining, oil and energy"), else the field named before it
   * ("a border treaty"), else the sector words of the sentence, else the subjects its name lists
   * ("the Treaty of Amity and Commerce").
   */
  List<String> of(Scope sc, Sentence s, int at, int after, @Nullable String title, List<String> sentenceWords) {
    int from = after;
    if (sc.key(after).equals("worth")) { // "25 documents worth $11 billion in energy, ..."
      for (int k = after + 1; k < Math.min(s.endToken(), after + 4); k++) {
        var money = sc.money(k);
        if (money != null) {
          from = money.end();
          break;
        }
      }
    }
    List<String> listed = listed(sc, s, from, false);
    if (listed.isEmpty() && sc.key(after).equals(",") && AFTER_A_COMMA.contains(sc.key(after + 1))) {
      // "signed three agreements, on [A], on [B] and on [C]": the list set off by a comma, kept only
      // with a sector word in it ("the treaty, on the other hand, ..." lists none)
      listed = listed(sc, s, after + 1, true);
    }
    if (!listed.isEmpty()) {
      return listed;
    }
    List<String> before = before(sc, s.firstToken(), at);
    List<String> named = title == null ? List.of() : named(sc, s, after, title);
    if (!before.isEmpty() || !sentenceWords.isEmpty()) {
      // "the Treaty of [field] and [field], under which [state] will finance roads": its name's and its sentence's
      return joined(named, before.isEmpty() ? sentenceWords : before);
    }
    return named;
  }

  /** Openers of a list of subjects that may follow an instrument after a comma: "agreements, on [A]". */
  private static final Set<String> AFTER_A_COMMA = Set.of("on", "in", "covering", "concerning", "regarding");

  /** The subjects of {@code first} then those of {@code then} not already among them. */
  private static List<String> joined(List<String> first, List<String> then) {
    if (first.isEmpty()) {
      return then;
    }
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(then);
    return List.copyOf(all);
  }

  /**
   * The subject of a communiqué told with none of its own ("[A] and [B] established diplomatic
   * relations on [day] ... The joint communique was signed in [City] by the foreign ministers"):
   * the diplomatic relations the report tells set up, restored or resumed up to its sentence; else
   * none.
   */
  static List<String> ofACommunique(Scope sc, Sentence s, int at, int after) {
    boolean communique = false;
    for (int i = at; i < after; i++) {
      communique |= sc.key(i).startsWith("communiqu");
    }
    if (!communique) {
      return List.of();
    }
    for (int i = 1; i + 1 < s.endToken(); i++) {
      if (sc.key(i).equals("diplomatic") && DIPLOMATIC_TIES.contains(sc.key(i + 1)) && setUpBefore(sc, i)) {
        return DIPLOMATIC_RELATIONS;
      }
    }
    return List.of();
  }

  /** Whether a verb that sets up or takes up again relations stands just before token {@code i}: "established full diplomatic ...". */
  private static boolean setUpBefore(Scope sc, int i) {
    for (int j = i - 1; j >= Math.max(0, i - SET_UP_REACH); j--) {
      String k = sc.key(j);
      for (String stem : SET_UP) {
        if (k.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Stems of verbs that set up or take up again relations between states. */
  private static final List<String> SET_UP = List.of("establish", "re-establish", "reestablish", "restor", "resum",
      "normalis", "normaliz");

  /** How many words before "diplomatic" such a verb may stand ("established full diplomatic relations"). */
  private static final int SET_UP_REACH = 3;

  private static final Set<String> DIPLOMATIC_TIES = Set.of("relations", "ties");

  private static final List<String> DIPLOMATIC_RELATIONS = List.of("diplomatic relations");

  /**
   * The subjects a name lists after its instrument word ("the Treaty of Amity and Commerce":
   * amity and commerce; "of Peace, Friendship and Cooperation": three), when the name ends
   * with a list of two or more capitalized words or phrases parted by commas and "and"; else none
   * ("the Final Act of the Conference on Security and Co-operation in Europe" lists no subjects).
   */
  private static List<String> named(Scope sc, Sentence s, int after, String title) {
    if (!(sc.key(after).equals("of") || sc.key(after).equals("on"))) {
      return List.of();
    }
    int end = s.endToken();
    List<String> items = new ArrayList<>();
    int itemStart = after + 1;
    int i = itemStart;
    for (; i <= end; i++) {
      if (i < end && sc.token(i).isWord() && sc.token(i).isCapitalized() && sc.country(i) == null
          && sc.date(i) == null && !sc.key(i).equals("and")) {
        continue;
      }
      boolean sep = i < end && (sc.key(i).equals(",") || sc.key(i).equals("and"));
      if (i == itemStart && sep && sc.key(i).equals("and") && sc.key(i - 1).equals(",")) {
        itemStart = i + 1; // "Peace, Friendship, and Cooperation"
        continue;
      }
      if (i == itemStart && !items.isEmpty() && sc.key(i - 1).equals(",")) {
        i--; // "of Amity and Commerce, the first ...": the comma closes the name, the sentence goes on
        break;
      }
      if (i == itemStart) {
        return List.of(); // "of the ...": no list of capitalized subjects
      }
      items.add(sc.text(itemStart, i).toLowerCase(Locale.ROOT));
      if (!sep) {
        break;
      }
      itemStart = i + 1;
    }
    // the list must end the name: "the Conference on Security and Co-operation in Europe" goes on
    return items.size() >= 2 && title.endsWith(sc.text(after, i)) ? List.copyOf(items) : List.of();
  }

  /** Words that end a noun phrase's modifiers going back from its head: "a", "the", "of", "signed"... */
  private static final Set<String> PHRASE_START = Set.of("a", "an", "the", "this", "that", "these", "those", "its",
      "their", "his", "her", "our", "of", "in", "on", "for", "with", "by", "to", "at", "from", "as", "signed", "sign",
      "signs", "inked", "concluded", "reached", "and", "or", "other", "new", "two");

  /**
   * The field told in the modifiers of the instrument ("a border treaty", "the Defence Cooperation
   * Agreement", "a debt rescheduling accord", "a free trade agreement"): the modifiers to the
   * instrument word past those that qualify the instrument ("bilateral", "long-term"), or none when no
   * sector word stands among them.
   */
  private List<String> before(Scope sc, int first, int at) {
    int sector = -1;
    int start = at;
    for (int j = at - 1; j >= first && at - j <= 4; j--) {
      if (!sc.token(j).isWord() || sc.country(j) != null || sc.date(j) != null || sc.number(j) != null
          || PHRASE_START.contains(sc.key(j))) {
        break;
      }
      start = j;
      if (sc.word(sectors, j)) {
        sector = j;
      }
    }
    while (start < sector && sc.word(words, start, "FRAME")) {
      start++; // "a long-term trade agreement": the subject is trade
    }
    return sector < 0 ? List.of() : List.of(sc.text(start, at).toLowerCase(Locale.ROOT));
  }

  /**
   * The sector words anywhere in a sentence, in order, each once; two joined by "and" outside a list
   * are one field ("oil and gas", "science and technology"), the last two of a list two ("trade,
   * investment and energy").
   */
  List<String> words(Scope sc, Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    int end = s.endToken();
    for (int i = s.firstToken(); i < end; i++) {
      Lexicon.Match m = sectorAt(sc, s, i);
      if (m != null) {
        int to = i + m.length();
        Lexicon.Match pair = sc.key(to).equals("and") && !sc.key(i - 1).equals(",") ? sectorAt(sc, s, to + 1) : null;
        if (pair != null && !sc.key(to + 1 + pair.length()).equals(",")) {
          to += 1 + pair.length();
        }
        out.add(sc.text(i, to).toLowerCase(Locale.ROOT));
        i = to - 1;
      }
    }
    return List.copyOf(out);
  }

  /** The sector phrase at {@code i}, not a state's name nor a capitalized word inside the sentence, or null. */
  private Lexicon.@Nullable Match sectorAt(Scope sc, Sentence s, int i) {
    if (i >= s.endToken()) {
      return null;
    }
    Lexicon.Match m = sc.at(sectors, i, s.endToken());
    return m != null && sc.country(i) == null && (!sc.token(i).isCapitalized() || i == s.firstToken()) ? m : null;
  }

  /**
   * The end of a long item's head before the phrase that qualifies it ("visa waivers for holders of
   * service passports" is about visa waivers): the first "for" past the item's first
   * word, or {@code b} when none.
   */
  private static int beforeQualifier(Scope sc, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      if (sc.key(k).equals("for")) {
        return k;
      }
    }
    return b;
  }

  /**
   * Whether "and" at {@code i} parts the last two items of a list, the one it would join being too
   * long for one subject ("on [A], customs cooperation and the fight against transnational crime"):
   * "and" joins one subject only in a short one ("scientific and technical cooperation").
   */
  private static boolean lastTwoOfALongItem(Scope sc, int i, int itemStart, int end) {
    if (!sc.key(i).equals("and")) {
      return false;
    }
    int a = itemStart;
    while (a < i && LIST_TRIM.contains(sc.key(a))) {
      a++;
    }
    if (beforeQualifier(sc, a, i) < i) {
      return false; // "[subject] for holders of [kind] passports": one subject, qualified
    }
    int b = i + 1;
    while (b < end && b - a <= LONGEST_ITEM && !sc.key(b).equals(",") && !LIST_STOP.contains(sc.key(b))) {
      b++;
    }
    return b - a > LONGEST_ITEM;
  }

  /** The most words one subject of a list holds. */
  private static final int LONGEST_ITEM = 7;

  /** Whether a word stands in tokens {@code a} to {@code b}: an item of quotes or dashes alone is none. */
  private static boolean anyWord(Scope sc, int a, int b) {
    for (int k = a; k < b; k++) {
      if (sc.token(k).isWord()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a count or a head of fields opens at {@code i}: "21 areas of cooperation, including", "fields such as". */
  private static boolean leadsToList(Scope sc, int i) {
    int k = sc.number(i) != null ? i + 1 : i;
    return LIST_HEADS.contains(sc.key(k)) && (LIST_LEADS.contains(sc.key(k + 1))
        || sc.key(k + 1).equals("such") || sc.key(k + 1).equals("of") || sc.key(k + 1).equals(","));
  }

  /** The first token of the list a head of fields leads to, or {@code i} when no lead word follows soon. */
  private static int listAfterLead(Scope sc, int i, int end) {
    for (int k = i + 1; k < Math.min(end, i + 7); k++) {
      if (LIST_LEADS.contains(sc.key(k))) {
        return k + 1;
      }
      if (sc.key(k).equals("such") && sc.key(k + 1).equals("as")) {
        return k + 2;
      }
    }
    return i;
  }

  /**
   * Whether the state at {@code i} tells whose goods an act of trade names ("the export of
   * [Adjective] [goods]", "the supply of [State] [goods]"), not where they go ("exports of [State] to").
   */
  private static boolean goodsOfAState(Scope sc, int i) {
    CountryRef c = sc.country(i);
    return c != null && (c.form() == CountryForm.ADJECTIVE || c.form() == CountryForm.NAME)
        && sc.key(c.first() - 1).equals("of") && GOODS_ACTS.contains(sc.key(c.first() - 2))
        && c.end() < sc.doc.tokens.size() && sc.token(c.end()).isWord() && !LIST_STOP.contains(sc.key(c.end()))
        && !LIST_TRIM.contains(sc.key(c.end()));
  }

  /** Whether token {@code i} is a verb giving the fields of instruments told before ("cover", "span"). */
  static boolean coverVerb(Scope sc, int i) {
    return COVER_VERBS.contains(sc.key(i));
  }

  /** The fields listed after a verb of covering at {@code verb}, or none. */
  List<String> covered(Scope sc, Sentence s, int verb) {
    return listed(sc, s, verb, false);
  }

  /**
   * The subjects listed after the opener at {@code after}; a list {@code setOff} by a comma from its
   * instrument only with a sector word in it.
   */
  private List<String> listed(Scope sc, Sentence s, int after, boolean setOff) {
    int end = s.endToken();
    boolean founding = after < end && FOUNDING.contains(sc.key(after));
    if (after >= end || !LIST_OPENERS.contains(sc.key(after)) && !founding) {
      return List.of();
    }
    int i = after + 1;
    if (sc.key(i).equals("the") && LIST_HEADS.contains(sc.key(i + 1)) && sc.key(i + 2).equals("of")) {
      i += 3;
    } else if (leadsToList(sc, i)) {
      i = listAfterLead(sc, i, end);
    } else if (sc.key(i).equals("cooperation") && LIST_OPENERS.contains(sc.key(i + 1))) {
      i += 2; // "on cooperation in the energy sector"
    }
    List<String> items = new ArrayList<>();
    boolean anySector = false;
    boolean repeated = false; // "on A and on B": each a subject
    int itemStart = i;
    for (; i <= end; i++) {
      boolean next = i < end && (sc.at(instruments, i, end) != null || nextItem(sc, i, end)); // the next instrument of a list
      boolean stop = i == end || next || LIST_STOP.contains(sc.key(i)) || sc.date(i) != null
          || sc.country(i) != null && !sc.key(i - 1).equals("the") && !goodsOfAState(sc, i)
          || sc.key(i).equals("as") && !sc.key(i + 1).equals("well"); // ", as the leaders met": another clause
      // items part at commas: "and" joins one subject ("economic and technical cooperation", "food and
      // agriculture") unless a comma stands before it
      boolean again = !stop && openerAgain(sc, i, after);
      repeated |= again;
      boolean sep = !stop && (sc.key(i).equals(",") || again
          || (sc.key(i).equals("as") && sc.key(i + 1).equals("well") && sc.key(i + 2).equals("as"))
          || !items.isEmpty() && lastTwoOfALongItem(sc, i, itemStart, end));
      if (stop || sep) {
        int a = itemStart;
        int b = i;
        while (a < b && LIST_TRIM.contains(sc.key(a))) {
          a++;
        }
        if (b - a > 2 && ACTS.contains(sc.key(a)) && sc.key(a + 1).equals("of")) {
          a += 2; // "the avoidance of double taxation": the subject is what the act is done to
          while (a < b && LIST_TRIM.contains(sc.key(a))) {
            a++;
          }
          CountryRef of = goodsOfAState(sc, a) ? sc.country(a) : null;
          if (of != null && of.end() < b) {
            a = of.end(); // "the export of [Adjective] avocados": the goods
          }
        }
        if (b - a > 1 && FOUNDING.contains(sc.key(a))) {
          a++; // "a statement on establishing the [A]": the subject is what is set up
          while (a < b && LIST_TRIM.contains(sc.key(a))) {
            a++;
          }
        }
        while (b > a && (LIST_TAIL.contains(sc.key(b - 1)) || LIST_TRIM.contains(sc.key(b - 1))
            || sc.key(b - 1).equals(","))) {
          b--;
        }
        if (b - a > 7) {
          b = beforeQualifier(sc, a, b); // "[subject] for holders of [kind] passports"
        }
        boolean bare = b - a == 1 && (sc.key(a).equals("cooperation") || sc.key(a).equals("co-operation"));
        // "on [A] and [B], officials said": the last item is who said it
        boolean sayer = stop && i < end && SAYING.contains(sc.key(i)) && !items.isEmpty();
        if (b > a && b - a <= 7 && !bare && !sayer && anyWord(sc, a, b)) {
          items.add(sc.text(a, b).toLowerCase(Locale.ROOT));
          for (int k = a; k < b; k++) {
            anySector |= sc.word(sectors, k);
          }
        }
        if (stop) {
          break;
        }
        if (sc.key(i).equals("as")) {
          i += 2;
        }
        itemStart = i + 1;
      }
    }
    // "an agreement on the Belgrade metro": one subject after "on" needs no sector word
    boolean one = (items.size() == 1 || repeated) && (SUBJECT_OPENERS.contains(sc.key(after)) || founding);
    return (anySector || one && !setOff) && items.size() <= 12 ? List.copyOf(items) : List.of();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
