/** Entente's domain model and the merge of many articles' extractions. */
module dev.entente.core {
  requires static transitive org.jspecify;

  exports dev.entente.model;
  exports dev.entente.merge;
  // the contract's JSON, written once for both Jackson lines; not API
  exports dev.entente.internal.json to dev.entente.json, dev.entente.jackson2;
}
