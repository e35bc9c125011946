/** The money primitives shown on their own, before the business flows. */
package dev.suanpan.examples.basics;
