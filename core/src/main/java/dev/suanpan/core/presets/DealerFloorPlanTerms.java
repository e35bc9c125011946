package dev.suanpan.core.presets;

import dev.suanpan.core.floorplan.FloorPlanPolicy;
import dev.suanpan.money.Percent;
import org.joda.money.CurrencyUnit;

/**
 * The three-party floor-plan terms of a car dealership (三方协议贷款, 000 ⑹): the bank lends 70% of a new
 * car's purchase price, the dealer pays the rest (about 30%) from its own funds, and the car's
 * certificate of conformity is pledged to the bank until the dealer repays that car. The source
 * names no credit line and no rounding: the loan is rounded to the fen.
 */
public final class DealerFloorPlanTerms {
  private DealerFloorPlanTerms() {}

  /** The bank's share of a new car's purchase price: 70% (000 ⑹). */
  public static final Percent BANK_SHARE = Percent.of(70);

  /** The terms in CNY: the bank lends {@link #BANK_SHARE}, rounded to the fen; no credit line. */
  public static FloorPlanPolicy policy() {
    return FloorPlanPolicy.builder().currency(CurrencyUnit.of("CNY")).bankShare(BANK_SHARE).build();
  }
}
