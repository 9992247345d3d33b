package dev.switchboard.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a database's own tool (initdb, pg_ctl, mariadb-install-db) to completion, its output into a log file. */
final class NativeCommand {

    private NativeCommand() {
    }

    static void run(List<String> command, Path log, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; see "
                    + log);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())));
        }
    }

    /** PostgreSQL refuses to run as root; the suite may, so its server runs as the postgres user then. */
    static List<String> asUser(String user, List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> switched = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + user,
                "--init-groups", "--"));
        switched.addAll(command);
        return switched;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The first of the candidates that exists, or the bare name, to be found on the PATH. */
    static String find(String name, String... directories) {
        for (String directory : directories) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name;
    }
}
