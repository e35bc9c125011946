package dev.suanpan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.testkit.AuthorityArbitraries;
import dev.suanpan.testkit.BillArbitraries;
import dev.suanpan.testkit.CreditArbitraries;
import dev.suanpan.testkit.InventoryArbitraries;
import dev.suanpan.testkit.MoneyArbitraries;
import dev.suanpan.testkit.PricingArbitraries;
import dev.suanpan.testkit.ReceivablesArbitraries;
import dev.suanpan.testkit.SettlementArbitraries;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Written then read gives an equal value, in JSON and in YAML, for the values the testkit
 * generates; a decision's explanation comes back word for word.
 */
class RoundTripProperties {
  static final SuanpanJson JSON = SuanpanJson.create();
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final CustomerId CUSTOMER = CustomerId.of("C-1");
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  static final List<Product> PRODUCTS =
      List.of(Product.of("P-1", "Sedan", "cars"), Product.of("P-2", "Floor mats", "parts"));

  /** The public type a value is stored as: the first public class up its hierarchy. */
  static Class<?> storedType(Object value) {
    Class<?> c = value.getClass();
    while (!Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  static void roundTrips(Object value) {
    Class<?> type = storedType(value);
    assertThat(JSON.read(JSON.write(value), type)).isEqualTo(value);
    assertThat(JSON.readYaml(JSON.writeYaml(value), type)).isEqualTo(value);
  }

  @Provide
  Arbitrary<Object> values() {
    return Arbitraries.oneOf(
        AuthorityArbitraries.percentChains(Subject.of("discount"), 1, 5).map(Object.class::cast),
        BillArbitraries.bills(CUSTOMER, CNY, DAY).map(Object.class::cast),
        CreditArbitraries.receivables(CUSTOMER, CNY, DAY).map(Object.class::cast),
        CreditArbitraries.exposures(CUSTOMER, CNY, DAY).map(Object.class::cast),
        CreditArbitraries.orders(CUSTOMER, CNY).map(Object.class::cast),
        InventoryArbitraries.costingPolicies().map(Object.class::cast),
        InventoryArbitraries.movements().map(Object.class::cast),
        PricingArbitraries.priceLists(CNY, PRODUCTS, DAY).map(Object.class::cast),
        PricingArbitraries.pricingPolicies(CNY, PRODUCTS, DAY, 1, 5).map(Object.class::cast),
        PricingArbitraries.quoteLines(PRODUCTS).map(Object.class::cast),
        ReceivablesArbitraries.terms().map(Object.class::cast),
        ReceivablesArbitraries.invoices(CUSTOMER, CNY, DAY, "INV").map(Object.class::cast),
        ReceivablesArbitraries.collections(CUSTOMER, CNY, DAY, "RC").map(Object.class::cast),
        ReceivablesArbitraries.carLines(CNY).map(Object.class::cast),
        SettlementArbitraries.contracts().map(Object.class::cast),
        SettlementArbitraries.propertyContracts(CNY).map(Object.class::cast),
        SettlementArbitraries.cancellations().map(Object.class::cast),
        SettlementArbitraries.policies().map(Object.class::cast),
        SettlementArbitraries.serviceRefundPolicies(CNY).map(Object.class::cast),
        SettlementArbitraries.contracts()
            .flatMap(SettlementArbitraries::partialPerformances)
            .map(Object.class::cast),
        CreditArbitraries.recoveryCostBands(CNY)
            .map(
                bands ->
                    (Object)
                        CreditPolicy.builder()
                            .from(DistributorCreditTerms.policy())
                            .recoveryCostBands(bands)
                            .build()),
        MoneyArbitraries.cashDiscountTerms().map(Object.class::cast));
  }

  @Property(tries = 200)
  void aValueComesBackEqual(@ForAll("values") Object value) {
    if (value instanceof List<?> list) {
      list.forEach(RoundTripProperties::roundTrips);
    } else {
      roundTrips(value);
    }
  }

  @Property(tries = 100)
  void aDecisionComesBackEqualWithItsExplanationWordForWord(@ForAll("decisions") Decision d) {
    Decision back = (Decision) JSON.read(JSON.write(d), storedType(d));
    assertThat(back).isEqualTo(d);
    assertThat(back.explanation().steps()).containsExactlyElementsOf(d.explanation().steps());
    assertThat(back.explanation().toString()).isEqualTo(d.explanation().toString());
  }

  @Provide
  Arbitrary<Decision> decisions() {
    Arbitrary<Decision> pricing =
        PricingArbitraries.pricingPolicies(CNY, PRODUCTS, DAY, 1, 5)
            .flatMap(
                policy ->
                    Combinators.combine(
                            PricingArbitraries.quoteLines(PRODUCTS),
                            PricingArbitraries.contexts(policy.authority(), DAY))
                        .as((line, ctx) -> (Decision) Pricer.of(policy).price(line, ctx)));
    CreditPolicy creditPolicy = DistributorCreditTerms.policy();
    Arbitrary<Decision> credit =
        Combinators.combine(
                CreditArbitraries.profiles(creditPolicy, CUSTOMER, DAY),
                CreditArbitraries.orders(CUSTOMER, CNY),
                CreditArbitraries.exposures(CUSTOMER, CNY, DAY))
            .as((pr, o, e) -> (Decision) CreditCheck.of(creditPolicy).check(pr, o, e, DAY));
    Arbitrary<Decision> settlement =
        Combinators.combine(
                SettlementArbitraries.policies(),
                SettlementArbitraries.contracts(),
                SettlementArbitraries.cancellations())
            .as((pol, c, x) -> (Decision) Settlement.of(pol).settle(c, x));
    return Arbitraries.oneOf(pricing, credit, settlement);
  }

  @Property(tries = 50)
  void aLedgerComesBackWithTheSameMovementsAndFigures(@ForAll("ledgers") StockLedger ledger) {
    StockLedger back = JSON.read(JSON.write(ledger), StockLedger.class);
    assertThat(back.policy()).isEqualTo(ledger.policy());
    assertThat(back.size()).isEqualTo(ledger.size());
    for (int i = 0; i < ledger.size(); i++) {
      assertThat(back.movement(i)).isEqualTo(ledger.movement(i));
      assertThat(back.line(i)).isEqualTo(ledger.line(i));
    }
    assertThat(back.valueOnHand()).isEqualTo(ledger.valueOnHand());
    assertThat(back.closedThrough()).isEqualTo(ledger.closedThrough());
  }

  @Property(tries = 30)
  void aLedgersJournalEntriesComeBackEqual(@ForAll("ledgers") StockLedger ledger) {
    for (JournalEntry e : ledger.journal(LocalDate.MIN.plusYears(1), LocalDate.MAX.minusYears(1))) {
      roundTrips(e);
      e.lines().forEach(RoundTripProperties::roundTrips);
    }
  }

  @Provide
  Arbitrary<StockLedger> ledgers() {
    return InventoryArbitraries.ledgers();
  }

  @Property(tries = 100)
  void anAmountIsWrittenAsItsDecimalTextAndCurrency(@ForAll("amounts") Money amount) {
    String doc = JSON.write(Limit.upToAmount(amount));
    assertThat(doc)
        .contains(
            "\"maxAmount\" : {\n    \"amount\" : \""
                + amount.getAmount().toPlainString()
                + "\",\n    \"currency\" : \"CNY\"\n  }");
    assertThat(JSON.read(doc, Limit.class).maxAmount()).contains(amount);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return MoneyArbitraries.cnyAmounts();
  }
}
