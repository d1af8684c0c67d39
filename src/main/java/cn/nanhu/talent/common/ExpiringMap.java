package cn.nanhu.talent.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A map of this copy's memory whose entries live for a while and which never holds more than
 * {@code maxEntries}: the one shape behind the service's short-lived caches and its rate limits.
 * <ul>
 * <li>An entry lives {@code ttl} after it was written ({@link #afterWrite}), or after it was last
 * used ({@link #afterAccess}). An expired entry is never returned.</li>
 * <li>Expired entries are swept out at most once per {@code ttl}, on a write, so they never pile up
 * while the map stays below its bound.</li>
 * <li>A write that finds the map full sweeps the expired entries; if every entry is still alive, the
 * map starts over rather than grow. An entry is something that can be made again (a cache) or
 * whose loss errs on the side of the user (a rate limit's bucket), so starting over is safe.</li>
 * </ul>
 * Thread-safe; reads take no lock.
 */
public final class ExpiringMap<K, V> {

    private static final class Node<V> {
        final V value;
        volatile long expiresAt;

        Node(V value, long expiresAt) {
            this.value = value;
            this.expiresAt = expiresAt;
        }
    }

    private final String name;
    private final long ttlMillis;
    private final boolean extendOnAccess;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<K, Node<V>> nodes = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    private ExpiringMap(String name, Duration ttl, boolean extendOnAccess, int maxEntries, Clock clock) {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("an expiring map needs a positive lifetime and room for an entry: " + name);
        }
        this.name = name;
        this.ttlMillis = Math.max(1, ttl.toMillis());
        this.extendOnAccess = extendOnAccess;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.nextSweep = clock.millis() + ttlMillis;
    }

    /** Entries live {@code ttl} after they were put. */
    public static <K, V> ExpiringMap<K, V> afterWrite(String name, Duration ttl, int maxEntries, Clock clock) {
        return new ExpiringMap<>(name, ttl, false, maxEntries, clock);
    }

    /** Entries live {@code ttl} after they were last read or put. */
    public static <K, V> ExpiringMap<K, V> afterAccess(String name, Duration ttl, int maxEntries, Clock clock) {
        return new ExpiringMap<>(name, ttl, true, maxEntries, clock);
    }

    /** The live value of {@code key}, or null. */
    public V get(K key) {
        Node<V> node = nodes.get(key);
        if (node == null) {
            return null;
        }
        long now = clock.millis();
        if (now >= node.expiresAt) {
            nodes.remove(key, node);
            return null;
        }
        if (extendOnAccess) {
            node.expiresAt = now + ttlMillis;
        }
        return node.value;
    }

    /** Keeps {@code value} for {@code key}, replacing what was there. */
    public void put(K key, V value) {
        long now = clock.millis();
        makeRoom(key, now);
        nodes.put(key, new Node<>(value, now + ttlMillis));
    }

    /** The live value of {@code key}, or the one {@code create} makes for it, kept; atomic per key. */
    public V getOrCreate(K key, Function<? super K, ? extends V> create) {
        V live = get(key);
        if (live != null) {
            return live;
        }
        long now = clock.millis();
        makeRoom(key, now);
        return nodes.compute(key, (k, node) -> {
            if (node != null && now < node.expiresAt) {
                return node; // another caller made it meanwhile
            }
            return new Node<>(create.apply(k), now + ttlMillis);
        }).value;
    }

    public void remove(K key) {
        nodes.remove(key);
    }

    /** Entries held, some perhaps expired but not yet swept. */
    public int size() {
        return nodes.size();
    }

    private void makeRoom(K key, long now) {
        if (now >= nextSweep) {
            nextSweep = now + ttlMillis;
            sweep(now);
        }
        if (nodes.size() >= maxEntries && !nodes.containsKey(key)) {
            sweep(now);
            if (nodes.size() >= maxEntries) {
                nodes.clear();
            }
        }
    }

    private void sweep(long now) {
        nodes.values().removeIf(node -> now >= node.expiresAt);
    }

    @Override
    public String toString() {
        return "ExpiringMap[" + name + ": " + nodes.size() + " of " + maxEntries + "]";
    }
}
