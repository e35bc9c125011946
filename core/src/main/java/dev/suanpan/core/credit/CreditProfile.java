package dev.suanpan.core.credit;

import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A customer's credit file (客户信用档案): the grade on the policy's scale, the approved credit limit
 * (赊销限额) and term (时限), whether the customer buys for cash only, whether a guarantee is required
 * and on file, and who approved the profile and when.
 *
 * <p>New and foreign customers come under the strict guarantee regime (新开发及境外客户 严格的信用保证制度): {@link
 * #guaranteeRequired()} is true for them unless waived. A profile whose grade allows no credit is
 * still a valid profile; the {@link CreditCheck} then only releases prepaid orders.
 *
 * <p>Rejects a negative limit or term and missing fields.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditProfile {
  /** The customer this profile is for. */
  public abstract CustomerId customer();

  /** The credit grade on the policy's scale. */
  public abstract CreditGrade grade();

  /** The approved credit limit: the most exposure allowed without further approval. */
  public abstract Money limit();

  /** The approved payment term in days from the invoice. */
  public abstract int termDays();

  /** True if the customer buys only against payment, whatever the grade allows. */
  @Value.Default
  public boolean cashOnly() {
    return false;
  }

  /** True for a newly developed customer (新开发客户). */
  @Value.Default
  public boolean newCustomer() {
    return false;
  }

  /** True for a foreign customer (境外客户). */
  @Value.Default
  public boolean foreign() {
    return false;
  }

  /**
   * True if an authorised person waived the guarantee that new and foreign customers need by
   * default.
   */
  @Value.Default
  public boolean guaranteeWaived() {
    return false;
  }

  /** True if a guarantee is demanded of this customer even though it is neither new nor foreign. */
  @Value.Default
  public boolean guaranteeDemanded() {
    return false;
  }

  /**
   * True if credit to this customer needs a guarantee or collateral on file: for new and foreign
   * customers unless {@link #guaranteeWaived() waived}, and whenever {@link #guaranteeDemanded()
   * demanded}. (The policy may also require one for the customer's grade.)
   */
  @Value.Derived
  public boolean guaranteeRequired() {
    return guaranteeDemanded() || ((newCustomer() || foreign()) && !guaranteeWaived());
  }

  /** True if a guarantee or collateral (担保、抵押) is on file for this customer. */
  @Value.Default
  public boolean guaranteeOnFile() {
    return false;
  }

  /** Who approved this profile (authorised people in sales and finance). */
  public abstract PersonId approvedBy();

  /** When the profile was approved. */
  public abstract LocalDate approvedOn();

  /** The due date of an invoice dated {@code invoiceDate} on this profile's term. */
  public LocalDate dueDateFor(LocalDate invoiceDate) {
    return Arguments.notNull(invoiceDate, "invoiceDate").plusDays(termDays());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditProfile}; rejects what {@link CreditProfile} rejects. */
  public static final class Builder extends ImmutableCreditProfile.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(customer(), "customer");
    Arguments.notNull(grade(), "grade");
    Arguments.nonNegative(limit(), "limit");
    Arguments.nonNegative(termDays(), "termDays");
    Arguments.notNull(approvedBy(), "approvedBy");
    Arguments.notNull(approvedOn(), "approvedOn");
  }
}
