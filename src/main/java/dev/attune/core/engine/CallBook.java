package dev.attune.core.engine;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.EmotionEstimate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pool's calls from arrival to their one ending: the live calls, the waiting queue with its share of the
 * skill demand, the calls that ended (so a replayed arrival is not taken for a new call), and emotion
 * estimates that arrived before their call did.
 */
final class CallBook {
    private static final int EARLY_EMOTIONS = 10_000;

    private final Map<String, CallEntry> calls = new HashMap<>();
    private final WaitingQueue queue = new WaitingQueue();
    private final RecentIds ended;
    private final Map<String, EmotionEstimate> earlyEmotions = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EmotionEstimate> eldest) {
            return size() > EARLY_EMOTIONS;
        }
    };
    private final SkillBalance skills;
    private Catalogue catalogue;
    private long nextPosition = 1;
    private boolean exactRegion;

    CallBook(Catalogue catalogue, int rememberedCalls, SkillBalance skills) {
        this.catalogue = catalogue;
        this.ended = new RecentIds(rememberedCalls);
        this.skills = skills;
    }

    CallEntry get(String callId) {
        return calls.get(callId);
    }

    CallEntry waiting(String callId) {
        CallEntry live = calls.get(callId);
        return live != null && live.stage == CallEntry.Stage.WAITING ? live : null;
    }

    /** Live now, or ended not long ago. */
    boolean known(String callId) {
        return calls.containsKey(callId) || ended.contains(callId);
    }

    /** Whether this very object is still the live record of its call (it may have ended since). */
    boolean isLive(CallEntry live) {
        return calls.get(live.id()) == live;
    }

    WaitingQueue queue() {
        return queue;
    }

    /** A new call: given the next queue position and any estimate read before it arrived, and queued. */
    CallEntry admit(Call call) {
        call = call.withQueuePosition(nextPosition++).withExactRegion(exactRegion);
        EmotionEstimate early = earlyEmotions.remove(call.id());
        if (early != null && early.supersedes(call.emotion())) {
            call = call.withEmotion(early);
        }
        CallEntry live = new CallEntry(call);
        calls.put(call.id(), live);
        enqueue(live);
        return live;
    }

    /** Keeps an estimate for a call not here yet (read in the IVR); false when the call is live. */
    boolean keepEarly(EmotionEstimate estimate) {
        if (calls.containsKey(estimate.callId())) {
            return false;
        }
        if (!ended.contains(estimate.callId()) && estimate.supersedes(earlyEmotions.get(estimate.callId()))) {
            earlyEmotions.put(estimate.callId(), estimate);
        }
        return true;
    }

    void enqueue(CallEntry live) {
        queue.add(live);
        catalogue.find(live.call.productCode()).ifPresent(p -> skills.addDemand(p.requiredSkill()));
    }

    void dequeue(CallEntry live) {
        queue.remove(live);
        catalogue.find(live.call.productCode()).ifPresent(p -> skills.removeDemand(p.requiredSkill()));
    }

    /** The call's record goes; its id is remembered as ended. */
    void end(CallEntry live) {
        calls.remove(live.id());
        ended.add(live.id());
    }

    boolean exactRegion() {
        return exactRegion;
    }

    /**
     * The pool's language setting: every live call carries it (the planner sees calls, not the pool), and a
     * waiting call is filed again under its new need. True when it changed.
     */
    boolean setExactRegion(boolean exact) {
        if (exact == exactRegion) {
            return false;
        }
        exactRegion = exact;
        for (CallEntry live : calls.values()) {
            boolean queued = queue.contains(live);
            if (queued) {
                queue.remove(live);
            }
            live.call = live.call.withExactRegion(exact);
            if (queued) {
                queue.add(live);
            }
        }
        return true;
    }

    /** A new catalogue can change what each waiting call needs. */
    void recount(Catalogue newCatalogue) {
        catalogue = newCatalogue;
        skills.clearDemand();
        for (CallEntry live : queue.inOrder()) {
            catalogue.find(live.call.productCode()).ifPresent(p -> skills.addDemand(p.requiredSkill()));
        }
    }
}
