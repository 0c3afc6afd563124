/**
 * Knowledge that news assumes and does not say (internal): who held which office of which state,
 * and when; which state makes which weapon system; where cities and the venues of diplomacy stand.
 * Each file loads once per JVM and is shared by all parsers.
 */
@NullMarked
package dev.entente.parse.internal.knowledge;

import org.jspecify.annotations.NullMarked;
