package dev.suanpan.core.settlement.returns;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link GoodsReturn}, in the order it applies them, each with the stable
 * identifier its step in a {@link ReturnDecision}'s explanation carries.
 */
public enum ReturnRule implements Rule {
  /** Goods must come back within the return window, else the return is refused. */
  WINDOW("returns.window"),

  /**
   * Each line returned is credited at the amount actually paid for it, less the policy's deduction
   * for the reason, split into net and VAT at the line's rate.
   */
  LINE("returns.line"),

  /**
   * The shipping cost given with the request is deducted from the refund when the policy charges
   * shipping for the reason, at most what is credited.
   */
  SHIPPING("returns.shipping"),

  /** The refund of the goods returned and the deductions kept. */
  REFUND("returns.refund"),

  /** Who signs off the refund (002 §(七), 001 第二十九条). */
  APPROVAL("returns.approval");

  private final String id;

  ReturnRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
