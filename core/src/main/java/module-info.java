/** Entente's domain model and the merge of many articles' extractions. */
module dev.entente.core {
  requires static transitive org.jspecify;

  exports dev.entente.model;
  exports dev.entente.merge;
}
