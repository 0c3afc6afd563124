package dev.entente.model;

/** The kind of instrument an agreement is. */
public enum AgreementKind {
  /** A treaty: a binding instrument, usually ratified. */
  TREATY,
  /** An agreement or accord. */
  AGREEMENT,
  /** A memorandum of understanding or of intent. */
  MEMORANDUM,
  /** A commercial contract between states or their companies. */
  CONTRACT,
  /** A protocol to, or amending, an earlier instrument. */
  PROTOCOL,
  /** A joint declaration or statement. */
  DECLARATION,
  /** An instrument none of the kinds above fits: a roadmap, a programme. */
  OTHER
}
