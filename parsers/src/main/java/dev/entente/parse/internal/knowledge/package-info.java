/**
 * Knowledge news assumes (internal): who held which office of which state, and when, read from
 * data files beside this package.
 */
@NullMarked
package dev.entente.parse.internal.knowledge;

import org.jspecify.annotations.NullMarked;
