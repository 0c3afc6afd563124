/**
 * Country tagging stage (internal): the gazetteer of states' names, adjectives, capitals and seats
 * of government, loaded once from data files, and the stage that finds them in an article.
 */
@NullMarked
package dev.entente.parse.internal.gazetteer;

import org.jspecify.annotations.NullMarked;
