package org.crmgateway.web.page;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navigation needs: who is logged in and whether they are an admin. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final PageUsers users;

    PageModel(PageUsers users) {
        this.users = users;
    }

    @ModelAttribute("admin")
    boolean admin() {
        return users.current().map(PageUser::admin).orElse(false);
    }

    @ModelAttribute("username")
    String username() {
        return users.current().map(PageUser::name).orElse("");
    }
}
