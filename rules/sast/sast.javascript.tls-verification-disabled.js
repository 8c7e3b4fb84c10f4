const https = require('https');

// ruleid: sast.javascript.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// ruleid: sast.javascript.tls-verification-disabled
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
// ok: sast.javascript.tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';

const agent = new https.Agent({
  // ruleid: sast.javascript.tls-verification-disabled
  rejectUnauthorized: false,
});

const strict = new https.Agent({
  // ok: sast.javascript.tls-verification-disabled
  rejectUnauthorized: true,
});

module.exports = { agent, strict };
