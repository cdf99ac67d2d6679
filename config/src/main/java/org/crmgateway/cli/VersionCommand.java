package org.crmgateway.cli;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm-gateway version}: prints the version of this build. */
@Component
@Command(name = "version", description = "Prints the version of this build.")
class VersionCommand implements Callable<Integer> {

    private final ObjectProvider<BuildProperties> build;

    @Spec
    CommandSpec spec;

    VersionCommand(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @Override
    public Integer call() {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "unknown (no build information)" : properties.getVersion();
        spec.commandLine().getOut().println("crm-gateway " + version);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
