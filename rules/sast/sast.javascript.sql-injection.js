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

const SORTABLE = ['created', 'total', 'status'];
const DIRECTIONS = new Set(['asc', 'desc']);
const ORDER_BY = { newest: 'created DESC', oldest: 'created ASC' };
const SLUG = /^[a-z0-9-]{1,64}$/;

async function sortedOrders(req, res) {
  const column = req.query.sort;
  if (!SORTABLE.includes(column)) {
    return res.status(400).end();
  }
  // ok: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM orders ORDER BY ${column}`);
  const dir = DIRECTIONS.has(req.query.dir) ? req.query.dir : 'asc';
  // ok: sast.javascript.sql-injection
  await pool.query('SELECT * FROM orders ORDER BY total ' + dir);
  // ok: sast.javascript.sql-injection
  await pool.query('SELECT * FROM orders ORDER BY ' + ORDER_BY[req.query.order]);
  const slug = req.params.slug;
  if (SLUG.test(slug)) {
    const sql = `SELECT * FROM products WHERE slug = '${slug}'`;
    // ok: sast.javascript.sql-injection
    await pool.query(sql);
  }
  // ruleid: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM products WHERE slug = '${slug}'`);
  const name = req.query.name;
  if (!/[a-z]+/.test(name)) {
    return res.status(400).end();
  }
  // ruleid: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM users WHERE name = '${name}'`);
  const tag = req.query.tag;
  if (!SORTABLE.includes(tag)) {
    console.warn('unknown tag', tag);
  }
  // ruleid: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM posts WHERE tag = '${tag}'`);
}

function whereName(name) {
  return `SELECT * FROM users WHERE name = '${name}'`;
}

function currentUser(req) {
  return req.session.user || req.query.user;
}

async function viaHelpers(req) {
  // ruleid: sast.javascript.sql-injection
  await pool.query(whereName(req.query.name));
  // ruleid: sast.javascript.sql-injection
  await pool.query(`SELECT * FROM users WHERE name = '${currentUser(req)}'`);
}
