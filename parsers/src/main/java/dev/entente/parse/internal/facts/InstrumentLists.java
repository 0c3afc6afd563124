package dev.entente.parse.internal.facts;

/**
 * Where an instrument stands among those told in its sentence: told with "a" or "an" as one of a
 * list, one of a set told just before ({@code six agreements, including a memorandum}), followed
 * by a single one of the same list, the instrument something was said in ({@code in a joint
 * statement}), or a deal of firms that is no agreement between states.
 */
final class InstrumentLists {
  private static final Lexicon instruments = Lexicon.load("instruments.txt");
  private static final Lexicon words = Lexicon.load("agreement-words.txt");
  private static final Lexicon sectors = Lexicon.load("sectors.txt");

  /**
   * Whether the instrument at {@code at} is a firm's undertaking ("an agreement by [Firm] to build
   * ...") or, one of a set told before, a deal of firms ("ten memorandums, including a deal between
   * [Firm] and [Firm]"); a name that is a state or holds a person is no firm's. A memorandum between
   * firms that the ministers witness, told alone, stays one of the states.
   */
  static boolean ofCompanies(Scope sc, int first, int at, int after, int end) {
    String k = sc.key(after);
    if (!(k.equals("by") || k.equals("between") && partOfASet(sc, first, at)) || after + 1 >= end
        || !sc.token(after + 1).isCapitalized()) {
      return false;
    }
    int i = after + 1;
    for (; i < Math.min(end, after + 5) && sc.token(i).isWord() && sc.token(i).isCapitalized(); i++) {
      if (sc.country(i) != null || personAt(sc, i)) {
        return false;
      }
    }
    return i > after + 1;
  }

