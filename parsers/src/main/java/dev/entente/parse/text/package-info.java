/** Reading stage (internal): the article's text as tokens and sentences with offsets into the original. */
@NullMarked
package dev.entente.parse.text;

import org.jspecify.annotations.NullMarked;
