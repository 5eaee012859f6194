-- Channels are routed: an agent's capacity per channel ({"VOICE": 1, "CHAT": 3}) is the one the engine uses.
-- Rows from before hold their voice capacity in "capacity" and an imported, lower-case map (or {}) in
-- channel_capacity; both become the capitalised map, and "capacity" keeps the calls on all channels together.
update agent
   set channel_capacity = coalesce(
           (select jsonb_object_agg(upper(key), value)
              from jsonb_each(channel_capacity)
             where (value #>> '{}')::int > 0),
           '{}'::jsonb);
update agent
   set channel_capacity = jsonb_build_object('VOICE', capacity)
 where channel_capacity = '{}'::jsonb;
update agent
   set capacity = (select sum((value #>> '{}')::int) from jsonb_each(channel_capacity));
