package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.RepairOrderFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.testkit.MoneyArbitraries;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

class RepairOrderProperties {
  static final Workflow FLOW = Workflow.of(definition());
  static final Actor DESK = Actor.of(PersonId.of("xu"), SERVICE_DESK);
  static final Actor TECH = Actor.of(PersonId.of("luo"), TECHNICIAN);
  static final Actor TILL = Actor.of(PersonId.of("hu"), CASHIER);
  static final LocalDateTime T = LocalDateTime.of(2024, 4, 12, 9, 0);

  @Provide
  Arbitrary<RepairLines> lines() {
    Arbitrary<RepairLine> line =
        Combinators.combine(
                Arbitraries.of(RepairLine.Payer.class),
                MoneyArbitraries.amounts(MoneyArbitraries.CNY, "0.00", "5000.00"))
            .as((payer, amount) -> new RepairLine("line", payer, amount));
    return line.list().ofMinSize(1).ofMaxSize(8).map(RepairLines::of);
  }

  @Property(tries = 200)
  void theSharesOfThePayersAddUpToTheOrdersTotal(@ForAll("lines") RepairLines lines) {
    Money sum = Money.zero(MoneyArbitraries.CNY);
    for (RepairLine.Payer p : RepairLine.Payer.values()) {
      sum = sum.plus(lines.share(p));
    }
    assertThat(sum).isEqualTo(lines.total());
  }

  @Property(tries = 100)
  void aMixedOrderSettlesExactlyWhenTheCustomersShareIsCollectedAndRecordsTheSplit(
      @ForAll("lines") RepairLines lines, @ForAll("paid") Money paid) {
    Money share = lines.share(RepairLine.Payer.CUSTOMER);
    WorkflowCase c =
        FLOW.open(
                CaseId.of("RO-P"),
                Command.open(DESK, T)
                    .with(MODEL, "Sedan S5")
                    .with(FAULT, "service")
                    .with(ACCESSORIES, "none")
                    .with(CONTACT, "139 0000 5678")
                    .with(UNDER_WARRANTY, false))
            .caseAfter();
    for (Command command :
        List.of(
            Command.fire("diagnose", TECH, T.plusHours(1)).with(DIAGNOSIS, "found"),
            Command.fire("quote", DESK, T.plusHours(2)).with(QUOTE, share).with(LINES, lines),
            Command.fire("customer-consents", DESK, T.plusHours(3)).with(CUSTOMER_CONSENT, true),
            Command.fire("finish-repair", TECH, T.plusHours(4)))) {
      c = FLOW.handle(c, command).caseAfter();
    }
    CaseStep settle =
        FLOW.handle(
            c,
            Command.fire("settle", TILL, T.plusHours(5))
                .with(PAID, paid)
                .with(WARRANTY_CLAIM, "WC-P"));
    boolean collected = !paid.isLessThan(share);
    assertThat(settle.outcome()).isEqualTo(collected ? Outcome.ALLOWED : Outcome.REFUSED);
    if (collected) {
      WorkflowCase settled = settle.caseAfter();
      assertThat(settled.state()).isEqualTo(SETTLED);
      assertThat(settled.fact(CUSTOMER_SHARE)).contains(share);
      assertThat(
              settled
                  .fact(CUSTOMER_SHARE)
                  .orElseThrow()
                  .plus(settled.fact(WARRANTY_SHARE).orElseThrow())
                  .plus(settled.fact(INTERNAL_SHARE).orElseThrow()))
          .isEqualTo(lines.total());
    }
  }

  @Provide
  Arbitrary<Money> paid() {
    return MoneyArbitraries.amounts(MoneyArbitraries.CNY, "0.00", "20000.00");
  }
}
