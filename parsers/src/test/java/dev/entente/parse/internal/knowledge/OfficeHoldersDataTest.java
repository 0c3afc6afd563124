package dev.entente.parse.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.Country;
import dev.entente.model.Role;
import dev.entente.parse.internal.gazetteer.CountryGazetteer;
import dev.entente.parse.internal.knowledge.Tenure.Flag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The size of the office-holder files and a check of every line in them. */
class OfficeHoldersDataTest {

  /** Members of the United Nations, and Taiwan, Kosovo, Palestine and the Vatican. */
  static final List<String> STATES = List.of((""
      + "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI "
      + "CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ "
      + "ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR "
      + "KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO "
      + "MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA "
      + "KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS "
      + "TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE "
      + "TWN XKX PSE VAT").trim().split(" "));

  /** States that came into being after 1990-01-01, by the year from which each must have a head line. */
  static final Map<String, Integer> FOUNDED = Map.ofEntries(
      Map.entry("NAM", 1990), Map.entry("YEM", 1990), Map.entry("MHL", 1990), Map.entry("FSM", 1990),
      Map.entry("RUS", 1991), Map.entry("UKR", 1991), Map.entry("BLR", 1991), Map.entry("MDA", 1991), Map.entry("EST", 1991),
      Map.entry("LVA", 1991), Map.entry("LTU", 1991), Map.entry("GEO", 1991), Map.entry("ARM", 1991), Map.entry("AZE", 1991),
      Map.entry("KAZ", 1991), Map.entry("KGZ", 1991), Map.entry("TJK", 1991), Map.entry("TKM", 1991), Map.entry("UZB", 1991),
      Map.entry("SVN", 1991), Map.entry("HRV", 1991), Map.entry("MKD", 1991), Map.entry("BIH", 1992), Map.entry("CZE", 1993),
      Map.entry("SVK", 1993), Map.entry("ERI", 1993), Map.entry("PLW", 1994), Map.entry("TLS", 2002), Map.entry("MNE", 2006),
      Map.entry("SRB", 2006), Map.entry("XKX", 2008), Map.entry("SSD", 2011));

  /** States whose heads change too often to list: San Marino's two Captains Regent serve six months. */
  static final Set<String> NOT_LISTED = Set.of("SMR");

  /** Years in which a state had no head anyone recognised: Somalia between the Cairo accord and the Arta conference. */
  static final Map<String, Set<Integer>> NO_HEAD = Map.of("SOM", Set.of(1998, 1999));

  private static final LocalDate OPEN_END = LocalDate.of(2025, 12, 31);
  private static final Set<Role> HEAD_ROLES = EnumSet.of(Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT);

  private final OfficeHolders holders = OfficeHolders.standard();

  @Test
  void sizeOfTheHeadsFile() {
    List<Tenure> heads = heads();
    Set<String> states = new TreeSet<>();
    Set<String> people = new TreeSet<>();
    for (Tenure t : heads) {
      people.add(OfficeHolders.fold(t.name()));
      if ((t.end() == null || t.end().getYear() >= 1990) && STATES.contains(t.country().code())) {
        states.add(t.country().code());
      }
    }
    System.out.printf("heads.tsv: %d tenures, %d people, %d of the %d states with a head line 1990-2025%n",
        heads.size(), people.size(), states.size(), STATES.size());
    assertTrue(states.size() >= 190, "states with a head line 1990-2025: " + states.size());
    assertTrue(heads.size() >= 3219, "tenures: " + heads.size());
    assertTrue(people.size() >= 2736, "people: " + people.size());
  }

  @Test
  void sizeOfTheMinistersFile() {
    List<Tenure> ministers = holders.tenures().stream().filter(t -> !HEAD_ROLES.contains(t.role())).toList();
    long full = ministers.stream().filter(t -> t.has(Flag.FULL)).count();
    System.out.printf("ministers.tsv: %d tenures, %d found by the full name only%n", ministers.size(), full);
    assertTrue(ministers.size() >= 3708, "tenures: " + ministers.size());
  }

