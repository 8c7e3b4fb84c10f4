import express, { type Request, type Response } from 'express';
import { Pool, type QueryResult } from 'pg';

interface UserRow { id: number; name: string }

const pool = new Pool();
const app = express();
const USERS = 'users' as const;

app.get('/users/:id', async (req: Request<{ id: string }>, res: Response): Promise<void> => {
  // ruleid: sast.javascript.sql-injection
  const result: QueryResult<UserRow> = await pool.query<UserRow>(`SELECT * FROM users WHERE id = ${req.params.id}`);
  const sort = req.query.sort as string;
  // ruleid: sast.javascript.sql-injection
  await pool.query('SELECT * FROM users ORDER BY ' + sort!);
  // ok: sast.javascript.sql-injection
  await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [req.params.id]);
  // ok: sast.javascript.sql-injection
  await pool.query(`SELECT count(*) FROM ${USERS}`);
  res.json(result.rows);
});

export class UserRepository {
  constructor(private readonly db: Pool) {}

  find(name: string): Promise<QueryResult<UserRow>> {
    // ruleid: sast.javascript.sql-injection
    return this.db.query(`SELECT * FROM users WHERE name = '${name}'`);
  }
}
