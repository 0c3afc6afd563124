package dev.entente.parse.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entente.model.DiplomaticEvent;
import dev.entente.model.EdtfDate;
import dev.entente.model.EventType;
import dev.entente.parse.ArticleParser;
import dev.entente.parse.internal.people.World;
import dev.entente.parse.internal.people.World.State;
import dev.entente.proptest.Prop;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Relations established, told as background of a report in the forms reports use ("the first
 * country to establish diplomatic relations with Y, on DATE", "relations, established on DATE",
 * "establishing relations with Y on DATE"): an event on its own day, and the day is not given to a
 * visit told in the same sentence; with random states and dates.
 */
class RelationsPropertiesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 20);
  private static final List<String> FORMS = List.of(
      "%1$s was the first country in its region to establish diplomatic relations with %2$s, on %3$s.",
      "Officials said the anniversary of diplomatic relations between %1$s and %2$s, established on %3$s, gave meaning to the visit.",
      "%1$s switched recognition to %2$s, establishing relations with it on %3$s.");

  record Ties(State x, State y, LocalDate day, String form) {
    String text() {
      String date = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
      return String.format(Locale.ROOT, form, x.name(), y.name(), date);
    }

    Ties swapped() {
      return new Ties(y, x, day, form);
    }
  }

  static Ties ties(SplittableRandom r) {
    State[] s = World.twoStates(r);
    LocalDate day = LocalDate.of(1950 + r.nextInt(60), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
    return new Ties(s[0], s[1], day, World.pick(r, FORMS));
  }

  static List<DiplomaticEvent> events(String text) {
    return PARSER.parse("generated", text, PUBLISHED).events();
  }

  @Test
  void relationsEstablishedInBackgroundFormsAreDatedToTheirDay() {
    Prop.check("relations established", World.gen(RelationsPropertiesTest::ties), t -> {
      List<DiplomaticEvent> got = events(t.text());
      List<DiplomaticEvent> established = got.stream().filter(e -> e.type() == EventType.RELATIONS_ESTABLISHED).toList();
      assertEquals(1, established.size(), () -> t.text() + " -> " + got);
      assertEquals(EdtfDate.of(t.day()), established.get(0).date(), t.text());
      assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(established.get(0).countries()), t.text());
      assertTrue(got.stream().noneMatch(e -> e.type().isConsultation() && EdtfDate.of(t.day()).equals(e.date())),
          () -> t.text() + " -> " + got);
    });
  }

  @Test
  void swappingTheStatesKeepsTheEvent() {
    Prop.check("swap the states", World.gen(RelationsPropertiesTest::ties), t -> {
      List<DiplomaticEvent> ab = events(t.text());
      List<DiplomaticEvent> ba = events(t.swapped().text());
      assertEquals(ab.size(), ba.size(), () -> t.text() + " -> " + ab + " / " + ba);
      for (int k = 0; k < ab.size(); k++) {
        assertEquals(ab.get(k).type(), ba.get(k).type(), t.swapped().text());
        assertEquals(ab.get(k).date(), ba.get(k).date(), t.swapped().text());
        assertEquals(Set.copyOf(ab.get(k).countries()), Set.copyOf(ba.get(k).countries()), t.swapped().text());
      }
    });
  }

  /** Sentences of each change of relations with the event it tells, from {@code relation-changes.tsv}. */
  private static final List<Map.Entry<String, EventType>> CHANGES = changes();

  private static List<Map.Entry<String, EventType>> changes() {
    try (InputStream in = RelationsPropertiesTest.class.getResourceAsStream("relation-changes.tsv")) {
      List<Map.Entry<String, EventType>> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          out.add(Map.entry(cols[1], EventType.valueOf(cols[0])));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void relationsSeveredRestoredOrEstablishedInTheirFormsAreThatEventOnTheirDay() {
    record Change(Ties ties, EventType type) {}
    Prop.check("relations severed or restored", World.gen(r -> {
      Map.Entry<String, EventType> form = World.pick(r, CHANGES);
      Ties t = ties(r);
      return new Change(new Ties(t.x(), t.y(), t.day(), form.getKey()), form.getValue());
    }), c -> {
      for (Ties t : List.of(c.ties(), c.ties().swapped())) {
        List<DiplomaticEvent> got = events(t.text());
        List<DiplomaticEvent> of = got.stream().filter(e -> e.type() == c.type()).toList();
        assertEquals(1, of.size(), () -> t.text() + " -> " + got);
        assertEquals(EdtfDate.of(t.day()), of.get(0).date(), t.text());
        assertEquals(Set.of(t.x().country(), t.y().country()), Set.copyOf(of.get(0).countries()), t.text());
      }
    });
  }
}
