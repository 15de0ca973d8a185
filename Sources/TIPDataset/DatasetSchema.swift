/// The dataset's tables: every edition of the archive with its sections, sentences (and a full-text index),
/// statistics and recommendations; the changes between consecutive years of each country; reviewers' notes
/// with where they land in each edition; the tier tables and the country names; and the archive as a series:
/// each sentence's lineage, the shares per section and year, the recommendation ledger, the restatement
/// checks, and the count per country and year of the phrases `terms` reports with no terms given.
/// Documented in the README.
enum DatasetSchema {
    /// Bumped when a table changes; an export never reuses a database of another version.
    static let version = 4

    static let tables = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE countries (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE tiers (country_id INTEGER NOT NULL REFERENCES countries(id), year INTEGER NOT NULL,
            tier TEXT NOT NULL, written TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (country_id, year));
        CREATE TABLE editions (id INTEGER PRIMARY KEY, country_id INTEGER REFERENCES countries(id),
            country TEXT NOT NULL, year INTEGER, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, format TEXT NOT NULL,
            tier TEXT NOT NULL, movement TEXT NOT NULL, previous_tier TEXT, effort TEXT, waiver INTEGER NOT NULL,
            policy_or_pattern INTEGER NOT NULL, consecutive_watch_list_years INTEGER, placement_source TEXT,
            statement TEXT);
        CREATE TABLE sections (id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL REFERENCES editions(id),
            position INTEGER NOT NULL, kind TEXT NOT NULL, heading TEXT, verdict TEXT,
            verdict_qualifier TEXT, UNIQUE (edition_id, position));
        CREATE TABLE sentences (id INTEGER PRIMARY KEY, section_id INTEGER NOT NULL REFERENCES sections(id),
            edition_id INTEGER NOT NULL REFERENCES editions(id), position INTEGER NOT NULL, text TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, UNIQUE (section_id, position));
        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
        CREATE TABLE statistics (id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL REFERENCES editions(id),
            sentence_id INTEGER REFERENCES sentences(id), position INTEGER NOT NULL, key TEXT NOT NULL,
            value REAL NOT NULL, upper REAL, open_upper TEXT, unit TEXT NOT NULL, currency TEXT, qualifier TEXT,
            counted TEXT NOT NULL, period TEXT, earlier_period INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE recommendations (id INTEGER PRIMARY KEY, edition_id INTEGER NOT NULL REFERENCES editions(id),
            position INTEGER NOT NULL, text TEXT NOT NULL, chain_id INTEGER NOT NULL, status TEXT NOT NULL);
        CREATE TABLE changes (id INTEGER PRIMARY KEY, country_id INTEGER REFERENCES countries(id),
            old_edition_id INTEGER NOT NULL REFERENCES editions(id), new_edition_id INTEGER NOT NULL REFERENCES editions(id),
            change_id TEXT NOT NULL, kind TEXT NOT NULL, category TEXT NOT NULL, section TEXT, old TEXT, new TEXT,
            payload TEXT NOT NULL);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, file TEXT NOT NULL, note_id TEXT NOT NULL, author TEXT, date TEXT,
            status TEXT NOT NULL, tags TEXT NOT NULL, anchor TEXT NOT NULL, body TEXT NOT NULL,
            written_edition_id INTEGER NOT NULL REFERENCES editions(id),
            edition_id INTEGER NOT NULL REFERENCES editions(id), state TEXT NOT NULL, section TEXT, sentence INTEGER,
            statistic_key TEXT, change_id TEXT, reason TEXT);
        CREATE TABLE missing (country_id INTEGER NOT NULL REFERENCES countries(id), year INTEGER NOT NULL,
            reason TEXT NOT NULL, PRIMARY KEY (country_id, year));
        CREATE TABLE edition_snapshots (edition_id INTEGER PRIMARY KEY REFERENCES editions(id), snapshot BLOB NOT NULL);
        CREATE TABLE sentence_lineages (id INTEGER PRIMARY KEY, country_id INTEGER NOT NULL REFERENCES countries(id),
            section TEXT NOT NULL, first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, current INTEGER NOT NULL,
            position INTEGER NOT NULL, text TEXT NOT NULL, first_text TEXT NOT NULL);
        CREATE TABLE sentence_events (lineage_id INTEGER NOT NULL REFERENCES sentence_lineages(id), year INTEGER NOT NULL,
            kind TEXT NOT NULL, removed TEXT NOT NULL, added TEXT NOT NULL, before TEXT);
        CREATE TABLE section_shares (country_id INTEGER NOT NULL REFERENCES countries(id), year INTEGER NOT NULL,
            previous_year INTEGER, section TEXT NOT NULL, sentences INTEGER NOT NULL, carried INTEGER NOT NULL,
            reworded INTEGER NOT NULL, new INTEGER NOT NULL, moved INTEGER NOT NULL, dropped INTEGER NOT NULL);
        CREATE TABLE ledger (country_id INTEGER NOT NULL REFERENCES countries(id), recommendation TEXT NOT NULL,
            year INTEGER NOT NULL, status TEXT NOT NULL, text TEXT, evidence TEXT NOT NULL,
            PRIMARY KEY (country_id, recommendation, year));
        CREATE TABLE restatement_checks (id INTEGER PRIMARY KEY, country_id INTEGER NOT NULL REFERENCES countries(id),
            key TEXT NOT NULL, period TEXT NOT NULL, status TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL,
            quote TEXT NOT NULL, reported_year INTEGER, reported_value REAL, reported_quote TEXT, reason TEXT);
        CREATE TABLE term_counts (phrase TEXT NOT NULL, country_id INTEGER NOT NULL REFERENCES countries(id),
            year INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (phrase, country_id, year));
        CREATE INDEX statistics_key ON statistics(key, edition_id);
        CREATE INDEX changes_kind ON changes(kind);
        CREATE INDEX editions_country_year ON editions(country_id, year);
        """
}