  /** Whether a person's name covers token {@code i}. */
  private static boolean personAt(Scope sc, int i) {
    for (var p : sc.doc.persons) {
      if (p.first() <= i && i < p.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token before the instrument at {@code at} and its modifiers and field words ("a new framework
   * [agreement]", "an economic and technical cooperation [agreement]": an "and" between two field
   * words joins them), or first - 1.
   */
  private static int beforeModifiers(Scope sc, int first, int at) {
    int j = at - 1;
    while (j >= first && ((sc.word(words, j, "MODIFIER") || sc.word(sectors, j)) && !sc.key(j).equals("and")
        || j > first && j + 1 < at && sc.key(j).equals("and") && sc.word(sectors, j - 1) && sc.word(sectors, j + 1))) {
      j--;
    }
    return j;
  }

  /**
   * Whether an instrument starts at {@code j} or after modifiers and field words that begin there
   * and end before {@code limit} ("framework agreement", "new cooperation programme"); the
   * instrument itself may run to {@code end}.
   */
  static boolean instrumentAfterModifiers(Scope sc, int j, int limit, int end) {
    while (j < limit && sc.at(instruments, j, end) == null && (sc.word(words, j, "MODIFIER") || sc.word(sectors, j))) {
      j++;
    }
    return j < end && (sc.at(instruments, j, end) != null || programmeOfFields(sc, j, end) > 0);
  }

  /** Whether the instrument is told with "a" or "an", past its modifiers: one instrument of a list. */
  boolean indefinite(Scope sc, int first, int at) {
    int j = beforeModifiers(sc, first, at);
    return j >= first && (sc.key(j).equals("a") || sc.key(j).equals("an"));
  }

  /**
   * Whether the instrument, told with "a" or "an" after a comma or "and", is a later item of a set
   * opened before it in the sentence: "the accords comprise a framework agreement, a guarantee
   * agreement and a facility agreement".
   */
  boolean laterItemOfASet(Scope sc, int first, int at) {
    int j = beforeModifiers(sc, first, at);
    if (j - 1 < first || !(sc.key(j).equals("a") || sc.key(j).equals("an"))
        || !(sc.key(j - 1).equals(",") || sc.key(j - 1).equals("and"))) {
      return false;
    }
    for (int i = j - 2; i >= first && !sc.key(i).equals(";"); i--) {
      if (SET_WORDS.contains(sc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a single instrument of the same list follows: ", a memorandum", "and an MoU" within a few words. */
  boolean singleFollows(Scope sc, int after, int end) {
    for (int i = after; i < Math.min(end - 1, after + 14); i++) {
      String k = sc.key(i);
      if (k.equals(".") || k.equals(";")) {
        return false;
      }
      if ((k.equals(",") || k.equals("and")) && (sc.key(i + 1).equals("a") || sc.key(i + 1).equals("an"))) {
        for (int j = i + 2; j < Math.min(end, i + 5); j++) {
          if (sc.at(instruments, j, end) != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the instrument is what was said in: "in a joint statement", "in their joint declaration". */
  static boolean saidIn(Scope sc, int first, int at) {
    int j = at - 1;
    if (j < first || !(sc.key(j).equals("a") || sc.key(j).equals("their"))) {
      return false;
    }
    return j - 1 >= first && sc.key(j - 1).equals("in");
  }

  /**
   * Whether the instrument at {@code at} is one told before, set beside the ones the sentence tells:
   * "Besides the treaty, a protocol ... was signed", "In addition to the agreement, ...", "Apart
   * from the accord, ...".
   */
  static boolean besidesTheOneTold(Scope sc, int first, int at) {
    int j = at - 1;
    if (j - 1 < first || !sc.key(j).equals("the")) {
      return false;
    }
    String k = sc.key(j - 1);
    String pair = sc.key(j - 2) + " " + k;
    return k.equals("besides") || j - 2 >= first && (pair.equals("addition to") || pair.equals("apart from")
        || pair.equals("aside from"));
  }

  /**
   * Whether the instrument at {@code at} is told with "such" ("the first such pact", "such an
   * agreement", "no such treaty"): the kind of one told before, not an instrument of its own.
   */
  static boolean suchAsTold(Scope sc, int first, int at) {
    int j = beforeModifiers(sc, first, at);
    if (j >= first && (sc.key(j).equals("a") || sc.key(j).equals("an"))) {
      j--;
    }
    return j >= first && sc.key(j).equals("such");
  }

  /** Heads of a programme told by its fields: "programme of [A] and [B] exchanges". */
  private static final java.util.Set<String> PROGRAMMES = java.util.Set.of("programme", "programmes", "program",
      "programs");
  /** The words that close such a programme: what is done in the fields. */
  private static final java.util.Set<String> PROGRAMME_ENDS = java.util.Set.of("exchanges", "exchange", "cooperation",
      "co-operation");
  /** How many tokens of fields, commas and "and" a programme may list. */
  private static final int PROGRAMME_REACH = 9;
  /** The roles of a programme read by {@link #programmeOfFields}: its kind, and that its fields are its subjects. */
  static final java.util.List<String> PROGRAMME_ROLES = java.util.List.of("OTHER", "FIELDS");

  /**
   * The length of a programme told by the fields it covers, from {@code i}: "programme of [A], [B]
   * and [C] exchanges", "program of [A] and [B] cooperation", each field a sector word ("cultural",
   * "scientific"), parted by commas and "and", the last word "exchanges" or "cooperation"; or 0.
   */
  static int programmeOfFields(Scope sc, int i, int end) {
    // asked at every token of a sentence that may tell an instrument: the cheap test of the next word first
    // every head starts "program": a word that does not costs no set lookup
    if (!sc.key(i + 1).equals("of") || !sc.key(i).startsWith("program") || !PROGRAMMES.contains(sc.key(i))) {
      return 0;
    }
    boolean field = false;
    for (int j = i + 2; j < Math.min(end, i + 2 + PROGRAMME_REACH); j++) {
      String k = sc.key(j);
      if (PROGRAMME_ENDS.contains(k)) {
        return field ? j + 1 - i : 0;
      }
      if (sc.word(sectors, j)) {
        field = true;
      } else if (!k.equals(",") && !k.equals("and")) {
        return 0;
      }
    }
    return 0;
  }

  /** The fields of a programme read by {@link #programmeOfFields} at {@code at}: each sector word, in order. */
  static java.util.List<String> programmeFields(Scope sc, int at, int after) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int j = at + 2; j < after - 1; j++) {
      if (sc.word(sectors, j)) {
        out.add(sc.key(j));
      }
    }
    return java.util.List.copyOf(out);
  }

  /** Words that open the items of a set: "including", "among", "the accords comprise", "consist of", "namely". */
  private static final java.util.Set<String> SET_WORDS = java.util.Set.of("including", "among", "includes", "include",
      "included", "comprise", "comprises", "comprised", "comprising", "consist", "consists", "consisted", "namely");

  /**
   * Whether the instrument is one of a set told just before ("six agreements, including a memorandum",
   * "they include an economic and technical cooperation agreement": the words before its modifiers).
   */
  static boolean partOfASet(Scope sc, int first, int at) {
    int from = Math.min(at - 4, beforeModifiers(sc, first, at) - 3);
    for (int i = Math.max(first, from); i < at; i++) {
      String k = sc.key(i);
      if (SET_WORDS.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
