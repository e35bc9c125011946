/**
 * The jewellery showroom [004 篇3, 篇4, 篇9]: counter sales counted after every sale, at the lunch
 * handover and at the close, the retail daily report, and the month-end stocktake with blind count
 * sheets, finance's sampling audit, the warehouse head's recount and an approved shortage charged
 * to the custodian.
 */
package dev.suanpan.examples.jewellery;
