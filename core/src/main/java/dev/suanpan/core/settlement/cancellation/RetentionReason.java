package dev.suanpan.core.settlement.cancellation;

/** Why part of the money paid is kept rather than refunded when a sale is cancelled. */
public enum RetentionReason {
  /** The buyer defaulted and forfeits the deposit (定金不退). */
  FORFEITED_DEPOSIT,
  /** The price of the part of the contract already performed (部分履行), earned by the seller. */
  PERFORMED_PART,
  /** Liquidated damages (违约金) charged to the buyer. */
  LIQUIDATED_DAMAGES,
  /** The customer's share of the costs actually incurred. */
  INCURRED_COSTS,
  /**
   * An amount collected on behalf that is not refunded at this stage (the maintenance fund once the
   * buyer has signed the waiver after registration).
   */
  NOT_REFUNDABLE_ON_BEHALF
}
