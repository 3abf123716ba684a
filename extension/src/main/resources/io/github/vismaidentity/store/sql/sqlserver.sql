-- The token store of visma-identity on Microsoft SQL Server (2016 and later) and Azure SQL. The extension
-- runs these statements itself, each committed on its own, the first time it needs a table that is missing,
-- unless visma.identity.create-table is false; then run them yourself before deploying.
-- Not run by this project's tests (no SQL Server here); checked against SQL Server's limits only.
-- NVARCHAR(n) stops at 4,000 characters (VARCHAR at 8,000 bytes), too few for a token: the tokens are
-- NVARCHAR(MAX). Keys and state hashes use a binary collation so they compare byte for byte, as on the other
-- databases (the server's default collation ignores case, and base64url hashes differ only in case). The
-- primary key is 3 x 255 x 2 = 1,530 bytes: over a clustered index's 900, within a nonclustered one's 1,700.

-- One row per (client, Visma user, company): the tokens of the latest sign-in or refresh.
CREATE TABLE VISMA_TOKEN_SET (
    CLIENT_ID NVARCHAR(255) COLLATE Latin1_General_BIN2 NOT NULL,   -- the app's client id at Visma
    SUBJECT NVARCHAR(255) COLLATE Latin1_General_BIN2 NOT NULL,     -- the Visma user's sub claim, a GUID
    COMPANY_ID NVARCHAR(255) COLLATE Latin1_General_BIN2 NOT NULL,  -- Visma's CompanyIdentifier, or "user:<id>"
    COMPANY_NAME NVARCHAR(255),               -- the company's name, for display
    ACCESS_TOKEN NVARCHAR(MAX) NOT NULL,      -- the latest access token; a JWE when an encryption key is set
    REFRESH_TOKEN NVARCHAR(MAX) NOT NULL,     -- the only refresh token that still works; a JWE when a key is set
    ACCESS_EXPIRES_AT BIGINT NOT NULL,        -- epoch milliseconds (UTC): local receipt time + expires_in
    SCOPE NVARCHAR(2000),                     -- the granted scope, space-separated
    VERSION BIGINT NOT NULL,                  -- grows by one on every write; an older token never overwrites a newer one
    STATUS NVARCHAR(32) NOT NULL,             -- ACTIVE, REAUTHENTICATION_REQUIRED or REVOKED
    CREATED_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC)
    UPDATED_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC)
    PRIMARY KEY NONCLUSTERED (CLIENT_ID, SUBJECT, COMPANY_ID)
);

-- The sign-ins whose authorization code was redeemed, so a callback that comes again (on any node) never
-- reaches the token endpoint; rows past EXPIRES_AT are deleted.
CREATE TABLE VISMA_USED_STATE (
    STATE_HASH NVARCHAR(64) COLLATE Latin1_General_BIN2 NOT NULL,   -- base64url SHA-256 of the state
    EXPIRES_AT BIGINT NOT NULL,               -- epoch milliseconds (UTC) after which the row may be deleted
    PRIMARY KEY (STATE_HASH)
);
