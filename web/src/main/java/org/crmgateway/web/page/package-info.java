/**
 * The thin web client: server-rendered Thymeleaf pages with htmx for the live parts (the
 * timeline's infinite scroll, sync progress). Every handler reads as the logged-in
 * {@link org.crmgateway.crm.Viewer}, so tenant and privacy scoping is the core's, never the page's.
 */
@NullMarked
package org.crmgateway.web.page;

import org.jspecify.annotations.NullMarked;
