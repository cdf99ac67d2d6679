package org.crmgateway.mailingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsCountShareRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "inbox.mbox");
        String line = bar.line(250, 1000, Instant.now().minusSeconds(10));
        assertThat(line).startsWith("inbox.mbox [#######.......................] 250/1000  25% ")
                .matches(".* 2[45] msg/s, (30|31)s left");
    }

    @Test
    void endsTheLineWhenDone() {
        StringWriter out = new StringWriter();
        new ProgressBar(new PrintWriter(out), "a").update(3, 3);
        assertThat(out.toString()).startsWith("\ra [").endsWith(System.lineSeparator());
    }
}
