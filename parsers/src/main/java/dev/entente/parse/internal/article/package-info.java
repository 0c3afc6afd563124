/**
 * Article-level reading (internal): page furniture marked as boilerplate, and the article's own
 * metadata (title, byline, dateline, source, stated publication date) read from its opening lines.
 */
@NullMarked
package dev.entente.parse.internal.article;

import org.jspecify.annotations.NullMarked;
