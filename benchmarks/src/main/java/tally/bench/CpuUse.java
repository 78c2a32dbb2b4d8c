package tally.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time this process has used so far: in all, in the Streams application's stream threads (its
 * own producers' network threads excluded), in the JIT compilers and in GC. Differences between
 * two samples tell what a run cost per figure, a figure that holds when other work shares the
 * machine (rates then do not).
 */
record CpuUse(long processNanos, long streamThreadNanos, long compileMillis, long gcMillis) {

    static CpuUse now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long stream = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            // Stream threads are "<client id>-StreamThread-N"; their producers' threads name them too.
            if (t != null && t.getThreadName().contains("-StreamThread-") && !t.getThreadName().startsWith("kafka-producer")) {
                stream += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new CpuUse(process, stream, ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
    }

    CpuUse since(CpuUse start) {
        return new CpuUse(processNanos - start.processNanos, streamThreadNanos - start.streamThreadNanos,
                compileMillis - start.compileMillis, gcMillis - start.gcMillis);
    }

    /** Per figure, in microseconds, with the seconds of JIT compilation and GC (wall-clock, all threads) within it. */
    String describe(long figures) {
        return String.format(Locale.ROOT, "CPU per figure %,.0f us in the process (broker included), %,.0f us in the stream threads; "
                        + "JIT compilation %.1f s, GC %.1f s",
                processNanos / 1e3 / figures, streamThreadNanos / 1e3 / figures, compileMillis / 1e3, gcMillis / 1e3);
    }
}
