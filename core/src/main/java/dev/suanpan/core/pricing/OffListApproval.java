package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The named approval a product that is on no price list needs before it can be quoted: the price
 * per unit the sales supervisor and a company leader agreed (报价表和折率表上没有的...商议后得到批准再报价), who agreed
 * it and when. The agreed price takes the place of the list price for that line.
 *
 * <p>Rejects a unit price that is not positive, an approval naming nobody or naming one person
 * twice.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class OffListApproval {
  /** The agreed price per unit. */
  public abstract Money unitPrice();

  /** The people who agreed it. */
  public abstract ImmutableList<PersonId> approvedBy();

  /** The day it was agreed. */
  public abstract LocalDate date();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OffListApproval}; rejects what {@link OffListApproval} rejects. */
  public static final class Builder extends ImmutableOffListApproval.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.positive(unitPrice(), "unitPrice");
    Arguments.check(!approvedBy().isEmpty(), "approvedBy must name at least one person");
    Arguments.check(
        approvedBy().stream().distinct().count() == approvedBy().size(),
        "approvedBy names a person twice: %s",
        approvedBy());
  }
}