  @Test
  void everyLineHasEightTrimmedColumnsAndKnownValues() throws IOException {
    Set<Country> gazetteer = CountryGazetteer.standard().states();
    List<String> bad = new ArrayList<>();
    for (String file : List.of("heads.tsv", "ministers.tsv")) {
      int number = 0;
      for (String line : lines(file)) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String where = file + ":" + number + " ";
        String[] cols = line.split("\t", -1);
        if (cols.length != 8) {
          bad.add(where + cols.length + " columns");
          continue;
        }
        for (String c : cols) {
          if (!c.equals(c.strip()) || c.contains("||") || c.startsWith("|") || c.endsWith("|")) {
            bad.add(where + "stray space or separator in \"" + c + "\"");
          }
        }
        if (!Country.isKnown(cols[2]) || !Country.of(cols[2]).isFormer() && !gazetteer.contains(Country.of(cols[2]))) {
          bad.add(where + "country " + cols[2]);
        }
        boolean head = cols[3].equals("HEAD_OF_STATE") || cols[3].equals("HEAD_OF_GOVERNMENT");
        if (file.equals("heads.tsv") != head) {
          bad.add(where + "role " + cols[3] + " in " + file);
        }
        if (cols[4].isEmpty() || cols[5].isEmpty()) {
          bad.add(where + "no title or start");
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theBothFlagMarksHeadsOfState() {
    List<String> bad = new ArrayList<>();
    for (Tenure t : holders.tenures()) {
      if (t.has(Flag.BOTH) && t.role() != Role.HEAD_OF_STATE) {
        bad.add(t.name() + " " + t.country().code());
      }
      if (t.end() != null && t.end().isAfter(OPEN_END) || t.start().isAfter(OPEN_END)) {
        bad.add(t.name() + " dated after 2025");
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noTwoHoldersOfOneOfficeOverlapUnlessMarked() {
    Map<String, List<Tenure>> byOffice = new HashMap<>();
    for (Tenure t : heads()) {
      byOffice.computeIfAbsent(t.country().code() + " " + t.role(), k -> new ArrayList<>()).add(t);
    }
    List<String> bad = new ArrayList<>();
    byOffice.forEach((office, list) -> {
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Tenure a = list.get(i);
          Tenure b = list.get(j);
          if (OfficeHolders.fold(a.name()).equals(OfficeHolders.fold(b.name())) || marked(a) || marked(b)) {
            continue;
          }
          LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
          LocalDate to = end(a).isBefore(end(b)) ? end(a) : end(b);
          if (from.plusDays(31).isBefore(to)) {
            bad.add(office + ": " + a.name() + " " + a.start() + "/" + a.end() + " and " + b.name() + " " + b.start() + "/" + b.end());
          }
        }
      }
    });
    assertEquals(List.of(), bad);
  }

  @Test
  void everyStateHasAHeadInEveryYearFrom1990() {
    Map<String, boolean[]> years = new LinkedHashMap<>();
    for (Tenure t : heads()) {
      boolean[] y = years.computeIfAbsent(t.country().code(), k -> new boolean[36]);
      for (int year = Math.max(1990, t.start().getYear()); year <= Math.min(2025, end(t).getYear()); year++) {
        y[year - 1990] = true;
      }
    }
    List<String> missing = new ArrayList<>();
    for (String state : STATES) {
      if (NOT_LISTED.contains(state)) {
        continue;
      }
      boolean[] y = years.getOrDefault(state, new boolean[36]);
      StringBuilder gaps = new StringBuilder();
      for (int year = FOUNDED.getOrDefault(state, 1990); year <= 2025; year++) {
        if (!y[year - 1990] && !NO_HEAD.getOrDefault(state, Set.of()).contains(year)) {
          gaps.append(' ').append(year);
        }
      }
      if (gaps.length() > 0) {
        missing.add(state + gaps);
      }
    }
    assertEquals(197, STATES.size());
    assertEquals(List.of(), missing);
  }

  /** States news of the 1970s and 1980s names often, whose heads the file gives before 1990 too. */
  static final List<String> LISTED_BEFORE_1990 = List.of(
      "VNM", "MEX", "AFG", "GHA", "TZA", "CSK", "IRQ", "ISR", "KOR", "PHL", "CAN", "AUS", "IRL", "ESP", "POL", "HUN", "MLT",
      "AGO", "MOZ");

  /** States whose foreign ministers the file gives before 1990 beyond the permanent five and those of 1945. */
  static final List<String> MINISTERS_BEFORE_1990 =
      List.of("ISR", "MEX", "CUB", "FIN", "IRL", "CAN", "AUS", "DNK", "SWE", "ITA", "BRA", "DZA");

  @Test
  void theStatesListedBefore1990HaveAHeadInEveryYearFrom1976() {
    assertEquals(List.of(), yearsWithout(LISTED_BEFORE_1990, HEAD_ROLES));
  }

  /** States whose heads the file gives for every year of the 1960s-1980s, beyond the permanent five and those of 1945. */
  static final List<String> LISTED_FROM_1960 = List.of(
      "TUN", "IRN", "SAU", "TUR", "ITA", "SWE", "DNK", "FIN", "NLD", "AUT", "BRA", "COL", "CHL", "NOR", "BEL", "IDN", "NGA",
      "ETH", "EGY", "ISL");

  /** Parliamentary republics whose presidents the file gives beside their prime ministers in every year from 1990. */
  static final List<String> PRESIDENTS_BESIDE_A_PRIME_MINISTER = List.of("WSM", "VUT", "FJI");

  @Test
  void theStatesListedFrom1960HaveAHeadInEveryYearTo1989() {
    assertEquals(List.of(), yearsWithout(LISTED_FROM_1960, 1960, 1990, t -> HEAD_ROLES.contains(t.role())));
  }

  @Test
  void theRepublicsListedHaveAHeadOfStateInEveryYearFrom1990() {
    assertEquals(List.of(), yearsWithout(PRESIDENTS_BESIDE_A_PRIME_MINISTER, 1990, 2026, t -> t.role() == Role.HEAD_OF_STATE));
  }

  @Test
  void theStatesListedBefore1990HaveAForeignMinisterInEveryYearFrom1976() {
    assertEquals(List.of(), yearsWithout(MINISTERS_BEFORE_1990, EnumSet.of(Role.FOREIGN_MINISTER)));
  }

  /**
   * Japan's government writes its holders' names family name first in English since 2020 ("KISHIDA
   * Fumio"), and news from Japan follows it: every head and minister in office since then is found by
   * that form too. A given name of three letters or fewer (a word or an abbreviation in English) is left
   * out, since the form's derived surname would be that given name alone.
   */
  @Test
  void japansHoldersSince2020AreFoundFamilyNameFirst() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Tenure t : holders.tenures()) {
      String[] words = t.name().split(" ");
      if (!t.country().code().equals("JPN") || end(t).isBefore(from) || words.length != 2 || words[0].length() <= 3
          || t.role() == Role.DEPUTY_HEAD || t.role() == Role.LEGISLATOR) {
        continue;
      }
      checked++;
      LocalDate day = t.start().isAfter(from) ? t.start() : from;
      if (!holders.holders(words[1].toUpperCase(java.util.Locale.ROOT) + " " + words[0], day).contains(t)) {
        missing.add(t.name() + " " + t.role());
      }
    }
    assertTrue(checked >= 20, "tenures checked: " + checked);
    assertEquals(List.of(), missing);
  }

  /** Deputy offices one person holds at a time (a vice presidency, a legislature's chair), unlike a vice premiership. */
  private static boolean singleHolder(Tenure t) {
    return (t.role() == Role.DEPUTY_HEAD || t.role() == Role.LEGISLATOR) && !t.title().equals("Vice Premier")
        && !t.title().startsWith("First Deputy");
  }

  @Test
  void noTwoHoldersOfOneDeputyOfficeOverlap() {
    List<Tenure> deputies = holders.tenures().stream().filter(OfficeHoldersDataTest::singleHolder).toList();
    assertTrue(deputies.size() >= 75, "single-holder deputy tenures: " + deputies.size());
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < deputies.size(); i++) {
      for (int j = i + 1; j < deputies.size(); j++) {
        Tenure a = deputies.get(i);
        Tenure b = deputies.get(j);
        if (!a.country().equals(b.country()) || !a.title().equals(b.title()) || a.name().equals(b.name())) {
          continue;
        }
        LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate to = end(a).isBefore(end(b)) ? end(a) : end(b);
        if (from.plusDays(31).isBefore(to)) {
          bad.add(a.country().code() + " " + a.title() + ": " + a.name() + " and " + b.name());
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theUnitedStatesAndChinaHaveADeputyInEveryYearFrom1990() {
    List<String> missing = new ArrayList<>();
    for (String state : List.of("USA", "CHN")) {
      for (int year = 1990; year <= 2025; year++) {
        LocalDate day = LocalDate.of(year, 7, 1);
        boolean held = holders.tenures().stream().anyMatch(t -> t.role() == Role.DEPUTY_HEAD && t.country().code().equals(state)
            && !t.start().isAfter(day) && !end(t).isBefore(day));
        if (!held) {
          missing.add(state + " " + year);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * States whose defence ministers the file gives in every year from 1990 (Japan's from the Defense
   * Agency's; Russia's and Ukraine's from 1992; India's with the prime ministers who kept the ministry;
   * Algeria's with the heads of state who hold it; Qatar's with the emir who held it to 2013; Bangladesh's with the heads of government who hold it; Nigeria's with the head who held it to 1998;
   * Kenya's with the presidents in whose office it lay to 2004; Morocco's with the King who commanded the
   * armed forces without a minister to 1998; Brazil's from its ministry's founding, see {@link
   * #DEFENCE_MINISTRY_FOUNDED}).
   */
  static final List<String> DEFENCE_FROM_1990 = List.of(
      "USA", "GBR", "FRA", "CHN", "DEU", "JPN", "CAN", "AUS", "ESP", "ISR", "NOR", "SWE", "FIN", "ITA", "GRC", "NLD", "IDN",
      "EGY", "VNM", "RUS", "ARG", "IND", "KOR", "MEX", "SAU", "ZAF", "TUR", "IRN", "UKR", "POL", "TWN", "ARE", "SYR", "PHL",
      "MYS", "SGP", "CHL", "COL", "NZL", "BEL", "CUB", "BRA", "DZA", "KAZ", "QAT", "ETH", "IRQ", "UZB", "PRK", "BGD", "NGA",
      "KEN", "MAR", "THA", "VEN", "PER", "AZE", "PAK");

  /**
   * States whose ministry of defence was founded after 1990, by the year from which they count: Brazil's
   * of 1999, which took the place of the army's, navy's and air force's ministries (as the Soviet Union's
   * successors count from 1992).
   */
  static final Map<String, Integer> DEFENCE_MINISTRY_FOUNDED = Map.of("BRA", 1999);

  /** The years without a defence minister of the states listed, each from 1990 or its ministry's founding. */
  private List<String> yearsWithoutDefence(List<String> states) {
    List<String> missing = new ArrayList<>();
    for (String state : states) {
      missing.addAll(yearsWithout(List.of(state), DEFENCE_MINISTRY_FOUNDED.getOrDefault(state, 1990), 2026,
          OfficeHoldersDataTest::defence));
    }
    return missing;
  }

  /**
   * States whose finance ministers the file gives in every year from 1990 (Russia's from 1992; Malaysia's,
   * Pakistan's and Thailand's with the prime ministers who kept the ministry; Algeria's with its economy
   * ministers where that was the office, one of them the head of government).
   */
  static final List<String> FINANCE_FROM_1990 = List.of(
      "USA", "GBR", "FRA", "CHN", "DEU", "JPN", "CAN", "AUS", "IND", "ISR", "FIN", "ITA", "NLD", "BEL", "AUT", "IRL", "CHE",
      "RUS", "ARG", "BRA", "IDN", "MEX", "SAU", "ZAF", "IRN", "POL", "ESP", "ARE", "PHL", "SGP", "CHL", "NZL", "GRC", "SWE",
      "NOR", "MYS", "EGY", "KOR", "PAK", "VNM", "TWN", "KEN", "THA", "COL", "PER", "BGD", "MAR", "NGA", "QAT", "DZA",
      "SYR");

  /** States whose foreign ministers the file gives in every year from 1990 (from 1992 for the Soviet Union's successors). */
  static final List<String> FOREIGN_FROM_1990 = List.of(
      "USA", "GBR", "FRA", "CHN", "RUS", "DEU", "JPN", "IND", "EGY", "IRN", "SAU", "KEN", "LBN", "DZA", "MAR", "TWN", "KWT", "TUR",
      "ISR", "ARG", "AUS", "BRA", "CAN", "IDN", "ITA", "KOR", "MEX", "ZAF", "PAK", "UKR", "POL", "ESP", "NLD", "KAZ", "VNM", "ARE",
      "NGA", "IRQ", "SYR", "PHL", "THA", "MYS", "SGP", "CHL", "VEN", "COL", "PER", "NZL", "GRC", "SWE", "NOR", "FIN", "BEL",
      "AZE", "CUB", "PRK", "BGD", "ETH", "LBY");

  /** States whose ministers for trade (or economy with trade) the file gives in every year from 1990. */
  static final List<String> TRADE_FROM_1990 =
      List.of("GBR", "DEU", "USA", "CHN", "AUS", "CAN", "IND", "MEX", "ESP", "NZL", "JPN", "RUS", "ITA", "IDN", "SAU", "IRN", "ISR",
      "PHL", "MYS", "CHL", "CUB", "SGP", "FRA", "NLD", "FIN", "NOR", "TWN", "IRQ", "SYR", "BRA", "VNM");

  @Test
  void theStatesListedHaveADefenceMinisterInEveryYearFrom1990() {
    assertEquals(List.of(), yearsWithoutDefence(DEFENCE_FROM_1990));
  }

  @Test
  void theStatesListedHaveAFinanceMinisterInEveryYearFrom1990() {
    assertEquals(List.of(), yearsWithout(FINANCE_FROM_1990, 1990, 2026, OfficeHoldersDataTest::finance));
  }

  @Test
  void theStatesListedHaveAForeignMinisterInEveryYearFrom1990() {
    assertEquals(List.of(), yearsWithout(FOREIGN_FROM_1990, 1990, 2026, OfficeHoldersDataTest::foreign));
  }

  @Test
  void theStatesListedHaveATradeMinisterInEveryYearFrom1990() {
    assertEquals(List.of(), yearsWithout(TRADE_FROM_1990, 1990, 2026, OfficeHoldersDataTest::trade));
  }

  /**
   * The 60 states most present in international news, whose foreign, defence, finance and trade
   * ministers the file is to give for every year from 1990: the five permanent members of the Security
   * Council; the other fourteen states of the G20; and the states the corpus's {@code pairs} and
   * {@code regions} tags name most (the Soviet Union's and Yugoslavia's successors aside, each named in
   * eight or more of dev's pairs), completed with the regional powers and conflict parties world news
   * names most in every region: the Middle East and North Africa, sub-Saharan Africa, South and Central
   * Asia, East and South-East Asia, Europe, Latin America and Oceania.
   */
  static final List<String> MOST_IN_NEWS = List.of((""
      + "USA GBR FRA CHN RUS "
      + "ARG AUS BRA CAN DEU IND IDN ITA JPN KOR MEX SAU ZAF TUR "
      + "IRN EGY ISR PAK UKR POL ESP NLD KAZ VNM TWN QAT ARE NGA ETH KEN DZA MAR IRQ SYR LBY "
      + "PHL THA MYS SGP CHL VEN COL PER NZL GRC SWE NOR FIN BEL AZE UZB KWT CUB PRK BGD").split(" "));

  /** The offices the coverage counts, by the name it prints. */
  private static final Map<String, Predicate<Tenure>> OFFICES = new LinkedHashMap<>();

  static {
    OFFICES.put("foreign", OfficeHoldersDataTest::foreign);
    OFFICES.put("defence", OfficeHoldersDataTest::defence);
    OFFICES.put("finance", OfficeHoldersDataTest::finance);
    OFFICES.put("trade", OfficeHoldersDataTest::trade);
  }

  /**
   * The coverage of the ministers' file: of the {@link #MOST_IN_NEWS} states, how many have a holder of
   * each office in every year from 1990 (from a state's first whole year where it came into being
   * later, and for defence from its ministry's founding), printed with the states that do not; and the
   * floors the file is held to.
   */
  @Test
  void coverageOfTheStatesMostInNews() {
    assertEquals(60, MOST_IN_NEWS.size());
    assertEquals(60, new TreeSet<>(MOST_IN_NEWS).size());
    Map<String, Integer> complete = new LinkedHashMap<>();
    OFFICES.forEach((office, test) -> {
      List<String> lacking = new ArrayList<>();
      for (String state : MOST_IN_NEWS) {
        List<String> years = office.equals("defence")
            ? yearsWithoutDefence(List.of(state))
            : yearsWithout(List.of(state), 1990, 2026, test);
        if (!years.isEmpty()) {
          lacking.add(state);
        }
      }
      complete.put(office, MOST_IN_NEWS.size() - lacking.size());
      System.out.printf("coverage %-8s %2d of %d states in every year 1990-2025; not: %s%n",
          office, MOST_IN_NEWS.size() - lacking.size(), MOST_IN_NEWS.size(), String.join(" ", lacking));
    });
    assertTrue(complete.get("foreign") >= 58, "foreign: " + complete);
    assertTrue(complete.get("defence") >= 58, "defence: " + complete);
    assertTrue(complete.get("finance") >= 48, "finance: " + complete);
    assertTrue(complete.get("trade") >= 31, "trade: " + complete);
  }

  private static boolean foreign(Tenure t) {
    return t.role() == Role.FOREIGN_MINISTER;
  }

  private static boolean defence(Tenure t) {
    return t.role() == Role.DEFENSE_MINISTER;
  }

  /**
   * A minister for trade by the title news gives the office: trade, business or commerce (the US
   * Trade Representative and Commerce Secretary, Japan's economy, trade and industry minister, China's
   * and India's commerce ministers), foreign economic relations (Poland's ministry of 1987-1996) or an
   * economy ministry that holds trade, by whatever name news gives it (economy, economic affairs as in
   * Taiwan, economic development as in Azerbaijan).
   */
  private static boolean trade(Tenure t) {
    String title = t.title();
    return t.role() == Role.MINISTER && (title.contains("Trade") || title.contains("Business") || title.contains("Commerce")
        || title.contains("Foreign Economic")
        || title.startsWith("Econom") && !ECONOMY_IS_FINANCE.contains(t.country().code()));
  }

  /**
   * States whose economy minister is their finance minister (Iran's "minister of economic affairs and
   * finance", Peru's "minister of economy and finance"), no trade minister.
   */
  private static final Set<String> ECONOMY_IS_FINANCE = Set.of("IRN", "PER");

  /** A minister of finance by the title news gives the office (finance, treasury, exchequer, economy). */
  private static boolean finance(Tenure t) {
    String title = t.title();
    return t.role() == Role.MINISTER
        && (title.contains("Financ") || title.contains("Treasur") || title.contains("Exchequer") || title.startsWith("Economy"));
  }

  /** The states and years 1976-1989 in which no holder of one of the roles is in office half a year either side of July. */
  private List<String> yearsWithout(List<String> states, Set<Role> roles) {
    return yearsWithout(states, 1976, 1990, t -> roles.contains(t.role()));
  }

  /** The states and years in [from, to) in which no tenure that {@code office} accepts is held half a year either side of July. */
  private List<String> yearsWithout(List<String> states, int from, int to, Predicate<Tenure> office) {
    List<String> missing = new ArrayList<>();
    for (String state : states) {
      // a state that came into being after 1990 from its first whole year (the Soviet Union's successors from 1992)
      int first = from == 1990 && FOUNDED.containsKey(state) ? FOUNDED.get(state) + 1 : from;
      for (int year = first; year < to; year++) {
        LocalDate day = LocalDate.of(year, 7, 1);
        boolean held = holders.tenures().stream().anyMatch(t -> office.test(t) && t.country().code().equals(state)
            && t.start().isBefore(day.plusMonths(6)) && !end(t).isBefore(day.minusMonths(6)));
        if (!held) {
          missing.add(state + " " + year);
        }
      }
    }
    return missing;
  }

  private List<Tenure> heads() {
    List<Tenure> out = new ArrayList<>();
    for (Tenure t : holders.tenures()) {
      if (HEAD_ROLES.contains(t.role())) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean marked(Tenure t) {
    return t.has(Flag.SHARED) || t.has(Flag.DISPUTED) || t.has(Flag.ACTING);
  }

  private static LocalDate end(Tenure t) {
    return t.end() == null ? OPEN_END : t.end();
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in = OfficeHolders.class.getResourceAsStream(file)) {
      assertTrue(in != null, file);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
  }
}
