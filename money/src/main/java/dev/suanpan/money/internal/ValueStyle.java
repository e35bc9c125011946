package dev.suanpan.money.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the Suanpan modules: put it on an abstract value type next to
 * {@code @Value.Immutable}. The generated {@code Immutable*} types are package-private and never
 * appear in the API: a value type with a builder declares {@code public static final class Builder
 * extends ImmutableX.Builder} and {@code static Builder builder()}, and {@code build()} returns the
 * abstract type. Builders refuse a null at once and a missing required field at {@code build()}
 * ({@link IllegalStateException} naming every missing field); collections are Guava immutable ones.
 *
 * <p>Used at compile time only; the Immutables processor is not needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    jdkOnly = false)
public @interface ValueStyle {}
