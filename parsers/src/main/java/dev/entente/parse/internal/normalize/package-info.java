/**
 * The machinery of the normalizers (internal): the scanners of amounts and dates, their word lists
 * (data files beside these classes), and the two pipeline stages that fill an article's mentions.
 */
@NullMarked
package dev.entente.parse.internal.normalize;

import org.jspecify.annotations.NullMarked;
