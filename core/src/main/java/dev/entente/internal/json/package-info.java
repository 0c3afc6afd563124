/**
 * The contract's JSON written and read once, over a small stand-in for a JSON library's generator and
 * parser: the Jackson 3 module ({@code dev.entente.json}) and the Jackson 2 module ({@code
 * dev.entente.jackson2}) adapt their library to it, so both give the same bytes and the same errors.
 * Not API: the module exports it to those two modules only.
 */
@NullMarked
package dev.entente.internal.json;

import org.jspecify.annotations.NullMarked;
