package dev.suanpan.examples.basics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.tour.FlowReport;
import org.junit.jupiter.api.Test;

class MoneyBasicsFlowTest {
  @Test
  void printsThePercentAndTheSplitsThatAddUp() {
    FlowReport account = new MoneyBasicsFlow().run();
    assertThat(account.lines())
        .contains(
            "  0.8% of CNY 1000000.00 = CNY 8000.00 (rounded to the fen, half up)",
            "  CNY 100.00 over three equal lines = [CNY 33.34, CNY 33.33, CNY 33.33]",
            "  CNY 0.05 split 70:30 = [CNY 0.04, CNY 0.01]");
  }
}
