package dev.entente.model;

/** The kind of office a leader holds, whatever its title in a given state. */
public enum Role {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  DEPUTY_HEAD,
  FOREIGN_MINISTER,
  DEFENSE_MINISTER,
  MINISTER,
  DEPUTY_MINISTER,
  LEGISLATOR,
  OPPOSITION,
  DIPLOMAT,
  OFFICIAL,
  OTHER
}
