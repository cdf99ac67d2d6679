package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.store.CalendarObject;
import org.springframework.stereotype.Component;

/** HEAD: the headers GET would send. */
@Component
class Head implements DavMethod {
    private final Get get;

    Head(Get get) {
        this.get = get;
    }

    @Override
    public String name() {
        return "HEAD";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        CalendarObject object = get.find(request);
        Get.headers(response, object, object.data().getBytes(StandardCharsets.UTF_8).length);
    }
}
