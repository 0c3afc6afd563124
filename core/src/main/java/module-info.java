/** Entente's domain model and its JSON form. */
module dev.entente.core {
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;

  exports dev.entente.model;
  exports dev.entente.json;
  exports dev.entente.merge;
}
