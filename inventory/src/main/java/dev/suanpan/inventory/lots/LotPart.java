package dev.suanpan.inventory.lots;

import dev.suanpan.inventory.Posting;
import dev.suanpan.money.internal.Arguments;

/**
 * One lot's part of a movement: the lot and the posting to its ledger (its line gives the quantity
 * and the cost). Rejects nulls.
 */
public record LotPart(LotId lot, Posting posting) {
  /** Validates the parts. */
  public LotPart {
    Arguments.notNull(lot, "lot");
    Arguments.notNull(posting, "posting");
  }
}
