package dev.entente.parse.internal.facts;

import dev.entente.parse.internal.text.Sentence;
import java.util.Arrays;
import java.util.Set;

/**
 * The verbs that tell a signing ({@code signed}, {@code inked}, {@code reached a new trade
 * agreement}, {@code witnessed the signing of}) and what they tell: a signing done, one still to
 * come ({@code will sign}, {@code if a treaty was concluded}), a sum of signings over time
 * ({@code have signed}), or the signing of another instrument than the one read.
 */
final class SigningVerbs {
  private final Lexicon instruments = Lexicon.load("instruments.txt");
  private final Lexicon words = Lexicon.load("agreement-words.txt");
  private final Lexicon sectors = Lexicon.load("sectors.txt");
  private final Lexicon numbers = Lexicon.load("number-words.txt");
  /** The bits of the roles {@link #signs} asks of every word of a sentence, looked up once. */
  private final long signBit = words.roleBit("SIGN");
  private final long reachBit = words.roleBit("REACH");

  /**
   * The signing verbs of a sentence, in order; a verb that only concludes the instrument it governs
   * ("reached an agreement", "struck a deal") counts when an instrument follows within a few words.
   */
  int[] signs(Scope sc, Sentence s) {
    int[] out = new int[4];
    int n = 0;
    int end = s.endToken();
    for (int i = s.firstToken(); i < end; i++) {
      if (sc.word(words, i, signBit, "SIGN") && !TALKS.contains(sc.key(i + 1)) && !signsNothing(sc, i)
          || sc.word(words, i, reachBit, "REACH") && governsInstrument(sc, i, end) || signaturesPut(sc, i)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Whether the sentence tells a ceremony where signed instruments change hands: "witnessed the
   * exchange of [n] documents", "the exchange of a memorandum on ..."; "the exchange of views" or
   * "of information" signs nothing. The instruments listed in it were signed on the day the article
   * tells.
   */
  boolean exchangeTold(Scope sc, Sentence s) {
    int end = s.endToken();
    for (int i = s.firstToken() + 1; i + 1 < end; i++) {
      if (exchangeOf(sc, i, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the count at {@code count} (of the instruments after it) is what "the exchange of"
   * names: "witnessed the exchange of six cooperation documents", "the exchange of more than 20 agreements".
   */
  boolean exchanged(Scope sc, int first, int count) {
    int j = count - 1;
    while (j > first && HEDGES.contains(sc.key(j))) {
      j--;
    }
    return j - 2 >= first && sc.key(j).equals("of") && sc.key(j - 1).equals("exchange") && sc.key(j - 2).equals("the");
  }

  /** Words of a hedge between "the exchange of" and its count: "more than", "some", "nearly". */
  private static final Set<String> HEDGES = Set.of("more", "than", "over", "some", "about", "around", "nearly",
      "almost", "at", "least");

  private boolean exchangeOf(Scope sc, int i, int end) {
    if (!sc.key(i).equals("exchange") || !sc.key(i - 1).equals("the") || !sc.key(i + 1).equals("of")) {
      return false;
    }
    for (int j = i + 2; j < Math.min(end, i + 7); j++) {
      if (sc.at(instruments, j, end) != null) {
        return true;
      }
      String k = sc.key(j);
      if (!(k.equals("a") || k.equals("an") || k.equals("the") || sc.token(j).isNumber() || sc.countAt(j, numbers) != null
          || sc.word(words, j, "MODIFIER") || sc.word(sectors, j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether verb {@code i} is told of things that are never instruments, after it or, as a participle,
   * before it: "exchanged views on the treaty", "in messages exchanged on the occasion", "figures
   * released by the ministry".
   */
  private static boolean signsNothing(Scope sc, int i) {
    return NO_INSTRUMENT.contains(sc.key(i + 1)) || i > 0 && sc.key(i).endsWith("ed") && NO_INSTRUMENT.contains(sc.key(i - 1));
  }

  /**
   * Whether token {@code i} is the signature a signer puts to a text: "put their signatures to the
   * agreement", "set his signature to", "affixed their signatures at the bottom of the convention".
   */
  static boolean signaturesPut(Scope sc, int i) {
    String k = sc.key(i);
    return (k.equals("signatures") || k.equals("signature")) && i >= 2 && POSSESSIVES.contains(sc.key(i - 1))
        && PUTTING.contains(sc.key(i - 2));
  }

  /** Possessives between a verb of putting and the signature: "put their signatures". */
  private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its");

  /** Verbs by which signers put their signatures to a text; "put" and "set" are past and present alike. */
  private static final Set<String> PUTTING = Set.of("put", "set", "affixed", "placed", "appended", "affix", "place",
      "append", "putting", "setting", "affixing", "placing", "appending");

  /** Whether verb {@code sign} initials a text ("initialled", "initialed"): a step before its signing. */
  static boolean initialling(Scope sc, int sign) {
    return sc.key(sign).startsWith("initial");
  }

  /**
   * Whether the instrument at {@code at} is told with "the" (or "its", "their") before it and its
   * modifiers: one the report tells of, not one told for the first time.
   */
  static boolean definite(Scope sc, int first, int at) {
    int j = at - 1;
    while (j > first && !sc.token(j).isNumber() && sc.token(j).isWord() && !DETERMINERS.contains(sc.key(j))
        && at - j <= DEFINITE_REACH) {
      j--;
    }
    return j >= first && DETERMINERS.contains(sc.key(j)) && !sc.key(j).equals("a") && !sc.key(j).equals("an");
  }

  /** Words that open the noun phrase of an instrument. */
  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an");

  /** How many modifiers may stand between a determiner and its instrument: "the joint border declaration". */
  private static final int DEFINITE_REACH = 4;

  /** Modal verbs before a signing that is still to come: "must now be ratified", "should be signed", "shall sign". */
  private static final Set<String> MODALS = Set.of("must", "should", "shall", "could", "can", "may", "might");

  /** What verbs of signing are told of without signing anything: views, messages, figures. */
  private static final Set<String> NO_INSTRUMENT = Set.of("views", "messages", "greetings", "gifts", "toasts",
      "fire", "prisoners", "hostages", "detainees", "opinions", "ideas", "pleasantries", "experiences", "figures",
      "data", "results", "information");

  /** What a verb of signing may end without signing anything: "concluded talks on a declaration". */
  private static final Set<String> TALKS = Set.of("talks", "negotiations", "consultations", "discussions");

  /** Whether an instrument follows verb {@code verb} past an article and modifiers: "reached a new trade agreement". */
  private boolean governsInstrument(Scope sc, int verb, int end) {
    String article = sc.key(verb + 1);
    if (verb + 1 >= end || !(article.equals("a") || article.equals("an") || article.equals("the"))) {
      return false; // "reached agreement on": consent, not an instrument
    }
    for (int j = verb + 2; j < Math.min(end, verb + 5); j++) {
      if (sc.at(instruments, j, end) != null) {
        return true;
      }
      if (!(sc.word(words, j, "MODIFIER") || sc.word(sectors, j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether signing verb {@code sign}, after the instrument ending before {@code after}, is told of
   * another instrument that ends just before it and is no item of the same list: "the declaration
   * reaffirms the agreement signed on ...".
   */
  boolean signsAnother(Scope sc, int after, int sign) {
    for (int j = after; j < sign; j++) {
      String k = sc.key(j);
      if (k.equals(",") || k.equals("and") || k.equals(";")) {
        return false;
      }
      Lexicon.Match other = sc.at(instruments, j, sign);
      if (other != null && j + other.length() == sign) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether signing verb {@code sign} tells again, in the passive, the signing of an instrument its
   * sentence opens with by "the": "The treaty was signed at the palace by the two ministers", "The
   * [Title] Agreement, the first of its kind, was signed in [City]". Told without a day, it is the
   * signing told before, not another one of the report's day.
   */
  boolean retold(Scope sc, Sentence s, int sign) {
    int first = s.firstToken();
    String be = sc.key(sign - 1);
    if (!sc.key(sign).equals("signed") || !(be.equals("was") || be.equals("were")) || !sc.key(first).equals("the")
        || sign - first > RETOLD_REACH) {
      return false;
    }
    for (int j = first + 1; j < sign - 1; j++) {
      if (sc.at(instruments, j, sign - 1) != null) {
        return true;
      }
      if (sc.key(j).equals(",")) {
        return false; // "The talks, which ..., were signed": no instrument opens the sentence
      }
    }
    return false;
  }

  /** How many tokens a retold instrument's name may take before its passive signing verb. */
  private static final int RETOLD_REACH = 30;

  /** Whether the signing verb is of a perfect tense ("have signed", "has so far signed"): a sum of signings over time. */
  static boolean perfect(Scope sc, int sign) {
    for (int i = Math.max(0, sign - 3); i < sign; i++) {
      String w = sc.key(i);
      if (w.equals("have") || w.equals("has") || w.equals("had") || w.equals("having")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the signing verb tells a signing still to come ("will sign", "are expected to sign", "plan to
   * sign", "must now be ratified"), or still to come when it was said ("said the two governments would
   * sign ...").
   */
  static boolean plannedSigning(Scope sc, int sign) {
    for (int i = Math.max(0, sign - 3); i < sign; i++) {
      String w = sc.key(i);
      if (w.equals("will") || w.equals("would") || MODALS.contains(w) || infinitive(sc, i) || w.equals("expected")
          || w.equals("plan") || w.equals("plans")) {
        return true;
      }
    }
    // "aid was likely to rise if a treaty was concluded": a condition, not a deed
    for (int i = sign - 1; i >= Math.max(0, sign - 6) && !sc.key(i).equals(","); i--) {
      String w = sc.key(i);
      if (w.equals("if") || w.equals("unless") || w.equals("once")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the signing verb tells a signing that happened ("signed", "inked", "witnessed the
   * signing of"), not one planned ("will sign").
   */
  static boolean pastSigning(Scope sc, int sign) {
    String k = sc.key(sign);
    boolean noun = k.equals("signing") && sc.key(sign - 1).equals("the") && sc.key(sign + 1).equals("of");
    if (!k.endsWith("ed") && !noun && !joinedInSigning(sc, sign) && !seenSigning(sc, sign) && !ceremonyHeld(sc, sign)
        && !signaturesDone(sc, sign)) {
      return false;
    }
    for (int i = Math.max(0, sign - 3); i < sign; i++) {
      String w = sc.key(i);
      if (w.equals("will") || w.equals("would") || MODALS.contains(w) || infinitive(sc, i) || w.equals("not")
          || w.equals("expected")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the signatures at {@code sign} were put (a verb of the past, or "put" and "set", which
   * are the past too: "will put" and "to put" are read as still to come by the words before them).
   */
  private static boolean signaturesDone(Scope sc, int sign) {
    if (!signaturesPut(sc, sign)) {
      return false;
    }
    String verb = sc.key(sign - 2);
    return verb.endsWith("ed") || verb.equals("put") || verb.equals("set");
  }

  /**
   * Whether "to" at {@code i} marks an infinitive ("to sign", "to be signed"), not a preposition
   * before a date, a number or a state ("an agreement for 1990 to 1995 was signed", "credits to
   * [State] were signed"), nor a word of a span of dates.
   */
  private static boolean infinitive(Scope sc, int i) {
    return sc.key(i).equals("to") && sc.date(i) == null && sc.date(i + 1) == null && !sc.token(i + 1).isNumber()
        && sc.country(i + 1) == null;
  }

  /**
   * Whether "signing" at {@code sign} is of a verb of the past that joined others in it: "[Leader]
   * joined [Leader] and [Leader] in signing a declaration".
   */
  private static boolean joinedInSigning(Scope sc, int sign) {
    if (!sc.key(sign).equals("signing") || !sc.key(sign - 1).equals("in")) {
      return false;
    }
    for (int i = sign - 2; i >= Math.max(0, sign - 12); i--) {
      String k = sc.key(i);
      if (k.equals(".") || k.equals(";")) {
        return false;
      }
      if (JOINED_IN.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a bare "sign" at {@code sign} is the deed a verb of the past saw done: "[Leaders]
   * watched their ministers sign a memorandum", "saw [Person] sign".
   */
  private static boolean seenSigning(Scope sc, int sign) {
    if (!sc.key(sign).equals("sign")) {
      return false;
    }
    for (int i = sign - 1; i >= Math.max(0, sign - 6); i--) {
      String k = sc.key(i);
      if (k.equals(",") || k.equals(".") || k.equals(";")) {
        return false;
      }
      if (SAW.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "signing" at {@code sign} names a ceremony told as held: "attended the signing ceremony",
   * "the signing ceremony took place in ...", "chaired the signing ceremony of [n] agreements"; not
   * one still to come ("the signing ceremony is to be held", "will attend the signing ceremony").
   */
  static boolean ceremonyHeld(Scope sc, int sign) {
    if (!sc.key(sign).equals("signing") || !CEREMONY.contains(sc.key(sign + 1))) {
      return false;
    }
    String det = sc.key(sign - 1);
    if (!(det.equals("the") || det.equals("a"))) {
      return false;
    }
    for (int i = sign + 2; i < sign + 5; i++) {
      if (CEREMONY_AHEAD.contains(sc.key(i))) {
        return false;
      }
    }
    return true;
  }

  /** Nouns of the occasion of a signing. */
  private static final Set<String> CEREMONY = Set.of("ceremony", "ceremonies");

  /** Words after a ceremony that tell it still to come: "is to be held", "will take place", "scheduled for". */
  private static final Set<String> CEREMONY_AHEAD = Set.of("is", "are", "will", "to", "scheduled", "planned",
      "set", "due", "expected");

  /** Verbs of the past that perceive a signing done before the subject's eyes. */
  private static final Set<String> SAW = Set.of("watched", "saw", "witnessed", "observed");

  /** Verbs of the past that take part in a signing told by "in signing". */
  private static final Set<String> JOINED_IN = Set.of("joined", "participated", "took", "led", "united", "followed");
}
