/**
 * The jewellery showroom [004 篇3, 篇4, 篇9]: counter sales counted after every sale, at the lunch
 * handover and at the close, the retail daily report, and the month-end stocktake in the order of
 * 004 篇3: the count window with deliveries stopped and earlier documents posted first, blind first
 * counts, the warehouse supervisor's recount with four others, finance's sampling from the goods
 * and from the count sheet with a full recount ordered, and the notes reviewed by the finance
 * supervisor and approved by the general manager, a shortage charged to the custodian.
 */
package dev.suanpan.examples.jewellery;
