/**
 * A 4S car dealership (4S店): the new-car sale on floor-plan finance with the sales manager's extra
 * discount, insurance, accessories, VAT and the manufacturer's volume rebate; and the after-sales
 * repair order with parts at FIFO cost, labour, a warranty part billed to the manufacturer, the
 * settlement sheet's margin and the technician's commission.
 */
package dev.suanpan.examples.dealership;
