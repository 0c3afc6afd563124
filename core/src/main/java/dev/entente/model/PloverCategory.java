package dev.entente.model;

/** The top-level event categories of the PLOVER ontology (Political Language Ontology for Verifiable Event Records). */
public enum PloverCategory {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT,
  OTHER
}
