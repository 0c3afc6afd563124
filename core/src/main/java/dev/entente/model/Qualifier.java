package dev.entente.model;

/** How exact a reported number is: {@code about $4 billion} is {@link #ABOUT}. */
public enum Qualifier {
  EXACT,
  ABOUT,
  MORE_THAN,
  LESS_THAN,
  AT_LEAST,
  UP_TO
}
