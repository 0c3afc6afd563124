/**
 * Entente on Apache Spark: {@link dev.entente.spark.EntenteSpark} reads articles (a DataFrame, JSON
 * Lines, Parquet, text files, HTML pages or WARC archives) and extracts them into the fact tables,
 * the errors and the dossier ({@link dev.entente.spark.SparkExtraction}), written as Parquet;
 * {@link dev.entente.spark.EntenteSparkJob} is the {@code spark-submit} entry point.
 */
@NullMarked
package dev.entente.spark;

import org.jspecify.annotations.NullMarked;
