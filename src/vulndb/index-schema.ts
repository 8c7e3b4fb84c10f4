/**
 * The local index. `advisories` holds each OSV record (see record-codec.ts); `affected` maps the
 * lookup key (ecosystem base name, normalized release or '', normalized package name) to advisory
 * ids; `sources` says where the data came from; `meta` holds the format version and build time.
 */
export const INDEX_FORMAT = 1;

export const INDEX_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (
  name TEXT PRIMARY KEY,
  url TEXT,
  imported_at TEXT NOT NULL,
  count INTEGER NOT NULL
);
CREATE TABLE advisories (
  id TEXT PRIMARY KEY,
  modified TEXT NOT NULL,
  withdrawn TEXT,
  source TEXT NOT NULL,
  record BLOB NOT NULL
);
CREATE TABLE affected (
  ecosystem TEXT NOT NULL,
  name TEXT NOT NULL,
  release TEXT NOT NULL,
  advisory_id TEXT NOT NULL,
  PRIMARY KEY (ecosystem, name, release, advisory_id)
) WITHOUT ROWID;
CREATE TABLE ecosystem_counts (ecosystem TEXT PRIMARY KEY, advisories INTEGER NOT NULL) WITHOUT ROWID;
`;
