package dev.entente.model;

/**
 * What a trade figure measures. The figure's reporter is the country whose flow it is: the
 * exporter of an {@link #EXPORT}, the importer of an {@link #IMPORT}, the investor, the donor, the
 * lender; {@link #TURNOVER} is two-way trade.
 */
public enum Flow {
  /** Goods or services the reporter sells to the partner. */
  EXPORT,
  /** Goods or services the reporter buys from the partner. */
  IMPORT,
  /** Two-way trade: exports and imports together. */
  TURNOVER,
  /** Capital the reporter invests in the partner. */
  INVESTMENT,
  /** Aid the reporter gives the partner, as grants or in kind. */
  AID,
  /** Money the reporter lends the partner. */
  LOAN
}
