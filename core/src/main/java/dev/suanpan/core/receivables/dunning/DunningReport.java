package dev.suanpan.core.receivables.dunning;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The dunning notices of one run, one per customer who reached a level, by customer code. */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DunningReport {
  /** The date of the run. */
  public abstract LocalDate asOf();

  /** The notices, by customer code. */
  public abstract ImmutableList<DunningNotice> notices();

  /** {@code customer}'s notice, empty if they reached no level. */
  public Optional<DunningNotice> notice(CustomerId customer) {
    Arguments.notNull(customer, "customer");
    return notices().stream().filter(n -> n.customer().equals(customer)).findFirst();
  }
}
