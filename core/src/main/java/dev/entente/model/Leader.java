package dev.entente.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person who holds (or held) an office of a state: {@code Vladimir Putin, RUS, "President",
 * HEAD_OF_STATE}. The name is spelled as the article spells it at its fullest; the title is the
 * office as written; the role is what that office is.
 *
 * <pre>{@code
 * Leader putin = new Leader("Vladimir Putin", Country.of("RUS"), "President", Role.HEAD_OF_STATE,
 *     List.of(Span.of(24, 38)));
 * putin.title();                             // "President"; null when the article gives none
 * }</pre>
 */
public record Leader(
    String name, @Nullable Country country, @Nullable String title, Role role, List<Span> evidence)
    implements Fact {

  /**
   * Checks the parts, strips the name and copies the evidence.
   *
   * @param name the name at its fullest, not blank; stripped
   * @param country the state whose office it is, or null when the article does not say
   * @param title the office as written, or null when none is given; not blank
   * @param role what the office is, not null
   * @param evidence the spans of the text it was read from, not null; copied
   * @throws IllegalArgumentException when the name, or a title that is given, is blank
   * @throws NullPointerException naming the part when the name, role or evidence is null
   */
  public Leader {
    name = Checks.notBlank(name, "Leader name").strip();
    title = Checks.blankToNull(title, "Leader title");
    Checks.notNull(role, "Leader role");
    evidence = Checks.copy(evidence, "Leader evidence");
  }

  /**
   * A leader with no evidence, as tests and importers make one.
   *
   * @param name the name at its fullest, not blank
   * @param country the state whose office it is, or null when the article does not say
   * @param title the office as written ({@code "President"}), or null
   * @param role what the office is
   * @return the leader
   */
  public static Leader of(String name, @Nullable Country country, @Nullable String title, Role role) {
    return new Leader(name, country, title, role, List.of());
  }

  /**
   * A copy with other evidence.
   *
   * @param evidence the spans the leader was read from, not null; copied
   * @return the changed copy
   */
  public Leader withEvidence(List<Span> evidence) {
    return new Leader(name, country, title, role, evidence);
  }
}
