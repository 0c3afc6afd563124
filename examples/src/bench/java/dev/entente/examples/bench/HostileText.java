package dev.entente.examples.bench;

import java.util.Random;

/**
 * Texts built to stress each stage of the pipeline: long runs of what one stage reacts to, with no
 * sentence end to bound the work. Each is about {@code size} chars long; {@code ORDINARY} is news text
 * of the same size, the baseline the others are compared with.
 */
public enum HostileText {
  /** Varied news text from the seeds. */
  ORDINARY,
  /** Capitalised words without end: names, offices, countries and made-up words, no full stop. */
  CAPITALISED,
  /** Numbers in every form, with currencies and scales, no full stop. */
  NUMBERS,
  /** Abbreviations and initialisms, each ending in a period that does not end the sentence. */
  ABBREVIATIONS,
  /** Punctuation and separators only. */
  SEPARATORS,
  /** Countries and the verbs and nouns that start facts, repeated in one sentence. */
  TRIGGERS,
  /** Short sentences, each naming a different person and referring back to others: "he", "the latter". */
  PEOPLE,
  /** Countries several states share a name with ("Korea", "Congo"), over and over. */
  SHARED_NAMES,
  /** News text with every line break and full stop removed: one endless sentence. */
  ENDLESS_LINE,
  /** Quotes and brackets nested thousands deep, with words inside. */
  NESTED,
  /** One number of 100,000 digits and more: a single endless digit run. */
  DIGITS,
  /** Dollar signs only. */
  DOLLARS,
  /** Numbers separated by commas without a space: "1,1,1,...", one endless number or list. */
  COMMA_NUMBERS,
  /** The words that start events and facts, repeated without a state or a full stop. */
  BARE_TRIGGERS,
  /** One country name, over and over: "Russia Russia ...". */
  ONE_COUNTRY,
  /** A state's possessive, over and over: "Russia's Russia's ...". */
  POSSESSIVE,
  /** "U.S. " over and over: an abbreviation that is a country and may end a sentence. */
  US_DOTTED,
  /** "US " over and over: a country in three chars. */
  US_SHORT;

  private static final String[] CAPITALISED_WORDS = {
      "President", "Prime", "Minister", "Foreign", "Russia", "Venezuela", "China", "Nicolas", "Vladimir",
      "Maduro", "Putin", "Kremlin", "United", "States", "Deputy", "Quorvat", "Belmiro", "Tashkent",
      "General", "Secretary", "Ambassador", "Moscow", "Caracas", "Juan", "Nations", "Security", "Council",
  };
  private static final String[] PEOPLE_WORDS = {
      "Amina", "Boris", "Carlos", "Dilma", "Emeka", "Farida", "Gustavo", "Hiroshi", "Ilse", "Jorge", "Kwame", "Lena",
      "Mehmet", "Nadia", "Petrov", "Quispe", "Rahman", "Silva", "Tanaka", "Usmanov", "Vargas", "Yilmaz", "Zhang",
  };
  private static final String[] NUMBER_WORDS = {
      "1", "22", "3.5", "$4", "billion", "million", "5,000", "6%", "percent", "2019", "€7", "thousand",
      "tonnes", "USD", "8.25", "1,234,567", "half", "dozen", "$", "9", "bn", "rubles", "doses", "10-15",
  };
  private static final String[] ABBREVIATION_WORDS = {
      "U.S.", "U.N.", "Mr.", "Dr.", "Gen.", "St.", "Jan.", "Sept.", "No.", "Inc.", "Co.", "Ltd.", "e.g.",
      "i.e.", "a.m.", "p.m.", "Prof.", "Sen.", "Rep.", "Lt.", "Col.", "vs.", "Jr.", "U.K.", "E.U.",
  };
  private static final String[] SEPARATOR_WORDS = {
      "-", "--", "—", ",", ";", ":", "/", "|", "•", "·", "…", "...", "*", "#", "&", "+", "=", "~", "\"",
      "'", "’", "“", "”", "(", ")", "[", "]", "-->", "<!--", "||", "//", "\\", "%", "@",
  };
  private static final String[] TRIGGER_WORDS = {
      "Russia", "signed", "an", "agreement", "with", "China", "met", "visited", "Venezuela", "treaty",
      "exported", "imported", "trade", "contract", "deal", "supplied", "weapons", "talks", "memorandum",
      "invested", "President", "Putin", "Maduro", "minister", "held", "relations", "established", "$1 billion",
      "worth", "in", "2019", "on", "Wednesday", "India", "Brazil", "to", "and", "of", "Korea", "Congo", "Korean",
  };

