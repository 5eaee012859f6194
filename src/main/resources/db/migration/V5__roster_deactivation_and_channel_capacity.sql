-- Workforce managers deactivate and delete agents, and import rosters with capacity per channel.
-- A deactivated agent stays on the roster but leaves routing; a deleted one is gone, its history stays.
alter table agent add column active boolean not null default true;
-- Capacity per channel as a WFM tool exports it ({"voice": 1, "chat": 3}); stored for when channels are routed.
alter table agent add column channel_capacity jsonb not null default '{}';

-- The audit trail outlives the agent: compliance reads a deleted agent's changes too.
alter table agent_change drop constraint agent_change_agent_id_fkey;
alter table agent_change alter column after drop not null;
alter table agent_change add column action varchar(16) not null default 'CHANGED'
    check (action in ('CREATED', 'CHANGED', 'DEACTIVATED', 'ACTIVATED', 'DELETED'));
update agent_change set action = 'CREATED' where before is null;
