package org.crmgateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** What Spring Modulith cannot see: which libraries each module may touch, and who writes to the console. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
            .importPackages("org.crmgateway");

    @Test
    void coreImportsNoWebMailOrCalendarLibrary() {
        noClasses().that().resideInAPackage("org.crmgateway.crm..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.mail..",
                        "org.eclipse.angus..", "net.fortuna..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void jakartaMailOnlyInMailIngestAndTheDemoSeed() {
        noClasses().that().resideOutsideOfPackages("org.crmgateway.mailingest..", "org.crmgateway.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(CLASSES);
    }

    @Test
    void ical4jOnlyInCalendarSyncAndCalDav() {
        noClasses().that().resideOutsideOfPackages("org.crmgateway.calendarsync..", "org.crmgateway.caldav..")
                .should().dependOnClassesThat().resideInAPackage("net.fortuna.ical4j..")
                .check(CLASSES);
    }

    /** The command line and its subcommands ({@code @Command} classes of any module) talk to the console; nothing else. */
    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.crmgateway.cli..")
                .and().areNotAnnotatedWith(Command.class)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace");
        rule.check(CLASSES);
    }

    @Test
    void protocolModulesDoNotImportEachOtherExceptCalDavUsingCalendarSync() {
        protocolRule("org.crmgateway.mailingest..", "org.crmgateway.calendarsync..", "org.crmgateway.caldav..",
                "org.crmgateway.web..");
        protocolRule("org.crmgateway.calendarsync..", "org.crmgateway.mailingest..", "org.crmgateway.caldav..",
                "org.crmgateway.web..");
        protocolRule("org.crmgateway.caldav..", "org.crmgateway.mailingest..", "org.crmgateway.web..");
        protocolRule("org.crmgateway.web..", "org.crmgateway.mailingest..", "org.crmgateway.calendarsync..",
                "org.crmgateway.caldav..");
    }

    private static void protocolRule(String module, String... forbidden) {
        noClasses().that().resideInAPackage(module)
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
