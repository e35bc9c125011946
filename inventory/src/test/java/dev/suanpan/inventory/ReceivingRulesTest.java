package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.ITEM;
import static dev.suanpan.inventory.Ledgers.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The receiving rules (004 篇3), one by one: a delivery of another item is refused; what was
 * received before counts towards the order; up to the order it is received, then up to the
 * tolerance (inclusive), the share over the order rounded up to a hundredth of a percent so that no
 * excess rounds down into the tolerance; beyond it the receiver's own authority, else the consent
 * of the authority above, else a refusal.
 */
class ReceivingRulesTest {
  static final Role STOREKEEPER = Role.of("STOREKEEPER", "Storekeeper");
  static final Role WAREHOUSE = Role.of("WAREHOUSE_MANAGER", "Warehouse manager");
  static final Role MARKETING = Role.of("MARKETING_MANAGER", "Marketing manager");

  /**
   * The storekeeper may take up to 5% over an order on their own authority, the warehouse manager
   * above them up to 8%, the marketing manager at the top up to 10%; the tolerance is 2%.
   */
  static ReceivingCheck check() {
    return new ReceivingCheck(Percent.of(2), authority());
  }

  static AuthorityPolicy authority() {
    return AuthorityPolicy.builder()
        .role(MARKETING)
        .role(WAREHOUSE, MARKETING)
        .role(STOREKEEPER, WAREHOUSE)
        .limit(STOREKEEPER, ReceivingCheck.SUBJECT, Limit.upToPercent(Percent.of(5)))
        .limit(WAREHOUSE, ReceivingCheck.SUBJECT, Limit.upToPercent(Percent.of(8)))
        .limit(MARKETING, ReceivingCheck.SUBJECT, Limit.upToPercent(Percent.of(10)))
        .build();
  }

  /** 100 ordered on PO-7, {@code before} already received, {@code quantity} arriving now. */
  static ReceivingCheck.Result deliver(String before, String quantity) {
    return check().check("PO-7", ITEM, qty("100"), qty(before), ITEM, qty(quantity), STOREKEEPER);
  }

  static List<String> rules(ReceivingCheck.Result r) {
    return r.explanation().rules();
  }

  static String text(ReceivingCheck.Result r) {
    return r.explanation().steps().get(0).text();
  }

  @Test
  void aDeliveryOfAnotherItemIsRefusedEvenWithinTheOrder() {
    ReceivingCheck.Result r =
        check()
            .check(
                "PO-7",
                ITEM,
                qty("100"),
                qty("0"),
                ItemId.of("AIR-FILTER-B"),
                qty("1"),
                STOREKEEPER);
    assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(rules(r)).containsExactly(ReceivingRule.PO_MISMATCH.id());
    assertThat(r.approval()).isEmpty();
  }

