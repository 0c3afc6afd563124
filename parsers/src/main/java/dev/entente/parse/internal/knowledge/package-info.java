/**
 * Knowledge that news assumes and does not say (internal): where the venues of diplomacy stand.
 * Each file loads once per JVM and is shared by all parsers.
 */
@NullMarked
package dev.entente.parse.internal.knowledge;

import org.jspecify.annotations.NullMarked;
