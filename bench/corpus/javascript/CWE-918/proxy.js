const express = require('express');
const axios = require('axios');

const app = express();
const HOSTS = ['api.example.com', 'cdn.example.com'];

function fetchFrom(host, path) {
  // vuln: CWE-918
  return axios.get(`https://${host}/${path}`);
}

app.get('/proxy', async (req, res) => {
  const r = await fetchFrom(req.query.host, 'status');
  res.send(r.data);
});

app.get('/proxy-allowed', async (req, res) => {
  const host = req.query.host;
  if (!HOSTS.includes(host)) {
    return res.status(400).end();
  }
  // safe: CWE-918
  const r = await axios.get(`https://${host}/status`);
  res.send(r.data);
});

app.get('/proxy-fixed', async (req, res) => {
  // safe: CWE-918
  const r = await fetchFrom('api.example.com', 'status');
  res.send(r.data);
});
