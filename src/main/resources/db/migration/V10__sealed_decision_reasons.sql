-- A decision's reasons (its top reasons in words) are sealed like its whisper (docs/privacy.md): the column holds
-- sealed text, not JSON. Rows written before keep their JSON text until the re-seal job seals it; without a
-- journal key nothing is stored, hence nullable.
alter table decision alter column reasons type text using reasons::text;
alter table decision alter column reasons drop not null;
