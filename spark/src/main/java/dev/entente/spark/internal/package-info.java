/** The job's parts: the shared parser, the tagged rows of one pass, the facts read back from rows, the dossier's rows. */
@NullMarked
package dev.entente.spark.internal;

import org.jspecify.annotations.NullMarked;
