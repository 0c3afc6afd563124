/**
 * The immutable domain model of Entente: states, leaders, agreements, trade figures, arms
 * contracts and diplomatic events read from news reports, each with the evidence it was read from.
 *
 * <p>Every type is a value: immutable, equal by value, validated when built, and free of any
 * serialisation framework. {@code dev.entente.json} gives the model its JSON form.
 */
@NullMarked
package dev.entente.model;

import org.jspecify.annotations.NullMarked;
