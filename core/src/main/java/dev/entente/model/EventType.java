package dev.entente.model;

/**
 * The type of a diplomatic event, with its place in the two common event ontologies: the CAMEO
 * root code (Conflict and Mediation Event Observations, two digits) and the PLOVER category.
 */
public enum EventType {
  /** Talks, summits, sideline meetings (CAMEO 04 Consult; 043/044). */
  MEETING("04", PloverCategory.CONSULT),
  /** Official, state and working visits (CAMEO 042/043). */
  VISIT("04", PloverCategory.CONSULT),
  /** Phone and video calls (CAMEO 040/041). */
  CALL("04", PloverCategory.CONSULT),
  /** Diplomatic relations established (CAMEO 05 Engage in diplomatic cooperation). */
  RELATIONS_ESTABLISHED("05", PloverCategory.COOPERATE),
  /** Diplomatic relations broken off (CAMEO 16 Reduce relations; 161). */
  RELATIONS_SEVERED("16", PloverCategory.REJECT),
  /** Diplomatic relations resumed (CAMEO 05 Engage in diplomatic cooperation). */
  RELATIONS_RESTORED("05", PloverCategory.COOPERATE),
  /** Recognition of a state or government (CAMEO 054 Grant diplomatic recognition). */
  RECOGNITION("05", PloverCategory.COOPERATE),
  /** Joint exercises and military games (CAMEO 06 Engage in material cooperation; 062). */
  MILITARY_EXERCISE("06", PloverCategory.COOPERATE),
  /** Anything else worth recording (CAMEO 01 Make public statement). */
  OTHER("01", PloverCategory.OTHER);

  private final String cameoRoot;
  private final PloverCategory plover;

  EventType(String cameoRoot, PloverCategory plover) {
    this.cameoRoot = cameoRoot;
    this.plover = plover;
  }

  /**
   * The two-digit CAMEO root code, e.g. {@code "04"} for a meeting.
   *
   * @return the code, {@code "01"} to {@code "20"}
   */
  public String cameoRoot() {
    return cameoRoot;
  }

  /**
   * The PLOVER category, e.g. {@link PloverCategory#CONSULT} for a meeting.
   *
   * @return the category, never null
   */
  public PloverCategory plover() {
    return plover;
  }

  /**
   * Whether the event is a consultation (meeting, visit or call), which outlets often blur.
   *
   * @return true for {@link #MEETING}, {@link #VISIT} and {@link #CALL}
   */
  public boolean isConsultation() {
    return this == MEETING || this == VISIT || this == CALL;
  }
}
