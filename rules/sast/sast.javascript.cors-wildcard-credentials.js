const express = require('express');
const cors = require('cors');

const app = express();
// ruleid: sast.javascript.cors-wildcard-credentials
app.use(cors({ origin: '*', credentials: true }));
// ruleid: sast.javascript.cors-wildcard-credentials
app.use('/api', cors({ origin: true, credentials: true }));
// ok: sast.javascript.cors-wildcard-credentials
app.use(cors({ origin: '*' }));
// ok: sast.javascript.cors-wildcard-credentials
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// ok: sast.javascript.cors-wildcard-credentials
app.use(cors());
