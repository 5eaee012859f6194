package dev.attune.persistence;

import dev.attune.core.domain.Call;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.service.FairnessConfig;
import dev.attune.service.port.ControlArmSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Journals each call's segment on arrival (with the declared ACD attributes only) and its abandonment, inside
 * the journal's transaction. Idempotent: a call's first arrival and first abandonment stand.
 */
@ApplicationScoped
public class CallSegments {
    @Inject
    JsonColumns json;
    @Inject
    FairnessConfig config;
    @Inject
    ControlArmSwitch controlArm;

    void apply(List<JournalChange> changes) {
        Set<String> callIds = new HashSet<>();
        boolean arrivals = false;
        for (JournalChange change : changes) {
            if (change instanceof JournalChange.Arrived arrived) {
                callIds.add(arrived.arrived().callId());
                arrivals = true;
            } else if (change instanceof JournalChange.Abandoned abandoned) {
                callIds.add(abandoned.abandoned().callId());
            }
        }
        if (callIds.isEmpty()) {
            return;
        }
        Map<String, CallSegmentEntity> rows = new HashMap<>();
        RowsByKey.find(CallSegmentEntity.class, callIds).forEach(row -> rows.put(row.callId, row));
        ControlArm arm = arrivals ? controlArm.current() : null;
        for (JournalChange change : changes) {
            if (change instanceof JournalChange.Arrived arrived && !rows.containsKey(arrived.arrived().callId())) {
                CallSegmentEntity row = row(arrived.arrived(), arm);
                rows.put(row.callId, row);
                row.persist();
            } else if (change instanceof JournalChange.Abandoned abandoned) {
                CallSegmentEntity row = rows.get(abandoned.abandoned().callId());
                if (row != null && row.abandonedAt == null) {
                    row.abandonedAt = abandoned.abandoned().at();
                }
            }
        }
    }

    private CallSegmentEntity row(CallArrived arrived, ControlArm arm) {
        Call call = arrived.call();
        CallSegmentEntity row = new CallSegmentEntity();
        row.callId = call.id();
        row.poolId = call.poolId();
        row.productCode = call.productCode();
        row.language = call.language();
        row.priority = call.priority();
        row.vulnerable = call.vulnerable();
        Map<String, String> declared = new TreeMap<>(arrived.segments());
        // the call's own channel stands for the ACD's segment attribute when the ACD sends none
        declared.putIfAbsent("channel", call.channel().name());
        declared.keySet().retainAll(config.segmentAttributes());
        row.attributes = json.write(declared);
        row.arm = arm.armOf(call.id(), call.arrivedAt()).name();
        row.arrivedAt = call.arrivedAt();
        return row;
    }
}