  @Test
  void whatWasReceivedBeforeCountsTowardsTheOrder() {
    // 60 before + 40 now = 100 of 100: exactly the order
    ReceivingCheck.Result full = deliver("60", "40");
    assertThat(full.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(rules(full)).containsExactly(ReceivingRule.WITHIN_ORDER.id());
    assertThat(text(full)).isEqualTo("receiving 40 brings order PO-7 to 100 of 100 ordered");
    // 60 before + 41 now = 101: 1 over the 100 ordered, 1%, within the 2% tolerance
    ReceivingCheck.Result one = deliver("60", "41");
    assertThat(one.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(rules(one)).containsExactly(ReceivingRule.WITHIN_TOLERANCE.id());
    assertThat(text(one))
        .isEqualTo("order PO-7: 1 over the 100 ordered (1%) is within the tolerance of 2%");
  }

  @Test
  void theToleranceIsInclusive() {
    // 102 of 100: 2 over, 2 x 100 / 100 = 2%, not more than the 2% tolerance
    ReceivingCheck.Result at = deliver("0", "102");
    assertThat(at.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(rules(at)).containsExactly(ReceivingRule.WITHIN_TOLERANCE.id());
    // 102.01 of 100: 2.01% over, beyond the tolerance, within the storekeeper's own 5%
    ReceivingCheck.Result past = deliver("0", "102.01");
    assertThat(rules(past)).containsExactly(ReceivingRule.OVER_RECEIPT.id());
  }

  @Test
  void theShareOverIsRoundedUpSoNoExcessRoundsIntoTheTolerance() {
    // 306.01 of 300: 6.01 over, 6.01 x 100 / 300 = 2.00333...%, rounded up to 2.01% > 2%
    ReceivingCheck.Result r =
        check().check("PO-8", ITEM, qty("300"), qty("0"), ITEM, qty("306.01"), STOREKEEPER);
    assertThat(r.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(rules(r)).containsExactly(ReceivingRule.OVER_RECEIPT.id());
    assertThat(text(r))
        .isEqualTo("order PO-8: 6.01 over (2.01%) is within the authority of " + STOREKEEPER);
  }

  @Test
  void beyondTheToleranceTheReceiverDecidesWithinOwnAuthority() {
    // 105 of 100: 5% over, the storekeeper's own limit: received without anyone's consent
    ReceivingCheck.Result r = deliver("0", "105");
    assertThat(r.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(rules(r)).containsExactly(ReceivingRule.OVER_RECEIPT.id());
    assertThat(r.approval()).isEmpty();
  }

  @Test
  void beyondOwnAuthorityItNeedsTheConsentOfTheFirstAuthorityAboveThatCovers() {
    // 108 of 100: 8% over, beyond the storekeeper's 5%, within the warehouse manager's 8%
    ReceivingCheck.Result warehouse = deliver("0", "108");
    assertThat(warehouse.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(warehouse.requiredApprover()).contains(WAREHOUSE);
    assertThat(text(warehouse))
        .isEqualTo(
            "order PO-7: 8 over the 100 ordered (8%) exceeds the tolerance of 2%; needs the"
                + " written consent of "
                + WAREHOUSE);
    // 110 of 100: 10% over, only the marketing manager's 10% covers it
    assertThat(deliver("0", "110").requiredApprover()).contains(MARKETING);
  }

  @Test
  void beyondEveryAuthorityItIsRefused() {
    // 110.01 of 100: 10.01% over, beyond the marketing manager's 10% at the top
    ReceivingCheck.Result r = deliver("0", "110.01");
    assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(rules(r)).containsExactly(ReceivingRule.OVER_RECEIPT.id());
    assertThat(r.approval()).isEmpty();
    assertThat(text(r))
        .isEqualTo(
            "order PO-7: 10.01 over (10.01%) is beyond every authority: receive only up to the"
                + " tolerance");
  }

  @Test
  void withNoToleranceEveryUnitOverTheOrderIsAnOverReceipt() {
    ReceivingCheck strict =
        new ReceivingCheck(
            Percent.ZERO,
            AuthorityPolicy.builder()
                .role(STOREKEEPER)
                .limit(STOREKEEPER, ReceivingCheck.SUBJECT, Limit.upToPercent(Percent.of(1)))
                .build());
    // 100.01 of 100: 0.01% over, beyond a zero tolerance, within the storekeeper's 1%
    ReceivingCheck.Result r =
        strict.check("PO-9", ITEM, qty("100"), qty("0"), ITEM, qty("100.01"), STOREKEEPER);
    assertThat(rules(r)).containsExactly(ReceivingRule.OVER_RECEIPT.id());
    assertThat(r.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void badInputIsRefusedByName() {
    assertThatThrownBy(() -> new ReceivingCheck(Percent.of(-1), authority()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must not be negative, was -1%");
    ReceivingCheck c = check();
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> c.check(" ", ITEM, one, one, ITEM, one, STOREKEEPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order must not be blank, was \" \"");
    assertThatThrownBy(() -> c.check("PO", ITEM, BigDecimal.ZERO, one, ITEM, one, STOREKEEPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ordered must be positive, was 0");
    assertThatThrownBy(() -> c.check("PO", ITEM, one, qty("-1"), ITEM, one, STOREKEEPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alreadyReceived must not be negative, was -1");
    assertThatThrownBy(() -> c.check("PO", ITEM, one, one, ITEM, BigDecimal.ZERO, STOREKEEPER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be positive, was 0");
  }
}
