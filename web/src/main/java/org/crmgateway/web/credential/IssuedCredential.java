package org.crmgateway.web.credential;

/** A credential just created, with its secret: the only moment the secret exists outside its owner. */
public record IssuedCredential(PersonalCredential credential, String secret) {

    @Override
    public String toString() {
        return "IssuedCredential[" + credential + ", secret=***]";
    }
}
