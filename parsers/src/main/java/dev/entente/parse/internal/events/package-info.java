/**
 * Diplomatic events (internal): triggers read from a data file, event frames built over the
 * tokens, people, states and dates of a sentence, and occasions told twice merged into one.
 */
@NullMarked
package dev.entente.parse.internal.events;

import org.jspecify.annotations.NullMarked;
