-- A compliance officer's explanation names every hard rule checked and the agents passed over, with why.
-- Decisions stored before this version keep empty lists.
alter table decision add column rules_checked jsonb not null default '[]';
alter table decision add column passed_over   jsonb not null default '[]';
