package org.crmgateway.mailingest.archive;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.sync.MessageReader;
import org.crmgateway.mailingest.sync.SyncCounts;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm-gateway import --user NAME PATH...}: imports mbox files, Maildir folders or .eml files. */
@Component
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports an mbox file, a Maildir folder or .eml files into a staff user's history.")
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "the staff user the mail belongs to")
    String user;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "mbox file, Maildir folder, .eml file or folder")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    private final StaffUsers staff;
    private final ArchiveImport archiveImport;

    public ImportCommand(StaffUsers staff, HistoryRecorder recorder, MessageReader reader,
                         MailIngestProperties properties) {
        this.staff = staff;
        this.archiveImport = new ArchiveImport(recorder, reader, properties);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<StaffUser> owner = staff.byUsername(user);
        if (owner.isEmpty()) {
            err.println("No staff user named '" + user + "'.");
            err.flush();
            return 2;
        }
        int exit = 0;
        for (Path path : paths) {
            try {
                SyncCounts counts = archiveImport.run(owner.get().tenant(), owner.get().id(), path,
                        new ProgressBar(err, path.getFileName() == null ? path.toString() : path.getFileName().toString()));
                out.println(path + ": " + counts);
            } catch (IOException | UncheckedIOException e) {
                err.println(path + ": cannot read: " + e.getMessage());
                exit = 1;
            }
            out.flush();
            err.flush();
        }
        return exit;
    }
}
