package org.crmgateway;

/** Contract v1 on the embedded H2 database. */
@GatewayIT
class ApiH2IT extends ApiContract {
}
