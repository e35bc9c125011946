package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.inventory.ItemId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The items finance will trace in one area (004 篇3 仓库盘点流程 §2): items drawn from the goods, to check
 * against the count sheet, items drawn from the count sheet, to check against the goods, and the
 * book value the two samples cover together.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditPlan {
  /** The area. */
  public abstract String area();

  /** Items drawn from the goods found in the area, to check against the count sheet (从实物中抽取). */
  public abstract ImmutableList<ItemId> fromGoods();

  /** Items drawn from the count sheet, to check against the goods (从初盘资料中抽取). */
  public abstract ImmutableList<ItemId> fromSheet();

  /** The book value of the items in either sample. */
  public abstract Money coveredValue();

  /** The book value of the whole area. */
  public abstract Money totalValue();

  /** Every item in either sample, once. */
  public ImmutableSet<ItemId> sampled() {
    return ImmutableSet.<ItemId>builder().addAll(fromGoods()).addAll(fromSheet()).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuditPlan}; rejects what {@link AuditPlan} rejects. */
  public static final class Builder extends ImmutableAuditPlan.Builder {
    Builder() {}
  }
}
