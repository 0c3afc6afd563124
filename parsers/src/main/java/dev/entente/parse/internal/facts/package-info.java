/**
 * Fact extraction (internal): agreements, trade and investment figures, and arms contracts, read
 * from the mentions earlier stages found, with lexicons in data files beside this package.
 */
@NullMarked
package dev.entente.parse.internal.facts;

import org.jspecify.annotations.NullMarked;
