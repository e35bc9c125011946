package dev.suanpan.core.settlement.cancellation;

/**
 * What happens to a deposit (定金) when a sale is cancelled (Civil Code, art. 587): the party that
 * gave it loses it on its own default; the party that received it returns it twofold on its
 * default; otherwise it is returned.
 */
public enum DepositTreatment {
  /** The buyer defaulted: the seller keeps the deposit. */
  FORFEITED,
  /** The deposit is returned as paid. */
  RETURNED,
  /**
   * The seller defaulted: the deposit is returned and the seller pays as much again. The extra half
   * is compensation from the seller, not a refund of money paid.
   */
  RETURNED_DOUBLE
}
