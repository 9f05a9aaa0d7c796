-- Issue 15: a decision records the doctor's clearance it relied on, and which matched rules that
-- clearance covered (rule ids and the clearance date only: no condition text).
ALTER TABLE screening_decision
    ADD COLUMN clearance_id  UUID,
    ADD COLUMN cleared_rules JSONB,            -- [{ruleId, clearedOn}]
    ADD CONSTRAINT screening_decision_clearance_with_rules
        CHECK ((clearance_id IS NULL) = (cleared_rules IS NULL));
