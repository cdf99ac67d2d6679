/**
 * Personal credentials besides the password: API tokens (HTTP {@code Authorization: Bearer} on the
 * REST API) and app passwords (HTTP Basic on CalDAV). Each is a random secret shown once; only its
 * SHA-256 is stored, so a database leak yields nothing that logs in.
 */
@NamedInterface("credential")
@NullMarked
package org.crmgateway.web.credential;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
