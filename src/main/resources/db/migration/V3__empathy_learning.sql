-- Empathy learned from outcomes (docs/learning.md): which scores each pool routes on, every switch of
-- that choice (who, when, why, before, after), and the configured (QA) score of agents whose pool routes
-- on learned or blended scores, since agent.empathy then holds the score routing uses. Every score routing
-- uses is also an agent_change row, like any other profile edit.

create table empathy_source (
    pool_id    varchar(64)  primary key,
    source     varchar(16)  not null check (source in ('CONFIGURED', 'LEARNED', 'BLENDED')),
    changed_by varchar(200) not null,
    changed_at timestamptz  not null
);

create table empathy_source_change (
    id         bigserial    primary key,
    pool_id    varchar(64)  not null,
    changed_by varchar(200) not null,
    changed_at timestamptz  not null,
    reason     text,
    before     varchar(16)  not null,
    after      varchar(16)  not null,
    agents     integer      not null
);
create index empathy_source_change_by_pool on empathy_source_change (pool_id, changed_at);

-- routed: the score last written to agent.empathy; an agent.empathy that differs was edited by a manager
-- since, and that edit becomes the new configured score.
create table configured_empathy (
    agent_id varchar(64)      primary key references agent (id) on delete cascade,
    empathy  double precision not null check (empathy between 0 and 1),
    routed   double precision not null check (routed between 0 and 1)
);
