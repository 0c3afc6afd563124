/** The {@code entente} command line: {@code extract [--published YYYY-MM-DD] [--lenient] FILE...}. */
@NullMarked
package dev.entente.examples.cli;

import org.jspecify.annotations.NullMarked;
