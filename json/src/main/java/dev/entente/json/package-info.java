/**
 * The JSON form of the model: register {@link dev.entente.json.EntenteModule} in a Jackson
 * {@code JsonMapper}, or use {@link dev.entente.json.EntenteJson} for one-line conversions.
 */
@NullMarked
package dev.entente.json;

import org.jspecify.annotations.NullMarked;
