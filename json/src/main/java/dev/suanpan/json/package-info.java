/**
 * Suanpan's values as JSON and YAML documents.
 *
 * <p>{@link dev.suanpan.json.SuanpanJson} writes a value as a versioned document and reads it back
 * through the same validation as the value's builder; {@link dev.suanpan.json.SuanpanModule} is the
 * Jackson module underneath, for an application that keeps its own {@code ObjectMapper}. Amounts
 * are {@code {"amount": "12.30", "currency": "CNY"}} with the amount a decimal string, percentages
 * are strings such as {@code "2.5%"}, dates are ISO dates.
 */
package dev.suanpan.json;
