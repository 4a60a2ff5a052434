-- Test-only schema version 3 that would leave a link pointing at a plan item that is gone. With
-- foreign keys off during migrations nothing cascades, so only the check before commit can stop it.
DELETE FROM plan_item WHERE id IN (SELECT plan_item_id FROM link ORDER BY id LIMIT 1);
