/** Fuzz tests: coverage-guided inputs for the parsers and readers, replayed as regression tests. */
@NullMarked
package dev.entente.fuzz;

import org.jspecify.annotations.NullMarked;
