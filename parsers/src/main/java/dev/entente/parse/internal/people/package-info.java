/**
 * People and their offices (internal): the office lexicon, person-name recognition, and the
 * coreference of later mentions (surname, office reference, pronoun) to the person first named.
 */
@NullMarked
package dev.entente.parse.internal.people;

import org.jspecify.annotations.NullMarked;
