package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.inventory.ItemId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The items finance will trace in one area: counted items to trace to the book, book items to trace
 * to the shelf, and the book value the two samples cover together.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditPlan {
  /** The area. */
  public abstract String area();

  /** Counted items to trace from the shelf to the count record and the book. */
  public abstract ImmutableList<ItemId> countedToBook();

  /** Book items to trace from the record to the shelf. */
  public abstract ImmutableList<ItemId> bookToShelf();

  /** The book value of the items in either sample. */
  public abstract Money coveredValue();

  /** The book value of the whole area. */
  public abstract Money totalValue();

  /** Every item in either sample, once. */
  public ImmutableSet<ItemId> sampled() {
    return ImmutableSet.<ItemId>builder().addAll(countedToBook()).addAll(bookToShelf()).build();
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
