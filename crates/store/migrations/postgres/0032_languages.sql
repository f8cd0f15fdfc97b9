-- Languages (issue 18): the language an account reads, and the language each mail was
-- written in. Kept column for column in step with migrations/sqlite/0032_languages.sql.

-- The account's own choice, a BCP 47 tag among the catalogs (`de`, `pt-BR`); empty means
-- "follow the browser". Pages read it before the `lang` cookie and `Accept-Language`, and
-- every mail to the account is composed in it.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '';

-- The language a stored mail is written in, sent as its `Content-Language`; empty for mail
-- queued before this column existed.
ALTER TABLE outbox ADD COLUMN language TEXT NOT NULL DEFAULT '';
