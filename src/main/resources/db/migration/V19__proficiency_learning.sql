-- Proficiency learned from outcomes (docs/learning.md), the empathy switch of V3 for skill levels (ids up to 128
-- characters, as V15 made them): which levels each pool routes on, every switch of that choice (who, when, why, before, after), the configured level of each
-- agent's skill while agent.skills holds the level routing uses, and the learned levels a switch routed on, with
-- their interval and calls. Every level routing uses is also an agent_change row, like any other profile edit.

create table proficiency_source (
    pool_id    varchar(128) primary key,
    source     varchar(16)  not null check (source in ('CONFIGURED', 'LEARNED', 'BLENDED')),
    changed_by varchar(200) not null,
    changed_at timestamptz  not null
);

create table proficiency_source_change (
    id         bigserial    primary key,
    pool_id    varchar(128) not null,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    reason     text,
    before     varchar(16)  not null,
    after      varchar(16)  not null,
    agents     integer      not null
);
create index proficiency_source_change_by_pool on proficiency_source_change (pool_id, changed_at);

-- routed: the level last written to agent.skills; a level that differs was edited by a manager since, and that
-- edit becomes the new configured level.
create table configured_skill (
    agent_id varchar(128) not null references agent (id) on delete cascade,
    skill    varchar(64) not null,
    level    integer     not null check (level between 1 and 5),
    routed   integer     not null check (routed between 1 and 5),
    primary key (agent_id, skill)
);

-- The learned levels behind the levels routing uses, as of the newest switch of the agent's pool.
create table learned_proficiency (
    agent_id   varchar(128)     not null references agent (id) on delete cascade,
    skill      varchar(64)      not null,
    configured integer          not null check (configured between 1 and 5),
    learned    double precision not null,
    lower      double precision not null,
    upper      double precision not null,
    calls      integer          not null,
    routed     integer          not null check (routed between 1 and 5),
    source     varchar(16)      not null,
    fitted_at  timestamptz      not null,
    primary key (agent_id, skill)
);
