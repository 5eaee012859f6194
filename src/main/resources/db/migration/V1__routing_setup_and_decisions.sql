-- Attune schema, version 1: the routing setup a workforce manager keeps (catalogue, agents, weights)
-- and the record compliance reads (every decision with its explanation, every call outcome).
-- Live queue state is not here: it lives in memory and is rebuilt from Kafka and these tables.

-- ---- Product catalogue (seeded from config/catalogue.json) ----
create table product (
    code                            varchar(64)      primary key,
    label                           varchar(200)     not null,
    required_skill                  varchar(64)      not null,
    minimum_proficiency             smallint         not null check (minimum_proficiency between 1 and 5),
    required_licence                varchar(64),
    base_stakes                     double precision not null check (base_stakes between 0 and 1),
    base_distress                   double precision not null check (base_distress between 0 and 1),
    service_level_share             double precision not null check (service_level_share > 0 and service_level_share <= 1),
    service_level_threshold_seconds integer          not null check (service_level_threshold_seconds > 0),
    updated_at                      timestamptz      not null
);

-- ---- Agents (seeded from config/roster.json). No protected attributes, by design. ----
create table agent (
    id           varchar(64)      primary key,
    pool_id      varchar(64)      not null,
    display_name varchar(200)     not null,
    empathy      double precision not null check (empathy between 0 and 1),
    capacity     integer          not null check (capacity >= 1),
    version      bigint           not null default 0,
    created_at   timestamptz      not null,
    updated_at   timestamptz      not null
);
create index agent_by_pool on agent (pool_id);

create table agent_skill (
    agent_id    varchar(64) not null references agent (id) on delete cascade,
    skill       varchar(64) not null,
    proficiency smallint    not null check (proficiency between 1 and 5),
    primary key (agent_id, skill)
);
create index agent_skill_by_skill on agent_skill (skill, proficiency);

create table agent_language (
    agent_id varchar(64) not null references agent (id) on delete cascade,
    language varchar(16) not null,
    primary key (agent_id, language)
);

create table agent_licence (
    agent_id varchar(64) not null references agent (id) on delete cascade,
    licence  varchar(64) not null,
    primary key (agent_id, licence)
);

-- Every change a workforce manager made to an agent: who, when, why, the profile before and after.
create table agent_change (
    id         bigserial    primary key,
    agent_id   varchar(64)  not null references agent (id) on delete cascade,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    reason     text,
    before     jsonb,
    after      jsonb        not null
);
create index agent_change_by_agent on agent_change (agent_id, changed_at);

-- ---- Constraint weights: an append-only history; the newest row is the weight set in force. ----
create table weight_change (
    id         bigserial    primary key,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    reason     text,
    before     jsonb,
    after      jsonb        not null
);

-- ---- Decisions: every offer with its explanation and what became of it. ----
create table decision (
    decision_id          varchar(64)      primary key,
    pool_id              varchar(64)      not null,
    call_id              varchar(128)     not null,
    agent_id             varchar(64)      not null,
    path                 varchar(16)      not null check (path in ('PLAN', 'DECIDER', 'FALLBACK')),
    score                bigint           not null,
    contributions        jsonb            not null,
    reasons              jsonb            not null,
    whisper              text,
    care_need            double precision,
    distress             double precision,
    stakes               double precision,
    alternative_agents   jsonb            not null,
    created_at           timestamptz      not null,
    reservation_deadline timestamptz      not null,
    status               varchar(16)      not null
        check (status in ('PENDING', 'ACCEPTED', 'REJECTED', 'TIMED_OUT', 'RESCINDED')),
    status_at            timestamptz      not null,
    status_reason        text
);
create index decision_by_call on decision (call_id, created_at);
create index decision_pending_by_pool on decision (pool_id) where status = 'PENDING';

-- ---- Call outcomes as the ACD reports them in call.ended (one per call and serving agent: a transfer
-- ends the first agent's part and a later call.ended reports the next agent's). ----
create table call_outcome (
    call_id        varchar(128) not null,
    agent_id       varchar(64)  not null,
    pool_id        varchar(64)  not null,
    outcome        varchar(16)  not null check (outcome in ('RESOLVED', 'TRANSFERRED', 'COMPLAINT', 'CALLBACK')),
    csat           smallint     check (csat between 1 and 5),
    emotion_at_end jsonb,
    ended_at       timestamptz  not null,
    recorded_at    timestamptz  not null,
    primary key (call_id, agent_id)
);
create index call_outcome_by_agent on call_outcome (agent_id, ended_at);
