package vn.phoihop.emulation;

import java.time.LocalDate;

/** A new movement; the period defaults to the program's. */
public record MovementForm(String title, LocalDate periodStart, LocalDate periodEnd) {
}
