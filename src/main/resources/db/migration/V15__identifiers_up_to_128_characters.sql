-- The event contract and the REST API accept agent, pool and decision ids of up to 128 characters; the columns
-- held 64, so a longer id was live in routing but its row was refused (no record, no audit). Widen them all.
alter table agent alter column id type varchar(128);
alter table agent alter column pool_id type varchar(128);
alter table agent_skill alter column agent_id type varchar(128);
alter table agent_language alter column agent_id type varchar(128);
alter table agent_licence alter column agent_id type varchar(128);
alter table agent_change alter column agent_id type varchar(128);
alter table configured_empathy alter column agent_id type varchar(128);
alter table decision alter column decision_id type varchar(128);
alter table decision alter column pool_id type varchar(128);
alter table decision alter column agent_id type varchar(128);
alter table early_answer alter column decision_id type varchar(128);
alter table call_outcome alter column agent_id type varchar(128);
alter table call_outcome alter column pool_id type varchar(128);
alter table empathy_source alter column pool_id type varchar(128);
alter table empathy_source_change alter column pool_id type varchar(128);
alter table call_segment alter column pool_id type varchar(128);
