package dev.suanpan.app;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The workflow the application runs: the library's sales contract flow ({@link SalesOrderFlow}, 002
 * 第一篇), its contract approval routed by a stored authority policy, and the facts a command line can
 * give it ({@code --fact price=CNY 120000.00}).
 */
final class SalesOrders {
  /** The facts a command may carry, by name. */
  static final Map<String, Fact<?>> FACTS =
      List.of(
              SalesOrderFlow.CUSTOMER,
              SalesOrderFlow.PRICE,
              SalesOrderFlow.CONTRACT_NUMBER,
              SalesOrderFlow.PAYMENT,
              SalesOrderFlow.SHIP_DATE,
              SalesOrderFlow.CUSTOMER_SIGNED,
              SalesOrderFlow.INVOICE_NUMBER,
              SalesOrderFlow.COMMISSION,
              SalesOrderFlow.WEIGHED_AMOUNT,
              SalesOrderFlow.WEIGHED_QUANTITY)
          .stream()
          .collect(Collectors.toUnmodifiableMap(Fact::name, f -> f));

  private SalesOrders() {}

  /** The flow with the contract approval routed by {@code policy}. */
  static Workflow flow(AuthorityPolicy policy) {
    return Workflow.of(SalesOrderFlow.definition(policy, SalesOrderFlow.INVOICE_GATE));
  }

  /**
   * {@code facts} with {@code name=value} added, the value read as the fact's type: an amount as
   * {@code CNY 120000.00}, a date as {@code 2024-03-05}, a flag as {@code true} or {@code false}.
   *
   * @throws InputException naming the fact and the value if either is not one of the flow's
   */
  static Facts with(Facts facts, String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new InputException("--fact must be NAME=VALUE, was \"" + assignment + "\"");
    }
    String name = assignment.substring(0, eq);
    String text = assignment.substring(eq + 1);
    Fact<?> fact = FACTS.get(name);
    if (fact == null) {
      throw new InputException(
          "unknown fact \""
              + name
              + "\"; the sales-order facts are "
              + FACTS.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }
    return add(facts, fact, text);
  }

  private static <T> Facts add(Facts facts, Fact<T> fact, String text) {
    return facts.with(fact, fact.type().cast(value(fact, text)));
  }

  private static Object value(Fact<?> fact, String text) {
    try {
      Class<?> type = fact.type();
      if (type == Money.class) {
        return Money.parse(text);
      }
      if (type == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (type == BigDecimal.class) {
        return new BigDecimal(text);
      }
      if (type == Boolean.class) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new IllegalArgumentException("not true or false");
        }
        return Boolean.valueOf(text);
      }
      return text;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InputException(
          "fact " + fact.name() + " must be " + example(fact) + ", was \"" + text + "\"", e);
    }
  }

  private static String example(Fact<?> fact) {
    Class<?> type = fact.type();
    if (type == Money.class) {
      return "an amount such as \"CNY 120000.00\"";
    }
    if (type == LocalDate.class) {
      return "an ISO date such as 2024-03-05";
    }
    if (type == BigDecimal.class) {
      return "a decimal number";
    }
    return "true or false";
  }
}
