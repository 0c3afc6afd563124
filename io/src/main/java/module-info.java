/**
 * Archives in, tables out: articles read from files, folders, lists of paths, HTML pages and WARC
 * archives ({@code dev.entente.io}), and the facts of each extraction as flat tables with a CSV
 * writer ({@code dev.entente.io.table}). No JSON library: a cluster's own Jackson stays its own.
 */
module dev.entente.io {
  requires transitive dev.entente.core;
  requires static transitive org.jspecify;
  requires org.apache.commons.csv;
  requires org.jsoup;
  // jwarc names no module of its own: its jar name gives it.
  requires jwarc;

  exports dev.entente.io;
  exports dev.entente.io.table;
}
