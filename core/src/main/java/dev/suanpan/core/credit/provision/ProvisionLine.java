package dev.suanpan.core.credit.provision;

import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One bucket of a {@link ProvisionDecision}: the receivables of that age and the provision for them
 * at the bucket's rate.
 *
 * <p>Rejects nulls and negative amounts.
 *
 * @param bucket the age bucket, with its rate
 * @param receivables the open receivables in the bucket
 * @param provision the provision for them, rounded so the lines add up to the total
 */
public record ProvisionLine(AgeingBucket bucket, Money receivables, Money provision) {
  /** Validates the line. */
  public ProvisionLine {
    Arguments.notNull(bucket, "bucket");
    Arguments.nonNegative(receivables, "receivables");
    Arguments.nonNegative(provision, "provision");
  }
}
