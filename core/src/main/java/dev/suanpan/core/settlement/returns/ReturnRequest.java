package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A request to return goods against a {@link Sale} (产品退货单): the day the goods come back, the
 * reason, the lines and quantities, and the quantities of each line already returned by earlier
 * returns (so a line returned in several parts refunds exactly what one full return would).
 *
 * <p>Rejects a request without lines, a line named twice, negative earlier quantities and a
 * negative shipping cost.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReturnRequest {
  /** The day the goods come back. */
  public abstract LocalDate returnedOn();

  /** Why they come back. */
  public abstract ReturnReason reason();

  /** The lines and quantities coming back. */
  public abstract ImmutableList<ReturnLine> lines();

  /** Quantities of each line id already returned by earlier returns. */
  public abstract ImmutableMap<String, BigDecimal> alreadyReturned();

  /**
   * The shipping cost of these goods the seller bore (the carriage back, or a free delivery),
   * deducted from the refund when the policy {@link ReturnPolicy#shippingCharged() charges
   * shipping} for the reason; empty when there is none to deduct.
   */
  public abstract Optional<Money> shippingCost();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnRequest}; rejects what {@link ReturnRequest} rejects. */
  public static final class Builder extends ImmutableReturnRequest.Builder {
    Builder() {}
  }

  /** The quantity of {@code lineId} already returned; zero if none. */
  public BigDecimal alreadyReturned(String lineId) {
    return alreadyReturned().getOrDefault(Arguments.notNull(lineId, "lineId"), BigDecimal.ZERO);
  }

  @Value.Check
  protected void check() {
    Arguments.notEmpty(lines(), "lines");
    Set<String> ids = new HashSet<>();
    for (ReturnLine l : lines()) {
      Arguments.check(ids.add(l.lineId()), "line %s is returned twice in one request", l.lineId());
    }
    alreadyReturned().forEach((id, q) -> Arguments.nonNegative(q, "alreadyReturned[" + id + "]"));
    shippingCost().ifPresent(c -> Arguments.nonNegative(c, "shippingCost"));
  }
}
