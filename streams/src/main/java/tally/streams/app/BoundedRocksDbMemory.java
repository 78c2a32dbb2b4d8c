package tally.streams.app;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One bounded block cache and memtable budget shared by every RocksDB store of the process, as
 * the Kafka Streams memory-management guide recommends: by default each store (seven per
 * partition here) gets its own 50 MB cache and memtables, and off-heap memory grows with the
 * number of partitions instead of staying within what a container is given.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Streams setting: off-heap bytes for all RocksDB caches and memtables together. */
    public static final String MEMORY_CONFIG = "tally.rocksdb.memory.bytes";
    public static final long DEFAULT_MEMORY = 256L << 20;
    /** Of the budget, what memtables may take. */
    private static final double MEMTABLE_SHARE = 0.5;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    private static synchronized void init(long bytes) {
        if (cache == null) {
            cache = new LRUCache(bytes, -1, false, 0.1);
            writeBuffers = new WriteBufferManager((long) (bytes * MEMTABLE_SHARE), cache);
        }
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object configured = configs.get(MEMORY_CONFIG);
        init(configured == null ? DEFAULT_MEMORY : Long.parseLong(configured.toString()));
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBuffers);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by every store: never closed with one.
    }
}
