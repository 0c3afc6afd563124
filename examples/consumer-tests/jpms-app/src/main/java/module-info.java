/** An application module that reads articles with Entente and writes the contract's JSON. */
module example.jpms {
  requires dev.entente.parsers;
  requires dev.entente.json;
}
