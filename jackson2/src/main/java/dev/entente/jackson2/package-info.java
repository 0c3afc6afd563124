/**
 * The JSON form of the model on Jackson 2 (2.15 and later): register {@link
 * dev.entente.jackson2.EntenteModule} in an {@code ObjectMapper}, or use {@link
 * dev.entente.jackson2.EntenteJson} for one-line conversions. The bytes are those of {@code
 * dev.entente.json} on Jackson 3, both ways.
 */
@NullMarked
package dev.entente.jackson2;

import org.jspecify.annotations.NullMarked;
