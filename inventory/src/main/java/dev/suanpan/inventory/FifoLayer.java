package dev.suanpan.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A FIFO cost layer still on hand: the inbound movement it came from, its units left and their
 * value.
 */
public record FifoLayer(LocalDate date, String document, BigDecimal quantity, Money value) {}
