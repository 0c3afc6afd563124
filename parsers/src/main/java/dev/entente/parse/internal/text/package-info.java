/** Reading stage (internal): the article's text as tokens and sentences with offsets into the original. */
@NullMarked
package dev.entente.parse.internal.text;

import org.jspecify.annotations.NullMarked;
