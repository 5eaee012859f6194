-- The journal feed reads routing.decisions and the input topics separately, so an answer to an offer
-- (accepted, rejected, timed out) can reach the journal before the offer does. It waits here until the
-- offer's row is written, which then takes the answer (docs/reliability.md).
create table early_answer (
    decision_id   varchar(64) primary key,
    status        varchar(16) not null check (status in ('ACCEPTED', 'REJECTED', 'TIMED_OUT', 'RESCINDED')),
    status_at     timestamptz,
    status_reason text,
    recorded_at   timestamptz not null
);
