package vn.phoihop.programs;

import vn.phoihop.shared.ProgramId;

/** Published when a program is created or its title, code, parties, themes, status or directions change. */
public record ProgramChanged(ProgramId programId) {
}
