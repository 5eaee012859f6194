package dev.attune.fault;

import dev.attune.core.domain.AgentProfile;
import dev.attune.kafka.PoolPartitions;
import dev.attune.load.ServiceJvm;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The "one of three instances killed under load" fault: two more instances of the packaged service join the main
 * one's consumer group (each its own instance id), and the one that owns the most pools is killed with -9 and
 * left dead, so the other two must take its pools. The survivors stay up for the scenarios after it; the main
 * service is replaced by a survivor if it was the one killed.
 */
final class ThreeInstances implements AutoCloseable {
    private static final String GROUP = "attune-router";
    private static final String CALLS = "acd.calls";

    private final FaultStack stack;
    private final PrintStream log;
    /** Live instances by instance id; read by the ACD's REST client while the suite kills one. */
    private final Map<String, ServiceJvm> byInstance = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    ThreeInstances(FaultStack stack, PrintStream log) {
        this.stack = stack;
        this.log = log;
    }

    /** Starts the two other instances and waits until all three are ready and share the partitions. */
    void start(Duration timeout) throws Exception {
        String main = stack.instanceId();
        if (main == null) {
            throw new IllegalStateException("kill1of3 needs static membership (no --dynamic-member)");
        }
        byInstance.put(main, stack.service());
        // One after the other: two starts at once on a loaded machine left one without a database connection
        // for its migration (Agroal's 5 s acquisition timeout) and it exited; the start-up is not the fault here.
        for (int n = 2; n <= 3; n++) {
            String id = main + "-" + n;
            ServiceJvm started = stack.startInstance(id);
            byInstance.put(id, started);
            started.awaitReady(timeout);
        }
        long bound = System.nanoTime() + timeout.toNanos();
        Map<String, Set<Integer>> owned = owned();
        while (owned.values().stream().filter(p -> !p.isEmpty()).count() < 3 && System.nanoTime() < bound) {
            Thread.sleep(1_000);
            owned = owned();
        }
        log.printf("[fault] three instances: partitions of %s by instance %s%n", CALLS, owned);
    }

    /**
     * Kills (-9) the instance owning the most of these pools and returns the pools it owned. A survivor becomes
     * the main service if the main one died.
     */
    Set<String> killBusiest(Collection<String> pools) throws Exception {
        Map<String, Set<Integer>> owned = owned();
        int partitions = partitionCount();
        String victim = null;
        Set<String> victimPools = Set.of();
        for (Map.Entry<String, Set<Integer>> member : owned.entrySet()) {
            Set<String> its = new TreeSet<>();
            pools.forEach(pool -> {
                if (member.getValue().contains(PoolPartitions.of(pool, partitions))) {
                    its.add(pool);
                }
            });
            if (byInstance.containsKey(member.getKey()) && its.size() > victimPools.size()) {
                victim = member.getKey();
                victimPools = its;
            }
        }
        if (victim == null) {
            throw new IllegalStateException("no instance owns any of the pools " + pools + ": " + owned);
        }
        ServiceJvm dead = byInstance.remove(victim);
        log.printf("[fault] kill -9 of %s (pid %d), owner of pools %s%n", victim, dead.pid(), victimPools);
        ProcessHandle.of(dead.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(dead.pid()).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        if (dead == stack.service()) {
            stack.replaceService(byInstance.values().iterator().next());
        }
        return victimPools;
    }

    /** The base URL of each live instance, by instance id. */
    Map<String, String> liveUrls() {
        synchronized (byInstance) {
            Map<String, String> urls = new LinkedHashMap<>();
            byInstance.forEach((id, jvm) -> urls.put(id, jvm.baseUrl()));
            return urls;
        }
    }

    private int partitionCount() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeTopics(List.of(CALLS)).allTopicNames().get(10, TimeUnit.SECONDS).get(CALLS)
                    .partitions().size();
        }
    }

    /** The partitions of acd.calls each static member of the routing group holds now. */
    Map<String, Set<Integer>> owned() throws Exception {
        Map<String, Set<Integer>> owned = new HashMap<>();
        try (Admin admin = admin()) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all()
                    .get(10, TimeUnit.SECONDS).get(GROUP);
            for (MemberDescription member : group.members()) {
                Set<Integer> partitions = new TreeSet<>();
                for (TopicPartition tp : member.assignment().topicPartitions()) {
                    if (tp.topic().equals(CALLS)) {
                        partitions.add(tp.partition());
                    }
                }
                owned.put(member.groupInstanceId().orElse(member.consumerId()), partitions);
            }
        }
        return owned;
    }

    /**
     * The roster spread over one pool per partition (pools load-p0, load-p1, ... whose names hash onto partitions
     * 0, 1, ...), so that three instances sharing the partitions each own pools with traffic.
     */
    static List<AgentProfile> onEveryPartition(List<AgentProfile> roster, int partitions) {
        String[] pools = new String[partitions];
        int found = 0;
        for (int n = 0; found < partitions; n++) {
            String name = "load-p" + n;
            int partition = PoolPartitions.of(name, partitions);
            if (pools[partition] == null) {
                pools[partition] = name;
                found++;
            }
        }
        List<AgentProfile> spread = new ArrayList<>(roster.size());
        for (int i = 0; i < roster.size(); i++) {
            AgentProfile a = roster.get(i);
            spread.add(new AgentProfile(a.id(), pools[i % partitions], a.displayName(), a.skills(), a.languages(),
                    a.licences(), a.empathy(), a.capacity()));
        }
        return spread;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }

    @Override
    public void close() {
        List<ServiceJvm> instances;
        synchronized (byInstance) {
            instances = new ArrayList<>(byInstance.values());
        }
        for (ServiceJvm instance : instances) {
            if (instance != stack.service()) {
                try {
                    instance.close();
                } catch (Exception e) {
                    log.println("[fault] while stopping an instance: " + e);
                }
            }
        }
    }
}
