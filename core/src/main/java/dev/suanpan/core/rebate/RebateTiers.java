package dev.suanpan.core.rebate;

/** How the rates of a {@link VolumeRebatePolicy}'s tiers apply to the volume. */
public enum RebateTiers {
  /**
   * The rate of the highest tier the volume reaches applies to the whole volume: 1.5% from CNY 0,
   * 2% from CNY 5,000,000 gives 2% of all of a CNY 6,000,000 volume.
   */
  WHOLE_VOLUME,

  /**
   * Each band of the volume earns its own tier's rate, as income tax brackets do: 1.5% of the first
   * CNY 5,000,000 and 2% of the CNY 1,000,000 above it.
   */
  MARGINAL
}
