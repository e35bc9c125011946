/**
 * The ready-made policies as YAML files, loaded through suanpan-json: {@link
 * dev.suanpan.examples.policies.PolicyFiles}.
 */
package dev.suanpan.examples.policies;
