package dev.suanpan.money.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the Suanpan modules: put it on an abstract value type next to
 * {@code @Value.Immutable}. Generated types are named {@code Immutable*}, are public, use Guava
 * immutable collections and never accept nulls.
 *
 * <p>Used at compile time only; the Immutables processor is not needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = false)
public @interface ValueStyle {}
