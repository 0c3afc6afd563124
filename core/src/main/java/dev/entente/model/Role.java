package dev.entente.model;

/** The kind of office a leader holds, whatever its title in a given state. */
public enum Role {
  /** A president, monarch or supreme leader. */
  HEAD_OF_STATE,
  /** A prime minister, premier or chancellor. */
  HEAD_OF_GOVERNMENT,
  /** A vice-president or deputy prime minister. */
  DEPUTY_HEAD,
  /** The minister, or secretary of state, for foreign affairs. */
  FOREIGN_MINISTER,
  /** The minister, or secretary, of defence. */
  DEFENSE_MINISTER,
  /** Any other member of a government. */
  MINISTER,
  /** A deputy or vice minister. */
  DEPUTY_MINISTER,
  /** A member or speaker of a parliament. */
  LEGISLATOR,
  /** A leader of the opposition, or a rival claimant to office. */
  OPPOSITION,
  /** An ambassador, envoy or other diplomat. */
  DIPLOMAT,
  /** An official below the ranks above: an adviser, a spokesperson, a governor. */
  OFFICIAL,
  /** An office none of the roles above fits. */
  OTHER
}
