"""Named, append-only migrations of the store's schema.

Never edit a migration that has shipped: add a new one. ``PRAGMA
user_version`` records how many have been applied.

Tables (one row per...):

- ``documents``: stored document version (``content_hash``); ``ingested_at`` is
  the only column whose value depends on the clock (see :data:`VOLATILE`).
- ``posts``: post of a document. ``id`` is an explicit ``INTEGER PRIMARY KEY``
  so that ``VACUUM`` never renumbers it: ``posts_fts`` (FTS5, external content)
  indexes ``posts.text`` under that id, kept in step by triggers.
- ``actors``: canonical or provisional actor; ``aliases``/``affiliations`` are JSON.
- ``mentions``: where an actor is named (natural primary key, no rowid).
- ``events``: one *mention* of an event, exactly as coded from one sentence
  (the columns of :attr:`actorgraph.codec.EVENT.store_columns`: the
  :class:`~actorgraph.models.Event` fields, its evidence as ``doc``, ``post``,
  ``ev_start``, ``ev_end``, ``ev_text`` and its location as JSON), plus the
  columns the store derives at write time: ``sort_date`` (the date,
  or ``'~'`` when undated, so undated events sort last and date ranges use an
  index), ``place`` (the place part of the merge key), ``denials`` (how many
  claims deny it), ``mkey`` (the merge key, see :mod:`actorgraph.store.merge`)
  and ``merged`` (the id of the merged event the mention belongs to).
- ``merged_events``: one real-world event as several documents report it:
  the aggregate of its mentions (dates, counts, stance, ``contested``).
- ``claims``: who asserts or denies an event mention, with the sentence; or, without an
  event (``event`` NULL), a proposition the coder does not code as an event: its words
  (``proposition``, at ``p_start``..``p_end`` of the post) and a ``topic`` id that the
  claims on it share (migration ``0006_claims_without_event``).
- ``deferred_indexes``: the query indexes a bulk load dropped, to build when it
  ends (or, after a crash, when the store is next opened); empty otherwise.
"""

from __future__ import annotations

from .relations import MIGRATION as _RELATIONS
from .reviews import MIGRATION as _REVIEWS

#: Columns whose values depend on when a row was written, not on the inputs.
VOLATILE: dict[str, frozenset[str]] = {"documents": frozenset({"ingested_at"})}

#: Indexes only queries use: a bulk load into an empty store builds them at the end.
QUERY_INDEXES: tuple[str, ...] = (
    "actors_name", "mentions_actor", "events_order", "events_source", "events_target",
    "events_type", "events_end", "events_asserted_by", "merged_order", "merged_source",
    "merged_target", "merged_type", "merged_span", "merged_contested",
)

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
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            author TEXT,
            time TEXT,
            url TEXT,
            platform_id TEXT,
            UNIQUE (doc, idx)
        );
        CREATE VIRTUAL TABLE posts_fts USING fts5(
            text, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
            INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
            INSERT INTO posts_fts (posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
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
        CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
        CREATE TABLE mentions (
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            post INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            actor TEXT NOT NULL,
            how TEXT NOT NULL,
            PRIMARY KEY (doc, post, start, "end", actor, how)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_actor ON mentions(actor);
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
            ev_text TEXT NOT NULL,
            place TEXT,
            sort_date TEXT NOT NULL,
            denials INTEGER NOT NULL DEFAULT 0,
            mkey TEXT NOT NULL,
            merged TEXT NOT NULL
        );
        CREATE INDEX events_order ON events(sort_date, doc, post, ev_start, id);
        CREATE INDEX events_source ON events(source, sort_date);
        CREATE INDEX events_target ON events(target, sort_date);
        CREATE INDEX events_type ON events(type, sort_date);
        CREATE INDEX events_end ON events(end_date) WHERE end_date IS NOT NULL;
        CREATE INDEX events_asserted_by ON events(asserted_by) WHERE asserted_by IS NOT NULL;
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX events_mkey ON events(mkey, merged);
        CREATE TABLE merged_events (
            id TEXT PRIMARY KEY,
            mkey TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            quad INTEGER,
            source TEXT,
            target TEXT,
            place TEXT,
            location TEXT,
            modality TEXT NOT NULL,
            date TEXT,
            date_min TEXT,
            date_max TEXT,
            sort_date TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            asserts INTEGER NOT NULL,
            denies INTEGER NOT NULL,
            contested TEXT
        );
        CREATE INDEX merged_mkey ON merged_events(mkey);
        CREATE INDEX merged_order ON merged_events(sort_date);
        CREATE INDEX merged_source
            ON merged_events(source, sort_date, type, target, asserts, mentions, quad);
        CREATE INDEX merged_target
            ON merged_events(target, sort_date, type, source, asserts, mentions, quad);
        CREATE INDEX merged_type ON merged_events(type, sort_date);
        CREATE INDEX merged_span ON merged_events(date_max) WHERE date_max > sort_date;
        CREATE INDEX merged_contested ON merged_events(contested) WHERE contested IS NOT NULL;
        CREATE TABLE claims (
            event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            asserted_by TEXT,
            stance TEXT NOT NULL,
            doc TEXT NOT NULL,
            post INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (event, id)
        ) WITHOUT ROWID;
        CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL);
        """,
    ),
    (
        # Event.method: what produced the event (rule, model, both). Stores made before
        # it hold only the rule coder's events.
        "0002_event_method",
        """
        ALTER TABLE events ADD COLUMN method TEXT NOT NULL DEFAULT 'rule';
        """,
    ),
    _RELATIONS,  # relation_mentions, relations: see store/relations.py
    _REVIEWS,  # reviews and the reviewed rows: see store/reviews.py
    (
        # Claim.asserted_by_text: the words of a claim's holder ("independent researchers"),
        # so that a counter-claim by a speaker the dictionary lacks keeps who holds it.
        "0005_claim_holder_text",
        """
        ALTER TABLE claims ADD COLUMN asserted_by_text TEXT;
        """,
    ),
    (
        # Claims without an event (Claim.topic, Claim.proposition): a claim on a
        # proposition the coder does not code as an event. SQLite cannot drop NOT NULL, so
        # the table is rebuilt: ``event`` may be NULL where ``topic`` is set, the key is
        # the claim's id (an id made from its event's, so unique already), an index by
        # event replaces the old (event, id) key, and claims without an event (no event to
        # cascade from) are found by document when it is replaced.
        "0006_claims_without_event",
        """
        CREATE TABLE claims_new (
            id TEXT PRIMARY KEY,
            event TEXT REFERENCES events(id) ON DELETE CASCADE,
            asserted_by TEXT,
            stance TEXT NOT NULL,
            doc TEXT NOT NULL,
            post INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            asserted_by_text TEXT,
            topic TEXT,
            proposition TEXT,
            p_start INTEGER,
            p_end INTEGER,
            CHECK (event IS NOT NULL OR topic IS NOT NULL)
        );
        INSERT OR REPLACE INTO claims_new
            (id, event, asserted_by, stance, doc, post, start, "end", text, asserted_by_text)
            SELECT id, event, asserted_by, stance, doc, post, start, "end", text,
                   asserted_by_text FROM claims ORDER BY event, id;
        DROP TABLE claims;
        ALTER TABLE claims_new RENAME TO claims;
        CREATE INDEX claims_event ON claims(event);
        CREATE INDEX claims_topic ON claims(topic, doc) WHERE topic IS NOT NULL;
        """,
    ),
)
