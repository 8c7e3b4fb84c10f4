function makeResetToken() {
  // ruleid: sast.javascript.insecure-random
  return Math.random().toString(36).slice(2);
}

// ruleid: sast.javascript.insecure-random
const sessionId = Math.floor(Math.random() * 1e16).toString(16);

const user = {
  // ruleid: sast.javascript.insecure-random
  apiKey: Math.random().toString(36),
  // ok: sast.javascript.insecure-random
  avatarColor: Math.floor(Math.random() * 360),
};

function shuffle(items) {
  // ok: sast.javascript.insecure-random
  return items.sort(() => Math.random() - 0.5);
}

// ok: sast.javascript.insecure-random
const monkey = Math.random();

module.exports = { makeResetToken, sessionId, user, shuffle, monkey };
