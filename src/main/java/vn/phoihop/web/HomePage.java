package vn.phoihop.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: for now the list of programs. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "redirect:/programs";
    }
}
