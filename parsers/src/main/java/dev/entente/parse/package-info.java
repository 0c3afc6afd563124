/**
 * The parser entry point: {@link dev.entente.parse.ArticleParser} turns the text of one news
 * report into an {@link dev.entente.model.ArticleExtraction}.
 */
@NullMarked
package dev.entente.parse;

import org.jspecify.annotations.NullMarked;
