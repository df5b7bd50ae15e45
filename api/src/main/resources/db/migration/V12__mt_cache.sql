-- Machine translation cache (issue 14): one answer per (engine, model, target language, source,
-- context), so a resubmitted article costs nothing. The key is the SHA-256 of those, hex; the context
-- is what besides the source decides the answer (an LLM's prompt grounding: neighbours, memory
-- examples, glossary terms, conversions), so a changed glossary asks again. Written for H2 2.x and
-- PostgreSQL alike.
CREATE TABLE mt_cache (
    cache_key        CHAR(64)       NOT NULL PRIMARY KEY,
    engine           VARCHAR(32)    NOT NULL,
    model            VARCHAR(200)   NOT NULL,
    target_language  VARCHAR(16)    NOT NULL,
    target           VARCHAR(20000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
