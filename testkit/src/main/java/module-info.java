/**
 * Suanpan's testkit: jqwik arbitraries, AssertJ assertions and property checks for users' own
 * policies.
 */
module dev.suanpan.testkit {
  requires transitive dev.suanpan.core;
  requires static dev.suanpan.inventory;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports dev.suanpan.testkit;
}