  private static final String[] BARE_TRIGGER_WORDS = {
      "met", "visited", "talks", "signed", "agreement", "held", "summit", "meeting", "called", "visit",
      "treaty", "deal", "exported", "supplied", "established", "relations", "restored", "severed", "recognised",
      "exercise", "drills", "memorandum", "contract", "invested", "imported", "trade", "with", "and", "the",
  };

  /** This kind of text, about {@code size} chars long. */
  public String text(int size, BenchCorpus corpus) {
    Random random = new Random(ordinal() * 31L + size);
    StringBuilder sb = new StringBuilder(size + 64);
    switch (this) {
      case ORDINARY -> sb.append(corpus.text(size, 77L));
      case CAPITALISED -> words(sb, size, random, CAPITALISED_WORDS);
      case NUMBERS -> words(sb, size, random, NUMBER_WORDS);
      case ABBREVIATIONS -> words(sb, size, random, ABBREVIATION_WORDS);
      case SEPARATORS -> words(sb, size, random, SEPARATOR_WORDS);
      case TRIGGERS -> words(sb, size, random, TRIGGER_WORDS);
      case PEOPLE -> {
        while (sb.length() < size) {
          sb.append(PEOPLE_WORDS[random.nextInt(PEOPLE_WORDS.length)]).append(' ')
              .append(PEOPLE_WORDS[random.nextInt(PEOPLE_WORDS.length)]).append(" said he met the latter.\n");
        }
      }
      case SHARED_NAMES -> words(sb, size, random, new String[] {"Korea", "Congo", "Korean", "and", "the", "."});
      case ENDLESS_LINE -> {
        for (char c : corpus.text(size + size / 4, 78L).toCharArray()) {
          if (c != '\n' && c != '\r' && c != '.' && c != '!' && c != '?') {
            sb.append(c);
          }
        }
      }
      case NESTED -> {
        String open = "(\"[{'“«";
        String close = ")\"]}'”»";
        int depth = size / 4;
        for (int i = 0; i < depth; i++) {
          sb.append(open.charAt(i % open.length()));
          if (i % 50 == 0) {
            sb.append("Russia said ");
          }
        }
        for (int i = depth - 1; i >= 0 && sb.length() < size; i--) {
          sb.append(close.charAt(i % close.length()));
        }
      }
      case DIGITS -> {
        sb.append('$');
        while (sb.length() < size) {
          sb.append((char) ('0' + random.nextInt(10)));
        }
      }
      case DOLLARS -> sb.append("$".repeat(size));
      case COMMA_NUMBERS -> {
        while (sb.length() < size) {
          sb.append(1 + random.nextInt(9)).append(',');
        }
      }
      case BARE_TRIGGERS -> words(sb, size, random, BARE_TRIGGER_WORDS);
      case ONE_COUNTRY -> sb.append("Russia ".repeat(size / 7 + 1));
      case POSSESSIVE -> sb.append("Russia's ".repeat(size / 9 + 1));
      case US_DOTTED -> sb.append("U.S. ".repeat(size / 5 + 1));
      case US_SHORT -> sb.append("US ".repeat(size / 3 + 1));
    }
    sb.setLength(Math.min(sb.length(), size));
    return sb.toString();
  }

  private static void words(StringBuilder sb, int size, Random random, String[] words) {
    while (sb.length() < size) {
      sb.append(words[random.nextInt(words.length)]).append(' ');
    }
  }
}
