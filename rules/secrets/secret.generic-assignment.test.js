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

// names, not secrets
// ok: secret.generic-assignment
lastSignificantToken = "?InterpolationInJSX";
// ok: secret.generic-assignment
const response = { "NextToken": "AQICAHh9Yv3kPq2Zt8Lw0sNf", "ClientRequestToken": "5a1f0c9e-3b7d-4e2a-9c6f-8d0b1e2f3a4c" };
// ok: secret.generic-assignment
const resourceHashes = { "AWS::IAM::AccessKey": "62d9a1c94be07f35" };
// ok: secret.generic-assignment
const user = { name: "webdav", password: "generatedwebdavpassword1" };
