const express = require('express');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();
const SORTABLE = ['created', 'total', 'status'];
const ORDER_BY = { newest: 'created DESC', oldest: 'created ASC' };

function byStatus(status) {
  return `SELECT * FROM orders WHERE status = '${status}'`;
}

function listQuery(column) {
  // vuln: CWE-89
  return pool.query(`SELECT * FROM orders ORDER BY ${column}`);
}

app.get('/orders', async (req, res) => {
  const column = req.query.sort || 'created';
  if (!SORTABLE.includes(column)) {
    return res.status(400).send('bad sort');
  }
  // safe: CWE-89
  const rows = await pool.query(`SELECT * FROM orders ORDER BY ${column}`);
  res.json(rows.rows);
});

app.get('/orders/preset', async (req, res) => {
  // safe: CWE-89
  const rows = await pool.query('SELECT * FROM orders ORDER BY ' + ORDER_BY[req.query.order]);
  res.json(rows.rows);
});

app.get('/orders/by-status', async (req, res) => {
  // vuln: CWE-89
  const rows = await pool.query(byStatus(req.query.status));
  res.json(rows.rows);
});

app.get('/orders/list', async (req, res) => {
  const rows = await listQuery(req.query.sort);
  res.json(rows.rows);
});

app.get('/orders/logged', async (req, res) => {
  const column = req.query.sort;
  if (!SORTABLE.includes(column)) {
    console.warn('unknown sort column', column);
  }
  // vuln: CWE-89
  const rows = await pool.query(`SELECT * FROM orders ORDER BY ${column}`);
  res.json(rows.rows);
});

app.get('/orders/:id', async (req, res) => {
  // safe: CWE-89
  const rows = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows.rows);
});
