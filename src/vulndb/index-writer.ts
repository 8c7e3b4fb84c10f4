import Database from 'better-sqlite3';
import { INDEX_DDL, INDEX_FORMAT } from './index-schema.js';
import { indexKeys, type PreparedAdvisory } from './osv-validate.js';
import { decodeAdvisory, encodeAdvisory } from './record-codec.js';

const BATCH = 2000;

interface Pending {
  prepared: PreparedAdvisory;
  source: string;
  replace: boolean;
}

export interface SourceRow {
  name: string;
  url?: string;
  importedAt: string;
  count: number;
}

/**
 * Writes a new index file. Built once, start to end, into a temporary file that nobody else reads,
 * so durability is traded for speed (no journal, no fsync); the caller renames it into place.
 */
export class IndexWriter {
  private readonly db: Database.Database;
  private readonly pending: Pending[] = [];
  /** id → modified of every advisory accepted so far: the newer record of a duplicated id wins. */
  private readonly seen = new Map<string, string>();
  private readonly insertAdvisory: Database.Statement;
  private readonly insertKey: Database.Statement;
  private readonly deleteKey: Database.Statement;
  private readonly readRecord: Database.Statement;
  private readonly writeBatch: () => void;
  duplicates = 0;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('locking_mode = EXCLUSIVE');
    this.db.pragma('cache_size = -65536');
    this.db.exec(INDEX_DDL);
    this.insertAdvisory = this.db.prepare('INSERT OR REPLACE INTO advisories (id, modified, withdrawn, source, record) VALUES (?, ?, ?, ?, ?)');
    this.insertKey = this.db.prepare('INSERT OR IGNORE INTO affected (ecosystem, name, release, advisory_id) VALUES (?, ?, ?, ?)');
    this.deleteKey = this.db.prepare('DELETE FROM affected WHERE ecosystem = ? AND name = ? AND release = ? AND advisory_id = ?');
    this.readRecord = this.db.prepare('SELECT record FROM advisories WHERE id = ?').pluck();
    this.writeBatch = this.db.transaction(() => {
      for (const p of this.pending) this.write(p);
    });
  }

  /** Queues an advisory; false when an equally new or newer record with its id is already there. */
  add(prepared: PreparedAdvisory, source: string): boolean {
    const { id, modified } = prepared.advisory;
    const previous = this.seen.get(id);
    if (previous !== undefined && modified < previous) {
      this.duplicates += 1;
      return false;
    }
    if (previous !== undefined) this.duplicates += 1;
    this.seen.set(id, modified);
    this.pending.push({ prepared, source, replace: previous !== undefined });
    if (this.pending.length >= BATCH) this.flush();
    return true;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.writeBatch();
    this.pending.length = 0;
  }

  private write({ prepared, source, replace }: Pending): void {
    const a = prepared.advisory;
    if (replace) this.removeKeys(a.id);
    this.insertAdvisory.run(a.id, a.modified, a.withdrawn ?? null, source, encodeAdvisory(a));
    for (const k of prepared.keys) this.insertKey.run(k.ecosystem, k.name, k.release, a.id);
  }

  /**
   * Removes the index rows of the record a newer one replaces. They are the keys of the stored record,
   * so `affected` needs no index on advisory_id (which would slow every insert down).
   */
  private removeKeys(id: string): void {
    const old = this.readRecord.get(id) as Buffer | undefined;
    if (!old) return;
    for (const k of indexKeys(decodeAdvisory(old))) this.deleteKey.run(k.ecosystem, k.name, k.release, id);
  }

  /** Writes sources, per-ecosystem counts and meta, then closes the file. */
  finish(sources: SourceRow[], builtAt: string): void {
    this.flush();
    this.db.transaction(() => {
      const src = this.db.prepare('INSERT OR REPLACE INTO sources (name, url, imported_at, count) VALUES (?, ?, ?, ?)');
      for (const s of sources) src.run(s.name, s.url ?? null, s.importedAt, s.count);
      this.db.exec('INSERT INTO ecosystem_counts SELECT ecosystem, COUNT(DISTINCT advisory_id) FROM affected GROUP BY ecosystem');
      const meta = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('format', String(INDEX_FORMAT));
      meta.run('built_at', builtAt);
      meta.run('tool', 'patchline');
      // Totals are kept here so that opening the index never scans the advisories table.
      const totals = this.db.prepare('SELECT COUNT(*) AS advisories, COUNT(withdrawn) AS withdrawn FROM advisories').get() as { advisories: number; withdrawn: number };
      meta.run('advisories', String(totals.advisories));
      meta.run('withdrawn', String(totals.withdrawn));
    })();
    this.db.exec('ANALYZE');
    this.db.close();
  }

  get accepted(): number {
    return this.seen.size;
  }

  abort(): void {
    if (this.db.open) this.db.close();
  }
}
