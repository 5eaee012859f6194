-- A product's relaxation rings (bullseye), as "afterSeconds:minimumProficiency" pairs in wait order,
-- e.g. "0:4,30:2"; null or empty: no rings, the catalogue minimum applies from the start.
alter table product add column rings varchar(400);
