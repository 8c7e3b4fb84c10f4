const { Pool } = require('pg');
const knex = require('knex')({ client: 'pg' });

const pool = new Pool();
const TABLE = 'users';

async function getUser(req, res) {
  // ruleid: sast.javascript.sql-injection
  const rows = await pool.query(`SELECT * FROM users WHERE id = ${req.params.id}`);
  // ruleid: sast.javascript.sql-injection
  await knex.raw('SELECT * FROM orders WHERE user = ' + req.query.user);
  const name = req.body.name;
  // ruleid: sast.javascript.sql-injection
  await sequelize.query("SELECT * FROM t WHERE name = '" + name + "'");
  // ok: sast.javascript.sql-injection
  await pool.query('SELECT * FROM users WHERE id = $1', [req.params.id]);
  // ok: sast.javascript.sql-injection
  await knex.raw('SELECT * FROM orders WHERE user = ?', [req.query.user]);
  // ok: sast.javascript.sql-injection
  await pool.query(`SELECT count(*) FROM users`);
  // ok: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM ${TABLE} WHERE id = $1`, [req.params.id]);
  // ok: sast.javascript.sql-injection
  const match = /id=(\d+)/.exec(`id=${req.query.id}`);
  res.json({ rows, match });
}

function byName(db, name) {
  const sql = "SELECT * FROM users WHERE name = '" + name + "'";
  // ruleid: sast.javascript.sql-injection
  db.query(sql);
  const fixed = 'SELECT * FROM users WHERE name = $1';
  // ok: sast.javascript.sql-injection
  db.query(fixed, [name]);
}

function byColumn(db, column) {
  // ruleid: sast.javascript.sql-injection
  return db.query(`SELECT ${column} FROM ${TABLE}`);
}
