/**
 * Who may call what: the password encoder, the staff users as Spring Security users, one
 * {@link org.springframework.security.web.SecurityFilterChain} per area of the URL space (ordered
 * by {@link org.crmgateway.security.SecurityOrder}), and the first administrator.
 */
@NullMarked
package org.crmgateway.security;

import org.jspecify.annotations.NullMarked;
