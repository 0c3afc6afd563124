/**
 * The facts of an {@link dev.entente.model.ArticleExtraction} as flat tables, one per fact type,
 * and a writer of those tables as CSV files. The column definitions and the rows are the one
 * source of every tabular output, so a CSV file and a table built elsewhere from the same
 * extractions hold the same cells.
 */
@NullMarked
package dev.entente.io.table;

import org.jspecify.annotations.NullMarked;
