-- Whether a pool asks for the caller's exact region (docs/events.md, Languages): every switch, newest in force.
create table language_match_change (
    id                  bigserial    primary key,
    pool_id             varchar(128) not null,
    changed_by          varchar(200) not null,
    changed_at          timestamptz  not null,
    reason              text,
    exact_region        boolean      not null,
    before_exact_region boolean      not null
);
create index language_match_change_pool on language_match_change (pool_id, id);
