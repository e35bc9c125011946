/** Suanpan's approval workflows, working-day deadlines, escalation and audit trail. */
module dev.suanpan.workflow {
  requires transitive dev.suanpan.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports dev.suanpan.workflow;
  exports dev.suanpan.workflow.audit;
  exports dev.suanpan.workflow.calendar;
  exports dev.suanpan.workflow.flows;
}
