const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const REPORTS = ['daily.csv', 'weekly.csv'];

function reportPath(name) {
  return path.join('/srv/reports', name);
}

app.get('/report', (req, res) => {
  // vuln: CWE-22
  res.send(fs.readFileSync(reportPath(req.query.name)));
});

app.get('/report-allowed', (req, res) => {
  const name = req.query.name;
  if (!REPORTS.includes(name)) {
    return res.sendStatus(404);
  }
  // safe: CWE-22
  res.send(fs.readFileSync(reportPath(name)));
});

app.get('/report-base', (req, res) => {
  // safe: CWE-22
  res.send(fs.readFileSync(reportPath(path.basename(req.query.name))));
});

app.get('/report-fixed', (req, res) => {
  // safe: CWE-22
  res.send(fs.readFileSync(reportPath('daily.csv')));
});
