/**
 * Scores extractions against hand-made gold files with the contract's matching rules, as the
 * evaluation script does: per-type precision, recall and F1, attribute accuracy, article fields and
 * evidence validity. Shared by the tests of every stage.
 */
@NullMarked
package dev.entente.parse.score;

import org.jspecify.annotations.NullMarked;
