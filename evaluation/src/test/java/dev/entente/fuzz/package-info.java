/** Fuzz tests across modules: text parsed, written as JSON and read back, replayed as regression tests. */
@NullMarked
package dev.entente.fuzz;

import org.jspecify.annotations.NullMarked;
