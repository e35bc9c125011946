package dev.suanpan.inventory.stocktake;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * How approved stocktake shortages are resolved: the share of a shortage charged to the custodian
 * when the loss is the custodian's fault, the rest going to administrative expense; surpluses
 * always go to administrative expense. 004 篇3 仓库盘点流程 §4 says only that a custodian who does not
 * receive, issue and keep the goods as required bears the loss: "对于盘点结果发现属于实物责任人不按货品要求收发及保管财物造成损失,
 * 实物责任人要承担经济赔偿责任"; it names no share, so the share has no default and every policy sets it. {@link
 * dev.suanpan.inventory.presets.CustodianLiability} sets 100%, an interpretation.
 *
 * <p>Rejects a missing share and a share outside 0% to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StocktakePolicy {
  /** The share of a shortage charged to a custodian at fault; no default (004 篇3 names none). */
  public abstract Percent custodianShare();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StocktakePolicy}; rejects what {@link StocktakePolicy} rejects. */
  public static final class Builder extends ImmutableStocktakePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !custodianShare().isNegative() && !custodianShare().isGreaterThan(Percent.HUNDRED),
        "custodianShare must be between 0%% and 100%%, was %s",
        custodianShare());
  }
}
