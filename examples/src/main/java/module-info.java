/** Entente's examples: the {@code entente} command line and a short tour of the API. */
module dev.entente.examples {
  requires dev.entente.parsers;
  requires dev.entente.json;
  requires dev.entente.io;
  requires static org.jspecify;

  exports dev.entente.examples;
  exports dev.entente.examples.cli;
}
