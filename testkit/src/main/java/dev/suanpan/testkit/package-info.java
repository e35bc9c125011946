/**
 * Test support for users of Suanpan: jqwik arbitraries for domain values, AssertJ assertions on
 * decisions and results, and ready-made checks to run on your own policies. Add {@code
 * suanpan-testkit} in test scope.
 */
package dev.suanpan.testkit;
