-- Community projects (issue 16): projects heroes start, their specializations, members and
-- owners, requests to join, and the contributions linked to them.
--
-- Kept column for column in step with migrations/postgres/0023_projects.sql.
-- Timestamps are RFC 3339 text (see 0001).

CREATE TABLE projects (
    id          INTEGER PRIMARY KEY,
    -- Derived from the name at creation (a suffix when taken); it never changes, so links last.
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    -- Markdown, sanitized when shown.
    description TEXT    NOT NULL,
    -- The repository or the project's site (a domain::web::WebUrl), or NULL.
    url         TEXT,
    -- Wanted skills and roles, one per line (domain::projects::HelpWord each).
    help_skills TEXT    NOT NULL DEFAULT '',
    help_roles  TEXT    NOT NULL DEFAULT '',
    -- heroes_domain::projects::ProjectStatus.
    status      TEXT    NOT NULL,
    -- Name, description and wanted help folded like the search index
    -- (domain::search::normalize), for the text filter of /projects.
    folded      TEXT    NOT NULL DEFAULT '',
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CONSTRAINT projects_status CHECK (status IN ('active', 'looking-for-help', 'paused', 'done'))
);
CREATE INDEX projects_by_updated ON projects (updated_at);

CREATE TABLE project_specializations (
    project_id        INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    PRIMARY KEY (project_id, specialization_id)
);
CREATE INDEX project_specializations_by_specialization ON project_specializations (specialization_id);

-- Who works on a project; owners are members with the flag. The primary key makes a second
-- acceptance of the same person one membership.
CREATE TABLE project_members (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    owner      BOOLEAN NOT NULL DEFAULT FALSE,
    joined_at  TEXT    NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_by_user ON project_members (user_id);

-- Requests to join. At most one waits per person and project (the partial unique index), so
-- two clicks of "ask to join" make one request.
CREATE TABLE project_requests (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message     TEXT    NOT NULL DEFAULT '',
    -- heroes_domain::projects::RequestState.
    state       TEXT    NOT NULL DEFAULT 'pending',
    created_at  TEXT    NOT NULL,
    answered_at TEXT,
    CONSTRAINT project_requests_state CHECK (state IN ('pending', 'accepted', 'declined'))
);
CREATE UNIQUE INDEX project_requests_one_waiting ON project_requests (project_id, user_id)
    WHERE state = 'pending';
CREATE INDEX project_requests_by_user ON project_requests (user_id);

-- A contribution belongs to at most one project (the primary key); it goes with the
-- contribution, and with the project.
CREATE TABLE project_contributions (
    contribution_id INTEGER PRIMARY KEY REFERENCES contributions (id) ON DELETE CASCADE,
    project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    linked_at       TEXT    NOT NULL
);
CREATE INDEX project_contributions_by_project ON project_contributions (project_id);
