package dev.suanpan.json;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.presets.DealerFloorPlanTerms;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.presets.DistributorDunningLevels;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.presets.SalesReturnAuthority;
import dev.suanpan.core.presets.SalesReturnTerms;
import dev.suanpan.core.pricing.PriceChangePolicy;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.core.rebate.RebateTier;
import dev.suanpan.core.rebate.RebateTiers;
import dev.suanpan.core.rebate.VolumeRebatePolicy;
import dev.suanpan.core.receivables.Milestone;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.TermLine;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.Retained;
import dev.suanpan.core.settlement.cancellation.RetentionReason;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.core.settlement.service.RefundBasis;
import dev.suanpan.core.settlement.service.ServiceRefundPolicy;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.presets.CustodianLiability;
import dev.suanpan.inventory.presets.FinanceSpotCheck;
import dev.suanpan.money.Percent;
import dev.suanpan.money.interest.PenaltyPolicy;
import dev.suanpan.money.terms.CashDiscountTerms;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Values of the types the module stores: the ready-made policies and a few made here. */
final class Samples {
  private Samples() {}

  /**
   * Every ready-made value of the presets, by the preset method that makes it ({@code
   * DealerFloorPlanTerms.policy}): each public static method without parameters of the classes in
   * {@code core.presets} and {@code inventory.presets}, found in their class folders or jars, and
   * the published pricing policy, which needs price lists and offers.
   */
  static Map<String, Object> presets() {
    Map<String, Object> m = new TreeMap<>();
    for (Class<?> anchor : List.of(DealerFloorPlanTerms.class, CustodianLiability.class)) {
      for (Class<?> c : classesBeside(anchor)) {
        for (Method f : c.getMethods()) {
          if (Modifier.isStatic(f.getModifiers())
              && f.getParameterCount() == 0
              && f.getDeclaringClass() == c
              && !f.getName().equals("builder")
              && f.getReturnType() != void.class) {
            m.put(c.getSimpleName() + "." + f.getName(), ValueType.invoke(f, null));
          }
        }
      }
    }
    m.put(
        "PropertyOfficeDiscountAuthority.asPublished().pricingPolicy",
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(priceList()), List.of(openingOffer())));
    return m;
  }

  /** The public top-level classes of {@code anchor}'s package, other than generated ones. */
  static List<Class<?>> classesBeside(Class<?> anchor) {
    String folder = anchor.getPackageName().replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.list(where.resolve(folder))) {
          files.forEach(f -> names.add(folder + f.getFileName()));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          jar.stream().forEach(e -> names.add(e.getName()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the classes beside " + anchor, e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String n : names) {
      String rest = n.startsWith(folder) ? n.substring(folder.length()) : "";
      if (rest.endsWith(".class") && !rest.contains("/") && !rest.contains("$")) {
        try {
          Class<?> c = Class.forName(anchor.getPackageName() + "." + rest.replace(".class", ""));
          if (Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().startsWith("Immutable")) {
            classes.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }

  /**
   * One value of each type with a golden file, by file name (the type's name): every policy type,
   * and a decision with its explanation.
   */
  static Map<String, Object> golden() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("PenaltyPolicy", penaltyPolicy());
    m.put("AuthorityPolicy", SalesReturnAuthority.policy());
    m.put("PropertyOfficeDiscountAuthority", PropertyOfficeDiscountAuthority.asPublished());
    m.put(
        "PricingPolicy",
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(priceList()), List.of(openingOffer())));
    m.put("PriceChangePolicy", PriceChangePolicy.of(priceChangeAuthority()));
    m.put("PriceList", priceList());
    m.put("FloorPlanPolicy", DealerFloorPlanTerms.policy());
    m.put("PaymentTerms", paymentTerms());
    m.put("ReturnPolicy", SalesReturnTerms.policy());
    m.put("ServiceRefundPolicy", serviceRefundPolicy());
    m.put("CompensationPolicy", ComplaintCompensationTiers.policy());
    m.put("SettlementPolicy", PropertyOfficeCancellationTerms.policy());
    m.put(
        "CancellationTerms",
        PropertyOfficeCancellationTerms.policy().terms(ContractStage.CONTRACT_SIGNED, Fault.BUYER));
    m.put("CostingPolicy", costingPolicy());
    m.put("StocktakePolicy", CustodianLiability.policy());
    m.put("AuditPolicy", FinanceSpotCheck.policy());
    m.put("VolumeRebatePolicy", volumeRebatePolicy());
    m.put("CreditPolicy", DistributorCreditTerms.policy());
    m.put("DunningPolicy", DistributorDunningLevels.policy());
    m.put("CashDiscountTerms", CashDiscountTerms.parse("2/10, 1/20, n/30"));
    m.put("SettlementDecision", settlementDecision());
    m.put("JournalEntry", journalEntry());
    return m;
  }

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static PenaltyPolicy penaltyPolicy() {
    return PenaltyPolicy.builder()
        .dailyRate(Percent.parse("0.05%"))
        .graceDays(5)
        .cap(Percent.of(20))
        .build();
  }

  static PriceList priceList() {
    return PriceList.builder()
        .code("PROJECT-2024-H2")
        .validFrom(LocalDate.of(2024, 7, 1))
        .validUntil(LocalDate.of(2024, 12, 31))
        .addEntry(PriceListEntry.of(ProductId.of("A-1801"), cny("1000000.00"), cny("950000.00")))
        .addEntry(PriceListEntry.of(ProductId.of("P-017"), cny("150000.00")))
        .build();
  }

  static StandardOffer openingOffer() {
    return StandardOffer.builder()
        .code("OPENING-2PCT")
        .percentOff(Percent.of(2))
        .productGroup("flats")
        .validFrom(LocalDate.of(2024, 9, 1))
        .validUntil(LocalDate.of(2024, 9, 30))
        .build();
  }

  static AuthorityPolicy priceChangeAuthority() {
    Role gm = Role.of("GENERAL_MANAGER", "General manager");
    Role sm = Role.of("SALES_MANAGER", "Sales manager");
    return AuthorityPolicy.builder()
        .role(gm)
        .role(sm, gm)
        .limit(gm, PriceChangePolicy.PRICE_CHANGE, Limit.unlimitedAuthority())
        .limit(sm, PriceChangePolicy.PRICE_CHANGE, Limit.upToPercent(Percent.of(5)))
        .build();
  }

  static PaymentTerms paymentTerms() {
    return PaymentTerms.milestones(
        TermLine.share(Percent.of(30), Milestone.SIGNING, 0),
        TermLine.share(Percent.of(60), Milestone.DELIVERY, 30),
        TermLine.share(Percent.of(10), Milestone.ACCEPTANCE, 90));
  }

  static ServiceRefundPolicy serviceRefundPolicy() {
    return ServiceRefundPolicy.builder()
        .basis(RefundBasis.BY_DAYS)
        .cancellationFee(Percent.of(10))
        .handlingFee(cny("50.00"))
        .build();
  }

  static CostingPolicy costingPolicy() {
    return CostingPolicy.standard(LocalDate.of(2026, 1, 1), new BigDecimal("12.50"));
  }

  /**
   * A buyer's cancellation after signing: 20,000 paid as deposit (forfeited) and 300,000 as down
   * payment (refunded in full), so the refund is 300,000 and 20,000 is retained.
   */
  static SettlementDecision settlementDecision() {
    return SettlementDecision.builder()
        .reference("SUB-2024-0815")
        .stage(ContractStage.CONTRACT_SIGNED)
        .fault(Fault.BUYER)
        .putPaidByKind(PaymentKind.DEPOSIT, cny("20000.00"))
        .putPaidByKind(PaymentKind.DOWN_PAYMENT, cny("300000.00"))
        .putRefundByKind(PaymentKind.DEPOSIT, cny("0.00"))
        .putRefundByKind(PaymentKind.DOWN_PAYMENT, cny("300000.00"))
        .addRetained(
            new Retained(RetentionReason.FORFEITED_DEPOSIT, PaymentKind.DEPOSIT, cny("20000.00")))
        .compensationFromSeller(cny("0.00"))
        .chargesNotCovered(cny("0.00"))
        .outcome(Outcome.ALLOWED)
        .explanation(
            Explanation.builder()
                .add("settlement.deposit", "the deposit of CNY 20000.00 is forfeited")
                .add("settlement.refund", "the down payment of CNY 300000.00 is refunded in full")
                .build())
        .build();
  }

  /** Rebate tiers of 1%, 1.5% and 2% from 0, 3,000,000.00 and 6,000,000.00 on the whole volume. */
  static VolumeRebatePolicy volumeRebatePolicy() {
    return VolumeRebatePolicy.builder()
        .currency(CurrencyUnit.of("CNY"))
        .addTier(RebateTier.of(Money.parse("CNY 0.00"), Percent.parse("1%")))
        .addTier(RebateTier.of(Money.parse("CNY 3000000.00"), Percent.parse("1.5%")))
        .addTier(RebateTier.of(Money.parse("CNY 6000000.00"), Percent.parse("2%")))
        .tierStyle(RebateTiers.WHOLE_VOLUME)
        .build();
  }

  /** A credit sale of 113.00 with 13% VAT: Dr receivables 113.00 / Cr revenue 100.00, VAT 13.00. */
  static JournalEntry journalEntry() {
    Money net = Money.parse("CNY 100.00");
    Money vat = Money.parse("CNY 13.00");
    return JournalEntry.builder()
        .date(LocalDate.of(2024, 3, 1))
        .reference("INV-1")
        .description("credit sale")
        .addLine(JournalLine.debit(LedgerAccount.ACCOUNTS_RECEIVABLE, net.plus(vat)))
        .addLine(JournalLine.credit(LedgerAccount.REVENUE, net))
        .addLine(JournalLine.credit(LedgerAccount.OUTPUT_VAT, vat))
        .putDimension("customer", "C-1")
        .build();
  }
}
