-- Every change a workforce manager made to the product catalogue: who, when, why, the product before and
-- after (before is null when the product was added).
create table product_change (
    id           bigserial    primary key,
    product_code varchar(64)  not null,
    changed_by   varchar(200) not null,
    changed_at   timestamptz  not null,
    reason       text,
    before       jsonb,
    after        jsonb        not null
);
create index product_change_by_product on product_change (product_code, id);
