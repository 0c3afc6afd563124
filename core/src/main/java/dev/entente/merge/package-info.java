/**
 * Many articles, one picture: {@link dev.entente.merge.ExtractionMerger} joins the extractions of
 * several reports so that a fact told by four outlets is one fact with four sources.
 */
@NullMarked
package dev.entente.merge;

import org.jspecify.annotations.NullMarked;
