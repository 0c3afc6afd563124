/** Fuzz tests of the JSON reader: coverage-guided inputs, replayed as regression tests. */
@NullMarked
package dev.entente.fuzz;

import org.jspecify.annotations.NullMarked;
