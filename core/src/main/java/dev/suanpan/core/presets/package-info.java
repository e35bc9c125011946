/**
 * Ready-made policies of the source documents, by business name: what each is (for example {@link
 * dev.suanpan.core.presets.PropertyOfficeCancellationTerms}, the property sales office's
 * cancellation terms, or {@link dev.suanpan.core.presets.PropertyOfficeDiscountAuthority}, its
 * special-discount authority for the pricer), each citing the section it comes from (004 篇7 §12,
 * 004 篇7 §7, 001 第二十七条, ...). The engines carry no example numbers: start from a preset, or build a
 * policy of your own with the engine's builder. Every figure of a preset is a setting of its
 * policy. Besides the source documents, {@link dev.suanpan.core.presets.RecoveryCostCompensation}
 * has the fixed sums for recovery costs of EU and UK late-payment law, citing the article.
 */
package dev.suanpan.core.presets;
