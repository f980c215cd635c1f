"""Named, append-only migrations of the store's schema.

Never edit a migration that has shipped: add a new one. ``PRAGMA
user_version`` records how many have been applied.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            format TEXT NOT NULL,
            source TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            url TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE posts (
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            author TEXT,
            time TEXT,
            url TEXT,
            platform_id TEXT,
            PRIMARY KEY (doc, idx)
        );
        CREATE VIRTUAL TABLE posts_fts USING fts5(text, doc UNINDEXED, idx UNINDEXED);
        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            wikidata TEXT,
            provisional INTEGER NOT NULL DEFAULT 0,
            aliases TEXT NOT NULL DEFAULT '[]',
            affiliations TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE mentions (
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            post INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            actor TEXT NOT NULL,
            how TEXT NOT NULL
        );
        CREATE INDEX mentions_actor ON mentions(actor);
        CREATE INDEX mentions_doc ON mentions(doc);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            post INTEGER NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            quad INTEGER,
            cameo TEXT,
            source TEXT,
            source_text TEXT,
            target TEXT,
            target_text TEXT,
            date TEXT,
            end_date TEXT,
            date_basis TEXT,
            location TEXT,
            asserted_by TEXT,
            asserted_by_text TEXT,
            modality TEXT NOT NULL,
            negated INTEGER NOT NULL,
            disputed INTEGER NOT NULL,
            confidence REAL NOT NULL,
            trigger TEXT,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL,
            ev_text TEXT NOT NULL
        );
        CREATE INDEX events_source ON events(source);
        CREATE INDEX events_target ON events(target);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE INDEX events_doc ON events(doc);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            asserted_by TEXT,
            stance TEXT NOT NULL,
            doc TEXT NOT NULL,
            post INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX claims_event ON claims(event);
        """,
    ),
)
