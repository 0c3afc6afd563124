package dev.entente.model;

/** How exact a reported number is: {@code about $4 billion} is {@link #ABOUT}. */
public enum Qualifier {
  /** The number as told, with no hedge. */
  EXACT,
  /** Roughly the number: {@code about}, {@code some}, {@code nearly}. */
  ABOUT,
  /** Above the number: {@code more than}, {@code over}. */
  MORE_THAN,
  /** Below the number: {@code less than}, {@code under}. */
  LESS_THAN,
  /** The number or above: {@code at least}. */
  AT_LEAST,
  /** The number or below: {@code up to}, {@code as much as}. */
  UP_TO
}
