package dev.suanpan.inventory.landed;

/** What a landed cost is for; it decides nothing but the description of the charge. */
public enum LandedCostKind {
  /** Carriage to the warehouse (运费). */
  FREIGHT,
  /** Import duty (关税). */
  DUTY,
  /** Insurance in transit (保险费). */
  INSURANCE,
  /** Loading, unloading and handling (装卸费). */
  HANDLING
}
