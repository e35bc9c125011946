package dev.suanpan.core.floorplan;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The daily check of the bank's pledged certificates against the dealer's stock (确保银行存放的合格证与
 * 4s店库存信息动态保存一致), from {@link FloorPlan#reconcile}: {@link Outcome#ALLOWED} when every car whose
 * certificate is pledged is in stock; {@link Outcome#HELD} when a pledged car is not (sold or moved
 * without repaying the bank), until the dealer repays {@link #toRepay()}.
 *
 * <p>The explanation lists each discrepancy with its VIN and amount: {@code
 * floorplan.sold-unrepaid} for a pledged car not in stock, {@code floorplan.released-in-stock} for
 * a car in stock whose loan is repaid (fine), {@code floorplan.not-financed} for a car in stock the
 * floor plan never financed (for information), then {@code floorplan.reconciled} with the totals.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class FloorPlanReconciliation implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** Never set: the dealer repays the bank, nobody approves a discrepancy away. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The day reconciled. */
  public abstract LocalDate date();

  /** The certificates pledged to the bank, by VIN. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Vin> pledged();

  /**
   * The cars whose certificate is pledged but which are not in stock, with the loan the dealer must
   * repay for each.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Vin, Money> soldUnrepaid();

  /** The cars in stock whose loan is repaid and certificate released: no discrepancy. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Vin> releasedInStock();

  /** The cars in stock that the floor plan never financed, for information. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Vin> notFinanced();

  /** What the dealer must repay the bank now: the loans of {@link #soldUnrepaid()}. */
  public abstract Money toRepay();

  /** True when every pledged car is in stock. */
  public boolean matches() {
    return soldUnrepaid().isEmpty();
  }
}
