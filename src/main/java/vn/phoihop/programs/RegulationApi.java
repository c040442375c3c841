package vn.phoihop.programs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.ProgramId;

/** A program's framework regulation: read by anyone who may see the program, set by its keeper's secretariat. */
@RestController
@RequestMapping("/api/v1/programs/{id}/regulation")
class RegulationApi {

    private final Programs programs;
    private final Accounts accounts;

    RegulationApi(Programs programs, Accounts accounts) {
        this.programs = programs;
        this.accounts = accounts;
    }

    @GetMapping
    RegulationDetails show(@PathVariable long id) {
        return programs.regulation(new ProgramId(id), accounts.currentActor());
    }

    @PutMapping
    RegulationDetails update(@PathVariable long id, @RequestBody RegulationForm form) {
        return programs.updateRegulation(new ProgramId(id), form, accounts.currentActor());
    }
}
