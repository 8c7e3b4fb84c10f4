import express from 'express';
import * as fs from 'node:fs';
import path from 'path';

const app = express();

app.get('/file', (req, res) => {
  // ruleid: sast.javascript.path-traversal
  res.sendFile(path.join(__dirname, 'uploads', req.query.name));
  // ruleid: sast.javascript.path-traversal
  fs.readFile('/srv/data/' + req.params.file, (err, data) => res.send(data));
  const name = req.query.name;
  // ruleid: sast.javascript.path-traversal
  fs.createReadStream(`./reports/${name}`).pipe(res);
  // ok: sast.javascript.path-traversal
  res.sendFile(req.query.name, { root: path.join(__dirname, 'public') });
  // ok: sast.javascript.path-traversal
  fs.readFileSync(path.basename(req.query.name));
  // ok: sast.javascript.path-traversal
  fs.readFileSync('./config.json');
});
