package tally.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Memory of this process after a given number of figures: heap in use after a full GC, RocksDB's
 * own estimate of its memory (memtables, block cache, table readers; off-heap) from the Kafka
 * Streams metrics, and the resident set size the operating system sees.
 */
record MemorySample(long figures, long heapAfterGcBytes, long rocksDbBytes, long rssBytes) {

    private static final Set<String> ROCKSDB_MEMORY = Set.of("size-all-mem-tables", "block-cache-usage", "estimate-table-readers-mem");

    static MemorySample of(long figures, KafkaStreams streams) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rocks = 0;
        for (var m : streams.metrics().values()) {
            if (ROCKSDB_MEMORY.contains(m.metricName().name()) && m.metricValue() instanceof Number n) {
                rocks += n.longValue();
            }
        }
        return new MemorySample(figures, heap, rocks, rss());
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
