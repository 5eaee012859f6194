-- What Attune told the ACD besides offers, kept in the journal so a call's history shows it: a call refused
-- because no agent of its pool could ever take it (call.unroutable), an agent set away after an unanswered
-- offer (agent.set-away). One row per notice; a notice journalled again (by the feed after the engine
-- host, after a restart) is dropped by the unique key.
create table routing_notice (
    id          bigserial    primary key,
    kind        varchar(32)  not null check (kind in ('CALL_UNROUTABLE', 'AGENT_SET_AWAY')),
    pool_id     varchar(128) not null,
    call_id     varchar(128) not null,
    agent_id    varchar(128),
    decision_id varchar(128) not null default '',
    reason      text         not null,
    rule        text,
    noticed_at  timestamptz  not null,
    unique (kind, pool_id, call_id, decision_id)
);
create index routing_notice_by_call on routing_notice (call_id, noticed_at);
