/** Entente's parsers: from the text of a news report to the domain model. */
module dev.entente.parsers {
  requires transitive dev.entente.core;
  requires static transitive org.jspecify;

  exports dev.entente.parse;
  exports dev.entente.parse.normalize;
}
