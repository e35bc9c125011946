package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rule ids of the inventory engines: stored explanations match on them, they never change. */
class RuleIdsTest {
  @Test
  void postingRuleIdsAreStable() {
    assertThat(Arrays.stream(PostingRule.values()).map(PostingRule::id))
        .containsExactly(
            "inventory.duplicate-document",
            "inventory.month-closed",
            "inventory.given-rate",
            "inventory.negative-stock",
            "inventory.posted",
            "inventory.purchase-price-variance",
            "inventory.standard-revaluation",
            "inventory.true-up",
            "inventory.back-dated",
            "inventory.revalued",
            "inventory.cancelled",
            "inventory.amended");
  }

  @Test
  void receivingRuleIdsAreStable() {
    assertThat(Arrays.stream(ReceivingRule.values()).map(ReceivingRule::id))
        .containsExactly(
            "receipt.po-mismatch",
            "receipt.within-order",
            "receipt.within-tolerance",
            "receipt.over-receipt");
  }

  @Test
  void transferRuleIdsAreStable() {
    assertThat(Arrays.stream(TransferRule.values()).map(TransferRule::id))
        .containsExactly(
            "inventory.transfer",
            "inventory.transfer-note-in-use",
            "inventory.transfer-follows",
            "inventory.transfer-cannot-follow",
            "inventory.transfer-not-settled");
  }
}
