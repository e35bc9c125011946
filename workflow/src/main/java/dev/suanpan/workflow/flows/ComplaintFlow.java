package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.ApprovalStep;
import dev.suanpan.workflow.Deadline;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.Routing;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.calendar.DayUnit;
import java.math.BigDecimal;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The customer complaint flow of 001: the service department registers the complaint, investigates
 * it with the quality team, reports within 3 working days, proposes the responsibility and
 * handling, the compensation is approved by amount tier (under 1,000 yuan the sales department
 * manager, 1,000 to 5,000 the deputy general manager, over 5,000 the general manager), the customer
 * is answered by letter or phone (never the internal form), and the case closes within 6 working
 * days of acceptance. If the customer rejects the answer, a new round is opened with the old case
 * attached ({@code Workflow.openNextRound}). Overdue cases escalate to the deputy general manager.
 *
 * <p>{@link #definition(AuthorityPolicy, int, int)} takes the authority policy and the day limits;
 * {@link #compensationAuthority()} (001 第二十七条) and {@link #definition()} are the ones of 001.
 */
public final class ComplaintFlow {
  private ComplaintFlow() {}

  /** The flow's name. */
  public static final String NAME = "complaint";

  /** Service clerk (客服专员): registers complaints, answers customers. */
  public static final Role SERVICE_CLERK = Role.of("SERVICE_CLERK", "Service clerk");

  /** Quality inspector (品管): investigates with the service department. */
  public static final Role QUALITY_INSPECTOR = Role.of("QUALITY_INSPECTOR", "Quality inspector");

  /**
   * Head of the customer service department (客服经理, 服务部主管): reports and proposes the handling,
   * filing the compensation; core's {@link CompanyRoles#CUSTOMER_SERVICE_MANAGER}.
   */
  public static final Role SERVICE_HEAD = CompanyRoles.CUSTOMER_SERVICE_MANAGER;

  /**
   * Sales department manager (销售部经理): approves compensation under 1,000 yuan; core's {@link
   * CompanyRoles#SALES_DEPARTMENT_MANAGER}, a position apart from the project sales manager.
   */
  public static final Role SALES_DEPARTMENT_MANAGER = CompanyRoles.SALES_DEPARTMENT_MANAGER;

  /** The same role as {@link #SALES_DEPARTMENT_MANAGER}, under its earlier name. */
  public static final Role SALES_MANAGER = SALES_DEPARTMENT_MANAGER;

  /**
   * Deputy general manager (副总经理): 1,000 to 5,000 yuan; overdue cases escalate to them. Core's
   * {@link CompanyRoles#DEPUTY_GENERAL_MANAGER}.
   */
  public static final Role DEPUTY_GM = CompanyRoles.DEPUTY_GENERAL_MANAGER;

  /** General manager (总经理): over 5,000 yuan; core's {@link CompanyRoles#GENERAL_MANAGER}. */
  public static final Role GENERAL_MANAGER = CompanyRoles.GENERAL_MANAGER;

  /** What the compensation approval is about: core's {@link CompensationPolicy} subject. */
  public static final Subject COMPENSATION_APPROVAL = CompensationPolicy.COMPLAINT_COMPENSATION;

  /** Registered, not yet investigated. */
  public static final State REGISTERED = State.of("REGISTERED", "Registered");

  /** Under investigation with the quality team. */
  public static final State INVESTIGATING = State.of("INVESTIGATING", "Investigating");

  /** Investigation report made. */
  public static final State REPORTED = State.of("REPORTED", "Reported");

  /** Handling and compensation approved. */
  public static final State APPROVED = State.of("APPROVED", "Handling approved");

  /** The customer was answered. */
  public static final State ANSWERED = State.of("ANSWERED", "Customer answered");

  /** The customer accepted; the form is closed. */
  public static final State CLOSED = State.of("CLOSED", "Closed");

  /** The customer rejected the answer; a new round follows. */
  public static final State CUSTOMER_REJECTED = State.of("CUSTOMER_REJECTED", "Customer rejected");

  /** The customer. */
  public static final Fact<String> CUSTOMER = Fact.text("customer");

  /** What the complaint is about. */
  public static final Fact<String> COMPLAINT = Fact.text("complaint");

  /** True for a quality problem (质量异常), false for transport or handling. */
  public static final Fact<Boolean> QUALITY_PROBLEM = Fact.flag("quality-problem");

  /** The department or person found responsible. */
  public static final Fact<String> RESPONSIBLE = Fact.text("responsible");

  /** The handling: discount, compensation, return, rework, none. */
  public static final Fact<String> HANDLING = Fact.text("handling");

  /** The compensation proposed (zero when none). */
  public static final Fact<Money> COMPENSATION = Fact.money("compensation");

  /** How the customer was answered: letter or phone. */
  public static final Fact<String> ANSWER_CHANNEL = Fact.text("answer-channel");

  /** The tier boundary between the sales manager and the deputy GM (001 第二十七条). */
  public static final Money MANAGER_BELOW =
      Money.of(CurrencyUnit.of("CNY"), new BigDecimal("1000"));

  /** The upper bound of the deputy GM's tier (001 第二十七条). */
  public static final Money DEPUTY_UP_TO = Money.of(CurrencyUnit.of("CNY"), new BigDecimal("5000"));

  private static final Set<String> CHANNELS = Set.of("letter", "phone");

  /**
   * The compensation authority of 001 第二十七条: the sales department manager below 1,000 yuan (up to
   * 999.99), the deputy general manager from 1,000 to 5,000, the general manager beyond; the
   * service roles report into the sales manager and hold no authority.
   */
  public static AuthorityPolicy compensationAuthority() {
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(DEPUTY_GM, GENERAL_MANAGER)
        .role(SALES_DEPARTMENT_MANAGER, DEPUTY_GM)
        .role(SERVICE_HEAD, SALES_DEPARTMENT_MANAGER)
        .role(SERVICE_CLERK, SERVICE_HEAD)
        .role(QUALITY_INSPECTOR, SERVICE_HEAD)
        .limit(GENERAL_MANAGER, COMPENSATION_APPROVAL, Limit.unlimitedAuthority())
        .limit(DEPUTY_GM, COMPENSATION_APPROVAL, Limit.upToAmount(DEPUTY_UP_TO))
        .limit(
            SALES_DEPARTMENT_MANAGER,
            COMPENSATION_APPROVAL,
            Limit.upToAmount(MANAGER_BELOW.minus(new BigDecimal("0.01"))))
        .build();
  }

  /**
   * The flow of 001: {@link #compensationAuthority()}, a 3-day report (001 第二十六条) and a 6-day close
   * (001 第二十五条).
   */
  public static WorkflowDefinition definition() {
    return definition(compensationAuthority(), 3, 6);
  }

  /**
   * The flow with {@code policy} for the compensation approval (routed to the lowest role whose
   * limit on {@link #COMPENSATION_APPROVAL} covers the amount), a report due {@code reportDays}
   * working days after the investigation starts and a close due {@code closeDays} working days
   * after registration, each reminded one day before and escalated to {@link #DEPUTY_GM}.
   *
   * @throws IllegalArgumentException if a day limit is below 2, or the policy lacks the deputy GM
   */
  public static WorkflowDefinition definition(
      AuthorityPolicy policy, int reportDays, int closeDays) {
    Arguments.notNull(policy, "policy");
    Arguments.check(reportDays >= 2, "reportDays must be at least 2, was %d", reportDays);
    Arguments.check(closeDays >= 2, "closeDays must be at least 2, was %d", closeDays);
    Arguments.check(
        policy.roles().contains(DEPUTY_GM),
        "policy must have the escalation role %s, had %s",
        DEPUTY_GM.code(),
        policy.roles());
    WorkflowDefinition.Builder flow = registration();
    investigation(flow);
    proposal(flow, policy);
    answer(flow);
    deadlines(flow, reportDays, closeDays);
    return flow.build();
  }

  /**
   * The states, and the registration by customer service naming the customer and the complaint (001
   * 第二十五条); a customer's rejection ends the round and opens the next.
   */
  private static WorkflowDefinition.Builder registration() {
    return WorkflowDefinition.builder(NAME)
        .states(REGISTERED, INVESTIGATING, REPORTED, APPROVED, ANSWERED, CLOSED, CUSTOMER_REJECTED)
        .initial(REGISTERED)
        .endStates(CLOSED, CUSTOMER_REJECTED)
        .nextRoundFrom(CUSTOMER_REJECTED)
        .openedBy(SERVICE_CLERK, SERVICE_HEAD)
        .openGuard(Guard.requires(ComplaintRule.CUSTOMER, CUSTOMER))
        .openGuard(Guard.requires(ComplaintRule.SUBJECT, COMPLAINT));
  }

  /**
   * The investigation with the quality team and its report, classing the complaint and naming who
   * is responsible (001 第二十五条, 第二十六条).
   */
  private static void investigation(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("investigate")
                .addFrom(REGISTERED)
                .to(INVESTIGATING)
                .addFiredBy(SERVICE_HEAD, QUALITY_INSPECTOR)
                .build())
        .transition(
            Transition.builder()
                .name("report")
                .addFrom(INVESTIGATING)
                .to(REPORTED)
                .addFiredBy(QUALITY_INSPECTOR, SERVICE_HEAD)
                .addGuards(Guard.requires(ComplaintRule.CLASS, QUALITY_PROBLEM))
                .addGuards(Guard.requires(ComplaintRule.RESPONSIBILITY, RESPONSIBLE))
                .build());
  }

  /** The handling proposed, its compensation approved by the amount's tier (001 第二十七条). */
  private static void proposal(WorkflowDefinition.Builder flow, AuthorityPolicy policy) {
    flow.transition(
        Transition.builder()
            .name("propose")
            .addFrom(REPORTED)
            .to(APPROVED)
            .addFiredBy(SERVICE_HEAD)
            .addGuards(Guard.requires(ComplaintRule.HANDLING, HANDLING))
            .approval(
                ApprovalStep.byAmount(
                    policy, COMPENSATION_APPROVAL, COMPENSATION, Routing.LOWEST_COVERING_ROLE))
            .build());
  }

  /**
   * The customer answered by letter or phone, never with the internal form, and the customer's
   * acceptance or rejection (001 第二十五条).
   */
  private static void answer(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("answer")
                .addFrom(APPROVED)
                .to(ANSWERED)
                .addFiredBy(SERVICE_CLERK, SERVICE_HEAD)
                .addGuards(
                    Guard.when(
                        ComplaintRule.ANSWER_CHANNEL,
                        "answered by letter or phone",
                        f -> f.get(ANSWER_CHANNEL).map(CHANNELS::contains).orElse(false),
                        f ->
                            "the customer is answered by letter or phone, never with the internal"
                                + " form; channel was "
                                + f.get(ANSWER_CHANNEL).orElse("not given")))
                .build())
        .transition(
            Transition.builder()
                .name("accept")
                .addFrom(ANSWERED)
                .to(CLOSED)
                .addFiredBy(SERVICE_CLERK, SERVICE_HEAD)
                .build())
        .transition(
            Transition.builder()
                .name("customer-rejects")
                .addFrom(ANSWERED)
                .to(CUSTOMER_REJECTED)
                .addFiredBy(SERVICE_CLERK, SERVICE_HEAD)
                .build());
  }

  /**
   * The report due {@code reportDays} working days into the investigation (001 第二十六条) and the close
   * {@code closeDays} after registration (001 第二十五条), both escalated to the deputy GM.
   */
  private static void deadlines(WorkflowDefinition.Builder flow, int reportDays, int closeDays) {
    flow.deadline(
            Deadline.builder()
                .name("report-within-" + reportDays + "-days")
                .addStartsOn(INVESTIGATING)
                .addMetBy(REPORTED)
                .length(reportDays)
                .unit(DayUnit.WORKING_DAYS)
                .remindBefore(1)
                .escalateTo(DEPUTY_GM)
                .build())
        .deadline(
            Deadline.builder()
                .name("close-within-" + closeDays + "-days")
                .addStartsOn(REGISTERED)
                .addMetBy(CLOSED, CUSTOMER_REJECTED)
                .length(closeDays)
                .unit(DayUnit.WORKING_DAYS)
                .remindBefore(1)
                .escalateTo(DEPUTY_GM)
                .build());
  }
}
