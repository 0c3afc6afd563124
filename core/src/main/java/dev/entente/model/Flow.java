package dev.entente.model;

/**
 * What a trade figure measures. The figure's reporter is the country whose flow it is: the
 * exporter of an {@link #EXPORT}, the importer of an {@link #IMPORT}, the investor, the donor, the
 * lender; {@link #TURNOVER} is two-way trade.
 */
public enum Flow {
  EXPORT,
  IMPORT,
  TURNOVER,
  INVESTMENT,
  AID,
  LOAN
}
