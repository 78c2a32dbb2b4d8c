package tally.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@code tally} command in its own JVM, as operations run it: killed with SIGKILL, stopped with SIGTERM. */
final class TallyProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private TallyProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static TallyProcess start(Path log, String... args) {
        return start(log, List.of("-Xmx512m"), args);
    }

    /** With the JVM options given (a heap size, {@code -XX:+ExitOnOutOfMemoryError} as in the container). */
    static TallyProcess start(Path log, List<String> jvmOptions, String... args) {
        return start(log, Map.of(), jvmOptions, args);
    }

    /** With {@code env} added to this JVM's environment, as a container sets its variables. */
    static TallyProcess start(Path log, Map<String, String> env, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "tally.cli.Tally"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            return new TallyProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the process printed {@code marker}; fails with its output if it exits first. */
    TallyProcess await(String marker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String out = output();
            if (out.contains(marker)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the process exited (" + process.exitValue() + ") before printing '" + marker + "':\n" + out);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + marker + "' within " + timeout + ":\n" + output());
    }

    /** The process's standard input, a pipe. */
    java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no leaving the group. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit status of a command that ends by itself. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** SIGTERM, then the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no exit within 60 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
