package dev.entente.parse.internal.people;

/**
 * Where the state of a person's office came from, in the order the rules are tried (see the
 * package's documentation): the first that gives a state wins.
 */
enum StateRule {
  /** A state word the grammar ties to the office: adjective, possessive, "of X", apposition, "his [adjective] counterpart". */
  TEXT,
  /** An office only one state has ("Taoiseach", "State Duma speaker"). */
  PINNED,
  /** The office-holder dictionary, by the person's name and the article's date. */
  DICTIONARY,
  /** "[A] was accompanied by [office] B": the side of the one accompanied, the person the sentence opens with. */
  ACCOMPANYING,
  /** "counterpart" with no state word: the other party to the person faced. */
  COUNTERPART,
  /** "[office] A and [adjective] [office] B": a state word on the later of a pair alone; A is of the other party. */
  CONTRAST,
  /** "the visiting premier": the party that is not the host. */
  VISITING,
  /** Across a verb of meeting from someone of a known state: another state the passage names. */
  ENCOUNTER,
  /** Named after someone of a known state with no meeting between and not only joined by "and": the same side. */
  SAME_SIDE,
  /** An unqualified office in a report from a state's national news agency, or an outlet whose name or masthead holds a state, about that state and another. */
  OUTLET,
  /** An unqualified office in a report datelined in a state that the report is about. */
  DATELINE,
  /** A head of state or government: a state named just before whose office no one else holds. */
  UNCLAIMED
}
