package org.commitmenttracker.eventstore.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.commitmenttracker.eventstore.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spreads every processor's segments over the tracker nodes that share the database.
 *
 * <p>Axon's pooled processor claims every free segment it finds, so the first node to start would own them all and the
 * others would idle. Each node therefore renews a row in tracker_node, counts the nodes seen lately, and releases a
 * segment for a while whenever it holds two or more segments more than another live node; that node claims it at its
 * next look (the segment stays released for {@code tracker.cluster.release-for}). When a node dies its claims expire
 * after the claim timeout and the others take them, however many they hold already, and its row ages out so the fair
 * share grows again.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ProjectionStatus status;
    private final JdbcClient jdbc;
    private final String node;
    private final Duration interval;
    private final Duration releaseFor;
    private ScheduledExecutorService timer;

    SegmentBalancer(ProjectionStatus status, JdbcClient jdbc, NodeName node, ClusterProperties cluster) {
        this.status = status;
        this.jdbc = jdbc;
        this.node = node.value();
        this.interval = cluster.balanceInterval();
        this.releaseFor = cluster.releaseFor();
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("segment-balancer").daemon().factory());
        timer.scheduleWithFixedDelay(this::balance, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        try {
            jdbc.sql("DELETE FROM tracker_node WHERE node_name = ?").param(node).update();
        } catch (RuntimeException e) {
            log.debug("Could not sign this node off; its row ages out instead", e);
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** Stops after the processors have released their segments, starts before them would not matter. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void balance() {
        try {
            Set<String> nodes = renewAndListNodes();
            ProcessingGroups.SHARED_OUT.forEach(name -> releaseAboveFairShare(status.streaming(name), nodes));
        } catch (RuntimeException e) {
            log.warn("Segment balancing skipped this round: {}", e.getMessage());
        }
    }

    /** This node and every other node that renewed its row within three intervals. */
    private Set<String> renewAndListNodes() {
        jdbc.sql("""
                INSERT INTO tracker_node (node_name, seen_at) VALUES (?, now())
                ON CONFLICT (node_name) DO UPDATE SET seen_at = excluded.seen_at""").param(node).update();
        return Set.copyOf(
                jdbc.sql("SELECT node_name FROM tracker_node WHERE seen_at > now() - make_interval(secs => ?)")
                        .param(interval.toMillis() * 3 / 1000.0)
                        .query(String.class)
                        .list());
    }

    /**
     * Releases one segment if this node holds at least two more than some live node, judged from the claims committed
     * in token_entry (a node's own view lags its releases).
     */
    private void releaseAboveFairShare(StreamingEventProcessor processor, Set<String> nodes) {
        List<Claim> claims = jdbc.sql("SELECT segment, owner FROM token_entry WHERE processor_name = ?")
                .param(processor.getName())
                .query((rs, row) -> new Claim(rs.getInt(1), rs.getString(2)))
                .list();
        Map<String, Long> held = claims.stream()
                .filter(claim -> claim.owner() != null)
                .collect(Collectors.groupingBy(Claim::owner, Collectors.counting()));
        long mine = held.getOrDefault(node, 0L);
        List<Long> others = nodes.stream()
                .filter(other -> !other.equals(node))
                .map(other -> held.getOrDefault(other, 0L))
                .toList();
        if (shouldRelease(mine, others)) {
            int released = claims.stream()
                    .filter(claim -> node.equals(claim.owner()))
                    .mapToInt(Claim::segment)
                    .max()
                    .orElseThrow();
            log.info(
                    "Processor {} on node {} holds {} of {} segments for {} nodes; releasing segment {}",
                    processor.getName(),
                    node,
                    mine,
                    claims.size(),
                    nodes.size(),
                    released);
            processor.releaseSegment(released, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One segment moves while this node holds two or more than the least loaded live node. The spread ends at most one
     * apart: four segments on three nodes settle as 2/1/1, where "more than segments divided by nodes, rounded up"
     * would leave them at 2/2/0.
     */
    static boolean shouldRelease(long mine, Collection<Long> othersHeld) {
        return othersHeld.stream().anyMatch(other -> mine - other >= 2);
    }

    private record Claim(int segment, String owner) {}
}
