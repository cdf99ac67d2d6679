package org.crmgateway.crm.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a batch knows about threads: the thread of every Message-ID its messages name, and the
 * partners linked to each of those threads (rule 6). Read once per batch by {@link ThreadLinker}
 * and kept current while the batch is recorded, so a reply needs no look-up of its own, not even
 * when its parent is in the same batch and not yet written.
 */
final class BatchThreads {

    private final Map<String, Long> registered;
    private final Map<Long, Set<Long>> partners;
    private final Deque<Long> reserved = new ArrayDeque<>();

    BatchThreads(Map<String, Long> registered, Map<Long, Set<Long>> partners) {
        this.registered = registered;
        this.partners = partners;
    }

    /** The threads that already know one of these ids, oldest first. */
    List<Long> existing(List<String> ids) {
        Set<Long> threads = new TreeSet<>();
        for (String id : ids) {
            Long thread = registered.get(id);
            if (thread != null) {
                threads.add(thread);
            }
        }
        return new ArrayList<>(threads);
    }

    boolean isRegistered(String id) {
        return registered.containsKey(id);
    }

    void register(String id, long thread) {
        registered.put(id, thread);
    }

    /** The partners linked to activities of these threads. */
    Set<Long> partnersOf(Collection<Long> threads) {
        Set<Long> found = new HashSet<>();
        for (Long thread : threads) {
            found.addAll(partners.getOrDefault(thread, Set.of()));
        }
        return found;
    }

    /** An activity of this thread was linked to these partners. */
    void linked(long thread, Collection<Long> partnerIds) {
        partners.computeIfAbsent(thread, t -> new HashSet<>()).addAll(partnerIds);
    }

    /** Thread rows inserted ahead for the messages that start a thread. */
    void reserved(long[] ids) {
        for (long id : ids) {
            reserved.add(id);
        }
    }

    /** A reserved thread row, oldest first, if one is left. */
    Optional<Long> takeReserved() {
        return Optional.ofNullable(reserved.poll());
    }

    /** The reserved thread rows no message took; they are to be deleted. */
    List<Long> unused() {
        List<Long> left = List.copyOf(reserved);
        reserved.clear();
        return left;
    }

    /** Thread {@code from} was merged into {@code into}. */
    void merged(long from, long into) {
        registered.replaceAll((id, thread) -> thread == from ? into : thread);
        Set<Long> moved = partners.remove(from);
        if (moved != null) {
            linked(into, moved);
        }
    }
}
