/** The pipeline (internal): the per-article working document that each stage adds to, and the stage contract. */
@NullMarked
package dev.entente.parse.internal.pipeline;

import org.jspecify.annotations.NullMarked;
