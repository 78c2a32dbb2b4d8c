package tally.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Memory of this process after a given number of figures: heap in use after a full GC, RocksDB's
 * own estimate of its off-heap memory from the Kafka Streams metrics (the block cache all stores
 * share, which memtables are charged to, plus table readers), and the resident set size the
 * operating system sees.
 */
record MemorySample(long figures, long heapAfterGcBytes, long rocksDbBytes, long rssBytes) {

    static MemorySample of(long figures, KafkaStreams streams) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // Every store reports the one block cache they share (memtables are charged to it): count it once.
        long cache = 0;
        long readers = 0;
        for (var m : streams.metrics().values()) {
            if (m.metricValue() instanceof Number n) {
                switch (m.metricName().name()) {
                    case "block-cache-usage" -> cache = Math.max(cache, n.longValue());
                    case "estimate-table-readers-mem" -> readers += n.longValue();
                    default -> {
                        // other metrics
                    }
                }
            }
        }
        return new MemorySample(figures, heap, cache + readers, rss());
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "after %,d figures: heap after GC %,d MB, RocksDB %,d MB, RSS %,d MB",
                figures, heapAfterGcBytes >> 20, rocksDbBytes >> 20, rssBytes < 0 ? -1 : rssBytes >> 20);
    }
}
