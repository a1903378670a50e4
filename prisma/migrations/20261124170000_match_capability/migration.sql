-- What matching reads of every verified firm's capabilities, one row each with the firm's name and
-- place and the capability's materials: one index range per request instead of joining firms and
-- aggregating materials for ~3,000–4,500 capabilities (~45 ms on the 10,000-firm seed). The writes
-- that change it keep it current (statement-level triggers, as for the other summaries).
CREATE TABLE raw_match_capability (
  capability_id uuid PRIMARY KEY,
  firm_id uuid NOT NULL,
  process_code text NOT NULL,
  firm_name text NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  best_tolerance_um integer NOT NULL,
  max_workpiece_mm integer NOT NULL,
  monthly_capacity integer NOT NULL,
  lead_time_days integer NOT NULL,
  materials text[] NOT NULL
);
CREATE INDEX raw_match_capability_process ON raw_match_capability (process_code);
CREATE INDEX raw_match_capability_firm ON raw_match_capability (firm_id);

CREATE FUNCTION raw_match_refresh_capabilities(firm_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM raw_match_capability WHERE firm_id = ANY(firm_ids);
  INSERT INTO raw_match_capability (capability_id, firm_id, process_code, firm_name, latitude, longitude, best_tolerance_um, max_workpiece_mm, monthly_capacity, lead_time_days, materials)
  SELECT c.id, c."firmId", c."processCode", f."nameJa", f.latitude, f.longitude, c."bestToleranceUm", c."maxWorkpieceMm", c."monthlyCapacity", c."leadTimeDays",
         coalesce((SELECT array_agg(cm."materialCode" ORDER BY cm."materialCode") FROM "CapabilityMaterial" cm WHERE cm."capabilityId" = c.id), '{}')
  FROM "Capability" c JOIN "Firm" f ON f.id = c."firmId"
  WHERE c."firmId" = ANY(firm_ids) AND f.status = 'VERIFIED';
$$;

CREATE FUNCTION raw_match_capabilities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'Firm' THEN
    SELECT array_agg(id) INTO ids FROM changed;
  ELSIF TG_TABLE_NAME = 'Capability' THEN
    SELECT array_agg(DISTINCT "firmId") INTO ids FROM changed;
  ELSIF TG_TABLE_NAME = 'CapabilityMaterial' THEN
    -- A capability deleted with its materials is handled by the capability's own trigger.
    SELECT array_agg(DISTINCT c."firmId") INTO ids FROM changed m JOIN "Capability" c ON c.id = m."capabilityId";
  END IF;
  IF ids IS NOT NULL THEN PERFORM raw_match_refresh_capabilities(ids); END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence one trigger per table and event.
CREATE TRIGGER raw_match_firm_updated AFTER UPDATE ON "Firm" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_inserted AFTER INSERT ON "Capability" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_updated AFTER UPDATE ON "Capability" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_deleted AFTER DELETE ON "Capability" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_material_inserted AFTER INSERT ON "CapabilityMaterial" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_material_deleted AFTER DELETE ON "CapabilityMaterial" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();
CREATE TRIGGER raw_match_capability_material_updated AFTER UPDATE ON "CapabilityMaterial" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_capabilities_changed();

SELECT raw_match_refresh_capabilities(array_agg(id)) FROM "Firm" WHERE status = 'VERIFIED';
ANALYZE raw_match_capability;
