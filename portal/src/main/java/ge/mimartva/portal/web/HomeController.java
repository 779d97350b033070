package ge.mimartva.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the parts of the portal the person's roles open. */
@Controller
public class HomeController {

    @GetMapping({"/portal", "/portal/"})
    String home() {
        return "home";
    }
}
