-- Every suggestion computation reads the approved standing groups and their members. With their
-- changes counted in matching's change stamp (migration 20261209020000), an instance keeps them
-- beside its kept candidates (lib/matching-service/candidate-cache.ts) instead of reading and
-- parsing them each time. Only statements that touch a standing group count here: each count
-- makes every kept candidate set lapse (a job's group counts only where it changes a firm's open
-- load, through raw_match_open_load).
CREATE FUNCTION raw_match_standing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'JointOrderGroup' THEN
    IF EXISTS (SELECT 1 FROM changed WHERE kind = 'STANDING') THEN INSERT INTO raw_match_input_change DEFAULT VALUES; END IF;
  ELSIF EXISTS (SELECT 1 FROM changed c JOIN "JointOrderGroup" g ON g.id = c."groupId" WHERE g.kind = 'STANDING') THEN
    INSERT INTO raw_match_input_change DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence one trigger per table and event. A member
-- removed with its group (a cascade) is counted by the group's own trigger.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['JointOrderGroup', 'GroupMember'] LOOP
    EXECUTE format('CREATE TRIGGER raw_match_standing_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_standing_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_standing_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_standing_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_standing_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_standing_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_standing_truncated AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION raw_match_input_truncated()', t);
  END LOOP;
END $$;
