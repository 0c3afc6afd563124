/** The check of a module's public API against its committed listing, {@code api.txt}. */
@NullMarked
package dev.entente.apisurface;

import org.jspecify.annotations.NullMarked;
