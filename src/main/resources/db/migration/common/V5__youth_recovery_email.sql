-- A young member may add an e-mail address for recovery. Until its link is confirmed the address waits with the
-- link's token, not on the account.
alter table account_token add column email varchar(320);
