package org.crmgateway;

import org.crmgateway.testing.GatewayIT;

/** Contract v1 on the embedded H2 database, in the context all {@link GatewayIT} tests share. */
@GatewayIT
class ApiH2IT extends ApiContract {
}
