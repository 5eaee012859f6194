-- Fairness audit and live on/off benchmark (docs/fairness.md): each call's segment as the ACD sent it on
-- call.arrived (never a trait Attune infers), the benchmark arm it was routed in, and when it arrived or was
-- abandoned, so wait, abandonment and service level can be told per segment and per arm.
create table call_segment (
    call_id      varchar(128) primary key,
    pool_id      varchar(64)  not null,
    product_code varchar(64)  not null,
    language     varchar(16)  not null,
    priority     integer      not null,
    vulnerable   boolean      not null,
    -- the declared segment attributes the ACD sent (attune.fairness.segment-attributes), e.g. channel, age band
    attributes   jsonb        not null default '{}',
    arm          varchar(16)  not null check (arm in ('ATTUNE', 'CONTROL')),
    arrived_at   timestamptz  not null,
    abandoned_at timestamptz
);
create index call_segment_by_arrival on call_segment (arrived_at);

-- A control-arm call is routed by skills-based longest idle and its decision says so.
alter table decision drop constraint decision_path_check;
alter table decision add constraint decision_path_check check (path in ('PLAN', 'DECIDER', 'FALLBACK', 'CONTROL'));

-- The control arm's switch: an append-only history like weight_change; the newest row is in force.
create table control_arm_change (
    id         bigserial        primary key,
    changed_by varchar(200)     not null,
    changed_at timestamptz      not null,
    reason     text,
    enabled    boolean          not null,
    share      double precision not null check (share >= 0 and share <= 1),
    mode       varchar(16)      not null check (mode in ('HASH', 'TIME_BLOCKS')),
    block_seconds integer       not null check (block_seconds > 0),
    before     jsonb
);
