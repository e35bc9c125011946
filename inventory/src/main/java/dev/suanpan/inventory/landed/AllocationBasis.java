package dev.suanpan.inventory.landed;

/** What a landed cost is split in proportion to. */
public enum AllocationBasis {
  /** The receipts' values (quantity × unit cost, as received). */
  VALUE,
  /** The receipts' quantities, in each ledger's unit. */
  QUANTITY,
  /** The receipts' weights, given with the charge ({@link LandedCharge#weights()}). */
  WEIGHT
}
