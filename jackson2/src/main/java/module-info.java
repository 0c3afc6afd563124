/** The JSON form of Entente's model, for Jackson 2: the same bytes as {@code dev.entente.json}, both ways. */
module dev.entente.jackson2 {
  requires transitive dev.entente.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports dev.entente.jackson2;
}
