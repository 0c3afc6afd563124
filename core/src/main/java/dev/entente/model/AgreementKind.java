package dev.entente.model;

/** The kind of instrument an agreement is. */
public enum AgreementKind {
  TREATY,
  AGREEMENT,
  MEMORANDUM,
  CONTRACT,
  PROTOCOL,
  DECLARATION,
  OTHER
}
