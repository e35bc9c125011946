package dev.suanpan.testkit;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Ready-made checks a user runs on their <em>own</em> {@link SettlementPolicy}, or on their own
 * settlement code around the engine, for one contract and cancellation at a time: call them from a
 * jqwik property over {@link SettlementArbitraries#contracts()} and {@link
 * SettlementArbitraries#cancellations()}. Each throws {@link AssertionError} listing every
 * violation with its figures and the settlement's explanation, or returns quietly.
 *
 * <p>Rejects null arguments and a settlement function that returns null.
 */
public final class SettlementChecks {
  private SettlementChecks() {}

  /**
   * The refund never exceeds what was paid, and refund plus retained is exactly what {@code
   * contract} shows as paid, in total and for every kind of payment, when {@code policy} settles
   * {@code cancellation}.
   */
  public static void assertRefundWithinPaid(
      SettlementPolicy policy, SaleContract contract, Cancellation cancellation) {
    Arguments.notNull(policy, "policy");
    assertRefundWithinPaid(Settlement.of(policy)::settle, contract, cancellation);
  }

  /**
   * The same check on the user's own settlement code ({@code settle}), for example code that adapts
   * a contract from their own records before calling {@link Settlement#settle}: it catches a
   * payment the code leaves out or counts twice.
   */
  public static void assertRefundWithinPaid(
      BiFunction<SaleContract, Cancellation, SettlementDecision> settle,
      SaleContract contract,
      Cancellation cancellation) {
    Arguments.notNull(settle, "settle");
    Arguments.notNull(contract, "contract");
    Arguments.notNull(cancellation, "cancellation");
    SettlementDecision result =
        Arguments.notNull(settle.apply(contract, cancellation), "settlement of " + contract);
    SuanpanAssertions.assertThat(result).conservesPaid(contract);
  }

  /**
   * On the seller's default the customer never receives less, in refund or in refund plus
   * compensation, than on its own default, for {@code contract} cancelled at the stage and with the
   * costs of {@code cancellation} (its fault is replaced by each party's in turn).
   */
  public static void assertInnocentBuyerNeverWorseOff(
      SettlementPolicy policy, SaleContract contract, Cancellation cancellation) {
    Arguments.notNull(policy, "policy");
    assertInnocentBuyerNeverWorseOff(Settlement.of(policy)::settle, contract, cancellation);
  }

  /** The same check on the user's own settlement code ({@code settle}). */
  public static void assertInnocentBuyerNeverWorseOff(
      BiFunction<SaleContract, Cancellation, SettlementDecision> settle,
      SaleContract contract,
      Cancellation cancellation) {
    Arguments.notNull(settle, "settle");
    Arguments.notNull(contract, "contract");
    Arguments.notNull(cancellation, "cancellation");
    Cancellation buyerFault = Cancellation.builder().from(cancellation).fault(Fault.BUYER).build();
    Cancellation sellerFault =
        Cancellation.builder().from(cancellation).fault(Fault.SELLER).build();
    SettlementDecision byBuyer =
        Arguments.notNull(settle.apply(contract, buyerFault), "settlement on the buyer's fault");
    SettlementDecision bySeller =
        Arguments.notNull(settle.apply(contract, sellerFault), "settlement on the seller's fault");
    List<String> violations = new ArrayList<>();
    if (bySeller.refund().isLessThan(byBuyer.refund())) {
      violations.add(
          "refund "
              + bySeller.refund()
              + " on the seller's default is less than "
              + byBuyer.refund()
              + " on the buyer's");
    }
    if (bySeller.totalToCustomer().isLessThan(byBuyer.totalToCustomer())) {
      violations.add(
          "the customer receives "
              + bySeller.totalToCustomer()
              + " on the seller's default but "
              + byBuyer.totalToCustomer()
              + " on its own");
    }
    Violations.failIfAny(
        "an innocent buyer is worse off than a defaulting one for "
            + contract.reference()
            + " at "
            + cancellation.stage(),
        violations,
        "\nbuyer's default:\n"
            + byBuyer.explanation()
            + "\nseller's default:\n"
            + bySeller.explanation());
  }

  /**
   * Someone in the policy's sign-off hierarchy may approve the settlement: it is never refused as
   * beyond every authority. Fails for a policy whose authority holds no limit covering, say, a
   * special cancellation or a refund above the top role's amount.
   */
  public static void assertSomeoneMaySignOff(
      SettlementPolicy policy, SaleContract contract, Cancellation cancellation) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(contract, "contract");
    Arguments.notNull(cancellation, "cancellation");
    SettlementDecision result = Settlement.of(policy).settle(contract, cancellation);
    if (result.outcome() == Outcome.REFUSED) {
      throw new AssertionError(
          "nobody may sign off "
              + policy.approvalSubject(cancellation)
              + " of "
              + result.totalToCustomer()
              + " for "
              + contract.reference()
              + "; explanation:\n"
              + result.explanation());
    }
  }
}
