/** The JSON form of Entente's model, for Jackson 3: the extraction contract's JSON, both ways. */
module dev.entente.json {
  requires transitive dev.entente.core;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;

  exports dev.entente.json;
}
