package org.tablebook.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.tablebook.app.Cli;
import org.tablebook.app.DataFolders;

/**
 * The child process of the killed-import test: {@code ImportRunner DATA BACKUP.json FILE} runs
 * {@code tablebook import BACKUP.json FILE} as the command line does, then prints {@code EXIT n}.
 */
public final class ImportRunner {
    private ImportRunner() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = new Cli(out, System.err, Clock.systemUTC(), new DataFolders(Path.of(args[0])))
                .run(new String[] {"import", args[1], args[2]});
        out.println("EXIT " + code);
    }
}
