// ruleid: secret.generic-assignment
const apiKey = "-@cBqdRRk?uadZmB";

module.exports = {
  db: {
    // ruleid: secret.generic-assignment
    password: "?iiC4PeZj%UzmtZ6",
  },
  replica: {
    // ok: secret.generic-assignment
    password: process.env.REPLICA_DB_PASSWORD,
    // ok: secret.generic-assignment
    token: req.headers.authorization,
    // ok: secret.generic-assignment
    auth: authMiddleware2,
    // ok: secret.generic-assignment
    secret: `${prefix}-${suffix}`,
  },
};

// ruleid: secret.generic-assignment
fetch(url, { headers: { "X-Api-Key": "tpP=Izq=NRsCa?2g" } });
