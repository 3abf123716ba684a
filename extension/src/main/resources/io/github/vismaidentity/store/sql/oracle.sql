-- The token store of visma-identity on Oracle Database (12c and later). The extension runs these statements
-- itself, each committed on its own, the first time it needs a table that is missing, unless
-- visma.identity.create-table is false; then run them yourself before deploying.
-- Not run by this project's tests (no Oracle server here); checked against Oracle's limits only.
-- VARCHAR2 holds at most 4,000 bytes (MAX_STRING_SIZE=STANDARD), too few for a token: the tokens are CLOBs.
-- NUMBER(19) holds every Java long, as BIGINT does elsewhere.

-- One row per (client, Visma user, company): the tokens of the latest sign-in or refresh.
CREATE TABLE VISMA_TOKEN_SET (
    CLIENT_ID VARCHAR2(255 CHAR) NOT NULL,    -- the app's client id at Visma (visma.identity.client-id)
    SUBJECT VARCHAR2(255 CHAR) NOT NULL,      -- the Visma user's sub claim, a GUID
    COMPANY_ID VARCHAR2(255 CHAR) NOT NULL,   -- Visma's CompanyIdentifier; "user:<id>" when only /v2/users could say
    COMPANY_NAME VARCHAR2(255 CHAR),          -- the company's name, for display
    ACCESS_TOKEN CLOB NOT NULL,               -- the latest access token; a JWE when an encryption key is set
    REFRESH_TOKEN CLOB NOT NULL,              -- the only refresh token that still works; a JWE when a key is set
    ACCESS_EXPIRES_AT NUMBER(19) NOT NULL,    -- epoch milliseconds (UTC): local receipt time + expires_in
    SCOPE VARCHAR2(2000 CHAR),                -- the granted scope, space-separated
    VERSION NUMBER(19) NOT NULL,              -- grows by one on every write; an older token never overwrites a newer one
    STATUS VARCHAR2(32 CHAR) NOT NULL,        -- ACTIVE, REAUTHENTICATION_REQUIRED or REVOKED
    CREATED_AT NUMBER(19) NOT NULL,           -- epoch milliseconds (UTC)
    UPDATED_AT NUMBER(19) NOT NULL,           -- epoch milliseconds (UTC)
    PRIMARY KEY (CLIENT_ID, SUBJECT, COMPANY_ID)
);

-- The sign-ins whose authorization code was redeemed, so a callback that comes again (on any node) never
-- reaches the token endpoint; rows past EXPIRES_AT are deleted.
CREATE TABLE VISMA_USED_STATE (
    STATE_HASH VARCHAR2(64 CHAR) NOT NULL,    -- base64url SHA-256 of the sign-in's state; never the state itself
    EXPIRES_AT NUMBER(19) NOT NULL,           -- epoch milliseconds (UTC) after which the row may be deleted
    PRIMARY KEY (STATE_HASH)
);
