package dev.entente.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds benchmark input from the seed articles: new articles made of paragraphs shuffled across the
 * seeds, with country names, people's names and numbers swapped for others, so that every article the
 * benchmark reads is different and no cache of repeated input can flatter the figures.
 *
 * <p>The seed folder is {@code seeds/} under the working directory (or a parent of it), or the folder
 * named by the system property {@code entente.seeds}.
 */
public final class BenchCorpus {

  // Country names and their adjectives, swapped as pairs so the text stays grammatical.
  private static final String[][] COUNTRIES = {
      {"Russia", "Russian"}, {"Venezuela", "Venezuelan"}, {"China", "Chinese"}, {"India", "Indian"},
      {"Brazil", "Brazilian"}, {"Turkey", "Turkish"}, {"Cuba", "Cuban"}, {"Bolivia", "Bolivian"},
      {"Nicaragua", "Nicaraguan"}, {"Iran", "Iranian"}, {"Egypt", "Egyptian"}, {"Kenya", "Kenyan"},
      {"Nigeria", "Nigerian"}, {"Japan", "Japanese"}, {"Germany", "German"}, {"France", "French"},
      {"Italy", "Italian"}, {"Spain", "Spanish"}, {"Poland", "Polish"}, {"Ukraine", "Ukrainian"},
      {"Kazakhstan", "Kazakh"}, {"Vietnam", "Vietnamese"}, {"Indonesia", "Indonesian"},
      {"Argentina", "Argentine"}, {"Chile", "Chilean"}, {"Peru", "Peruvian"}, {"Mexico", "Mexican"},
      {"Canada", "Canadian"}, {"Australia", "Australian"}, {"Pakistan", "Pakistani"},
      {"Ethiopia", "Ethiopian"}, {"Algeria", "Algerian"}, {"Morocco", "Moroccan"}, {"Serbia", "Serbian"},
      {"Hungary", "Hungarian"}, {"Greece", "Greek"}, {"Norway", "Norwegian"}, {"Sweden", "Swedish"},
      {"Malaysia", "Malaysian"}, {"Thailand", "Thai"}, {"Colombia", "Colombian"}, {"Ecuador", "Ecuadorian"},
      {"Angola", "Angolan"}, {"Ghana", "Ghanaian"}, {"Mongolia", "Mongolian"}, {"Qatar", "Qatari"},
  };
  private static final String[] CAPITALS = {
      "Moscow", "Caracas", "Beijing", "New Delhi", "Brasilia", "Ankara", "Havana", "Tehran", "Cairo",
      "Nairobi", "Abuja", "Tokyo", "Berlin", "Paris", "Rome", "Madrid", "Warsaw", "Kyiv", "Astana", "Hanoi",
      "Jakarta", "Buenos Aires", "Santiago", "Lima", "Mexico City", "Ottawa", "Canberra", "Islamabad",
  };
  private static final String[] GIVEN = {
      "Amina", "Boris", "Carlos", "Dilma", "Emeka", "Farida", "Gustavo", "Hiroshi", "Ilse", "Jorge", "Kwame",
      "Lena", "Mehmet", "Nadia", "Olusegun", "Pedro", "Qin", "Rania", "Sergei", "Tomas", "Uma", "Viktor",
      "Wang", "Ximena", "Yusuf", "Zofia", "Andres", "Beatriz", "Cyril", "Dmitry", "Elif", "Fatima",
  };
  private static final String[] FAMILY = {
      "Abubakar", "Bianchi", "Castro", "Dlamini", "Erdem", "Fernandes", "Gomez", "Haddad", "Ivanov",
      "Jovanovic", "Kowalski", "Lopez", "Mensah", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman",
      "Silva", "Tanaka", "Usmanov", "Vargas", "Wiśniewski", "Xu", "Yilmaz", "Zhang", "Novak", "Morales",
  };
  // Capitalised words that are not people: offices, months, days, and words that start sentences.
  private static final Set<String> NOT_NAMES = Set.of(
      "President", "Prime", "Minister", "Foreign", "Deputy", "Defense", "Defence", "Vice", "Secretary",
      "State", "Ministry", "Affairs", "Kremlin", "Parliament", "National", "Assembly", "Council", "Union",
      "United", "States", "Soviet", "Latin", "American", "America", "World", "War", "News", "Agency",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "The", "A", "An", "In", "On", "At", "For", "By", "And", "But", "He", "She", "It", "They", "We", "This",
      "That", "These", "Those", "According", "After", "Before", "During", "Since", "Two", "Three", "First",
      "Treaty", "Agreement", "Cooperation", "Friendship", "Great", "Patriotic", "Energy", "Week", "Forum",
      "Published", "Photo", "Opinion", "Live", "Audio", "Only", "Heads", "Government", "Gas", "Exporting",
      "Countries", "Congress", "Then", "Russian", "Contracts", "Visits", "Diplomatic", "Moscow");

