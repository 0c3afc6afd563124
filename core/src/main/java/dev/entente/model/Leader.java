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

  public Leader {
    name = Checks.notBlank(name, "Leader name").strip();
    title = Checks.blankToNull(title, "Leader title");
    Checks.notNull(role, "Leader role");
    evidence = Checks.copy(evidence, "Leader evidence");
  }

  public static Leader of(String name, @Nullable Country country, @Nullable String title, Role role) {
    return new Leader(name, country, title, role, List.of());
  }

  public Leader withEvidence(List<Span> evidence) {
    return new Leader(name, country, title, role, evidence);
  }
}
