/**
 * Diplomatic events (internal): triggers read from a data file, event frames built over the
 * tokens, people, states and dates of a sentence, and occasions told twice merged into one.
 *
 * <p>What makes an occasion. An occasion is one thing that happened (or is announced) between
 * states on one day or over one span of days: a meeting, a visit, a call, relations established,
 * severed or restored, a recognition, a joint exercise. It is told by a trigger phrase
 * ({@code triggers.tsv}) and framed by its clause: the people and states of the clause that take
 * part, the place after the trigger ("at the Kremlin in Moscow" keeps the venue and the city as
 * written) and the clause's date, or none. Its parts, by what they do:
 * <ul>
 *   <li>triggers: {@code TriggerLexicon} reads the phrases, {@code SentenceWords} the words of
 *       phrases and cues of each token, {@code SentenceTriggers} keeps those of a sentence that
 *       tell an occasion (not negated, not a habit);
 *   <li>the frame of one occasion: {@code OccasionFrame} (type, people, place, whether planned),
 *       {@code StandIns} (people named by "the two leaders" or "received him"),
 *       {@code OccasionStates} (the states of the clause, of the place's host on the day, of the
 *       sentence when nothing else names a party) and {@code Places};
 *   <li>the dates of an occasion: {@code ClauseDates} (which dates a clause has),
 *       {@code TriggerDates} (which trigger each belongs to), {@code ReportDay} (the report's own
 *       day for what is told without one), {@code AheadDays} (days that lie ahead),
 *       {@code VisitSpans} and {@code VisitClauses} (a visit's days);
 *   <li>merging retellings: {@code SameDayDrafts} (dated drafts of one occasion),
 *       {@code Retellings} with {@code RetoldConsultations} (undated ones joining the occasion
 *       they retell) and {@code VisitDays};
 *   <li>the visit that talks in a host's city tell without naming it: {@code GuestVisits};
 *   <li>which occasions are events between states, as records: {@code KeptEvents}.
 * </ul>
 * The policy: a meeting, a visit and a call are one family, and two tellings of the family on one
 * day by the same people or states are one occasion; a visit of several days is one interval from
 * arrival to departure when the text gives its days, and talks of two leaders on one day of it are
 * a meeting of their own on that day beside it, and talks held in a city of one of their states with
 * no visit told are also the guests' visit to it that day; a signing is a meeting only when people of two
 * states sign or witness it together; talks told with their medium (telephone, video) are a call;
 * an occasion of a background paragraph keeps its own date ("in 2015") or none, never the
 * report's day; an announced occasion is kept as planned.
 */
@NullMarked
package dev.entente.parse.internal.events;

import org.jspecify.annotations.NullMarked;
