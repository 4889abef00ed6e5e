package hub.support;

import hub.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
public record Cli(int exitCode, String out, String err) {
    public static Cli run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The diagnostics part of stderr: everything before the final "hub: ..." summary line. */
    public String diagnostics() {
        StringBuilder sb = new StringBuilder();
        for (String line : err.split("\n")) {
            if (line.startsWith("hub: ")) continue;
            if (line.startsWith("  ") && !line.startsWith("  hint:")) continue; // statistics
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
