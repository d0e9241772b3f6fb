package org.saferinternethub.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, the help page, and a "coming soon" page for each module that is not built yet (the toolbox
 * has its own controller).
 */
@Controller
class PageController {

    static final String COMING_SOON = "platform/coming-soon";

    @GetMapping({ "", "/" })
    String home() {
        return "platform/home";
    }

    @GetMapping("/help")
    String help() {
        return "platform/help";
    }

    @GetMapping("/guides")
    String guides(Model model) {
        return comingSoon(model, "guides");
    }

    @GetMapping("/surveys")
    String surveys(Model model) {
        return comingSoon(model, "surveys");
    }

    @GetMapping("/chat")
    String chat(Model model) {
        return comingSoon(model, "helpline");
    }

    private static String comingSoon(Model model, String module) {
        model.addAttribute("module", module);
        return COMING_SOON;
    }

}