  private static final Pattern COUNTRY_WORD;
  private static final Map<String, Integer> COUNTRY_INDEX = new HashMap<>();
  private static final Map<String, Boolean> IS_ADJECTIVE = new HashMap<>();
  private static final Pattern CAPITAL_WORD;
  private static final Set<String> CAPITAL_WORDS =
      Set.copyOf(Stream.of(CAPITALS).flatMap(c -> Stream.of(c.split(" "))).toList());
  private static final Pattern PERSON = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’.-]+)( \\p{Lu}[\\p{L}'’-]+){1,2}\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  static {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      for (int k = 0; k < 2; k++) {
        words.add(COUNTRIES[i][k]);
        COUNTRY_INDEX.put(COUNTRIES[i][k], i);
        IS_ADJECTIVE.put(COUNTRIES[i][k], k == 1);
      }
    }
    words.sort((a, b) -> b.length() - a.length());
    COUNTRY_WORD = Pattern.compile("\\b(" + String.join("|", words) + ")\\b");
    CAPITAL_WORD = Pattern.compile("\\b(" + String.join("|", CAPITALS) + ")\\b");
  }

  private final List<List<String>> paragraphsBySeed;

  private BenchCorpus(List<List<String>> paragraphsBySeed) {
    this.paragraphsBySeed = paragraphsBySeed;
  }

  /** The corpus built from the seed folder (see the class comment for where it is looked for). */
  public static BenchCorpus fromSeeds() {
    Path dir = seedDir();
    List<List<String>> bySeed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            paragraphs.add(line.strip());
          }
        }
        bySeed.add(paragraphs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed articles in " + dir.toAbsolutePath(), e);
    }
    if (bySeed.isEmpty()) {
      throw new IllegalStateException("no seed articles (*.txt) in " + dir.toAbsolutePath());
    }
    return new BenchCorpus(bySeed);
  }

  private static Path seedDir() {
    String given = System.getProperty("entente.seeds");
    if (given != null && !given.isBlank()) {
      return Paths.get(given);
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p.resolve("seeds");
      }
    }
    throw new IllegalStateException("no seeds/ folder above " + Paths.get("").toAbsolutePath()
        + "; run from the repository or set -Dentente.seeds=DIR");
  }

  /** {@code count} varied articles, each of 4 to 24 paragraphs drawn from all seeds. */
  public List<String> articles(int count, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(random, 4 + random.nextInt(21)));
    }
    return out;
  }

  /** One long varied text of about {@code utf8Bytes} bytes (never more), made of whole paragraphs. */
  public String text(int utf8Bytes, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(utf8Bytes + 1024);
    int bytes = 0;
    while (true) {
      String next = article(random, 4 + random.nextInt(21)) + "\n\n";
      int nextBytes = utf8Length(next);
      if (bytes + nextBytes > utf8Bytes) {
        // fill the rest paragraph by paragraph
        for (String paragraph : next.split("\n")) {
          int b = utf8Length(paragraph) + 1;
          if (bytes + b > utf8Bytes) {
            return sb.toString();
          }
          sb.append(paragraph).append('\n');
          bytes += b;
        }
        return sb.toString();
      }
      sb.append(next);
      bytes += nextBytes;
    }
  }

  private String article(Random random, int paragraphs) {
    List<String> chosen = new ArrayList<>(paragraphs);
    for (int i = 0; i < paragraphs; i++) {
      List<String> seed = paragraphsBySeed.get(random.nextInt(paragraphsBySeed.size()));
      chosen.add(seed.get(random.nextInt(seed.size())));
    }
    String text = String.join("\n", chosen);
    text = swapCountries(text, random);
    text = swapPeople(text, random);
    return swapNumbers(text, random);
  }

  private static String swapCountries(String text, Random random) {
    // one consistent renaming per article: country i becomes country map[i]
    int[] map = new int[COUNTRIES.length];
    for (int i = 0; i < map.length; i++) {
      map[i] = random.nextInt(COUNTRIES.length);
    }
    Matcher m = COUNTRY_WORD.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String word = m.group(1);
      int to = map[COUNTRY_INDEX.get(word)];
      m.appendReplacement(sb, COUNTRIES[to][IS_ADJECTIVE.get(word) ? 1 : 0]);
    }
    m.appendTail(sb);
    Matcher c = CAPITAL_WORD.matcher(sb.toString());
    StringBuilder out = new StringBuilder(sb.length() + 64);
    while (c.find()) {
      c.appendReplacement(out, Matcher.quoteReplacement(CAPITALS[random.nextInt(CAPITALS.length)]));
    }
    c.appendTail(out);
    return out.toString();
  }

  private static String swapPeople(String text, Random random) {
    // a full name becomes another; later mentions of the same family name follow it
    Map<String, String> family = new HashMap<>();
    Matcher m = PERSON.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String[] words = m.group().split(" ");
      boolean name = true;
      for (String w : words) {
        if (NOT_NAMES.contains(w) || COUNTRY_INDEX.containsKey(w) || CAPITAL_WORDS.contains(w)) {
          name = false;
          break;
        }
      }
      if (!name) {
        continue;
      }
      String last = words[words.length - 1];
      String newLast = family.computeIfAbsent(last, k -> FAMILY[random.nextInt(FAMILY.length)]);
      m.appendReplacement(sb, Matcher.quoteReplacement(GIVEN[random.nextInt(GIVEN.length)] + " " + newLast));
    }
    m.appendTail(sb);
    String out = sb.toString();
    for (Map.Entry<String, String> e : family.entrySet()) {
      out = out.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
    }
    return out;
  }

  private static String swapNumbers(String text, Random random) {
    Matcher m = NUMBER.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group();
      String replacement;
      if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
        replacement = Integer.toString(1950 + random.nextInt(76)); // a plausible year
      } else {
        char[] cs = new char[digits.length()];
        for (int i = 0; i < cs.length; i++) {
          cs[i] = (char) ('0' + (i == 0 && cs.length > 1 ? 1 + random.nextInt(9) : random.nextInt(10)));
        }
        replacement = new String(cs);
      }
      m.appendReplacement(sb, replacement);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The length of {@code s} in UTF-8 bytes. */
  public static int utf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
