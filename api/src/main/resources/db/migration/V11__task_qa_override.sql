-- A task moves to DONE with QA errors only when a reviewer or manager overrides them with a reason
-- (TaskCompletion); the last override stays on the task, and the audit log keeps every one.
ALTER TABLE task ADD COLUMN qa_override_by VARCHAR(255);
ALTER TABLE task ADD COLUMN qa_override_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE task ADD COLUMN qa_override_reason VARCHAR(2000);
ALTER TABLE task ADD COLUMN qa_override_errors INTEGER;
