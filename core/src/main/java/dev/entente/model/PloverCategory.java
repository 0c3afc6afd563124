package dev.entente.model;

/** The top-level event categories of the PLOVER ontology (Political Language Ontology for Verifiable Event Records). */
public enum PloverCategory {
  /** Agree to, or sign, an agreement, a ceasefire or a settlement. */
  AGREE,
  /** Meet, visit, talk or negotiate. */
  CONSULT,
  /** Praise, endorse or back another party's position. */
  SUPPORT,
  /** Give way: ease sanctions, release prisoners, accept demands. */
  CONCEDE,
  /** Work together in practice: joint exercises, shared intelligence, trade. */
  COOPERATE,
  /** Give economic, military or humanitarian aid. */
  AID,
  /** Withdraw forces, de-escalate or lift a blockade. */
  RETREAT,
  /** Ask for help, talks or a change of policy. */
  REQUEST,
  /** Blame or criticise another party. */
  ACCUSE,
  /** Refuse a proposal, a request or a demand. */
  REJECT,
  /** Threaten force, sanctions or other consequences. */
  THREATEN,
  /** Demonstrate, or lodge a formal protest. */
  PROTEST,
  /** Impose sanctions, expel diplomats or break off relations. */
  SANCTION,
  /** Mass troops or put forces on alert. */
  MOBILIZE,
  /** Seize, arrest, blockade or otherwise use force short of an attack. */
  COERCE,
  /** Attack with armed force. */
  ASSAULT,
  /** An event that fits none of the categories above. */
  OTHER
}
