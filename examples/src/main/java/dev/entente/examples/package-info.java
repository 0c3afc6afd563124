/** Short runnable programs that show how Entente's API is used. */
@NullMarked
package dev.entente.examples;

import org.jspecify.annotations.NullMarked;
