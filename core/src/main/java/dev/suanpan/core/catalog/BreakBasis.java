package dev.suanpan.core.catalog;

/**
 * How quantity breaks apply to a line: on the whole quantity (every unit at the price or discount
 * of the highest break the quantity reaches, as a price list's "from 100 units: 9.50" usually
 * means), or band by band (each band of the quantity at its own break, as tiered pricing means: the
 * first 99 units at the base, the units from the 100th on at the break).
 */
public enum BreakBasis {
  /** Every unit of the line at the highest break its whole quantity reaches. */
  WHOLE_QUANTITY,

  /** Each band of the quantity at its own break; the line is the sum of its bands. */
  BAND_BY_BAND
}
