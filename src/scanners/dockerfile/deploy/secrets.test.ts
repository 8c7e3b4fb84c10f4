import { describe, expect, it } from 'vitest';
import { scanDeployFile } from './index.js';
import { isPlaceholder, isSecretName, literalSecret } from './secrets.js';

describe('secret-like names', () => {
  it.each([
    'PASSWORD', 'DB_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'PGPASSWORD', 'dbPassword', 'SMTP_PASSWD', 'CLIENT_SECRET',
    'SECRET_KEY_BASE', 'GITHUB_TOKEN', 'slackBotToken', 'API_KEY', 'STRIPE_API_KEY', 'APIKEY', 'apiKey',
    'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'PRIVATE_KEY', 'GCP_CREDENTIALS', 'auth-token',
  ])('%s is secret-like', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each([
    'POSTGRES_PASSWORD_FILE', 'DB_PASSWORD_SECRET_ARN', 'SECRET_NAME', 'TOKEN_URL', 'OAUTH_TOKEN_ENDPOINT', 'JWT_TOKEN_TTL',
    'TOKEN_TYPE', 'TOKENIZERS_PARALLELISM', 'KEYCLOAK_URL', 'PUBLIC_KEY', 'MONKEY', 'LOG_LEVEL', 'PWD', 'SECRETARY_EMAIL',
  ])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('literal secret values', () => {
  it.each(['', '  ', 'changeme', 'CHANGE_ME', 'example', '<your-token>', '{{ .Values.token }}', 'xxxxxxxx', '****', 'your_api_key_here', 'false', 'arn:aws:secretsmanager:eu-west-1:1:secret:x'])(
    'placeholder or empty %j is not a secret',
    (value) => {
      expect(literalSecret(value)).toBeUndefined();
    },
  );

  it.each(['${DB_PASSWORD}', '$DB_PASSWORD', '${DB_PASSWORD:?set it}', '${DB_PASSWORD:-}', '${DB_PASSWORD:-changeme}', 'prefix-${X}-suffix'])(
    'interpolation %s is not a secret',
    (value) => {
      expect(literalSecret(value)).toBeUndefined();
    },
  );

  it('a literal is, shown redacted', () => {
    expect(literalSecret('hunter2-is-my-password')).toEqual({ secret: 'hunter2-is-my-password', display: 'hunt**** (22 chars)' });
    expect(isPlaceholder('hunter2-is-my-password')).toBe(false);
  });

  it('an interpolation default is judged, and shown, by its default', () => {
    expect(literalSecret('${JWT_SECRET:-dev-signing-key-42}')).toEqual({
      secret: 'dev-signing-key-42',
      display: '${JWT_SECRET:-dev-**** (18 chars)}',
    });
    expect(literalSecret('${JWT_SECRET-dev-signing-key-42}')?.secret).toBe('dev-signing-key-42');
  });
});

describe('no raw secret leaves the scanner', () => {
  const SECRETS = [
    'Sup3r-Secret-Passw0rd',
    'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
    'quoted value with spaces 77',
    'fallback-default-secret',
    'tok-1234567890',
  ];
  const compose = [
    'services:',
    '  api:',
    '    image: example/api:1.0.0',
    '    environment:',
    `      DB_PASSWORD: ${SECRETS[0]}`,
    `      API_TOKEN: ${SECRETS[4]} # rotated from ${SECRETS[4]}`,
    '  worker:',
    '    image: example/worker:1.0.0',
    '    environment:',
    `      - GITHUB_TOKEN=${SECRETS[1]}`,
    `      - "SMTP_PASSWORD=${SECRETS[2]}"`,
    `      - JWT_SECRET=\${JWT_SECRET:-${SECRETS[3]}}`,
  ].join('\n');
  const ecs = JSON.stringify(
    { containerDefinitions: [{ name: 'api', user: '1000', readonlyRootFilesystem: true, environment: [{ name: 'DB_PASSWORD', value: SECRETS[0] }, { name: 'API_TOKEN', value: SECRETS[1] }] }] },
    null,
    2,
  );

  it('compose: every secret is found, and none appears in the findings', () => {
    const out = scanDeployFile({ path: 'docker-compose.yml', size: compose.length, text: compose });
    const secrets = out.findings.filter((f) => f.ruleId === 'compose.plaintext-secret');
    expect(secrets.map((f) => f.fingerprintContent).sort()).toEqual([
      'services.api.environment.API_TOKEN',
      'services.api.environment.DB_PASSWORD',
      'services.worker.environment.GITHUB_TOKEN',
      'services.worker.environment.JWT_SECRET',
      'services.worker.environment.SMTP_PASSWORD',
    ]);
    const smtp = secrets.find((f) => f.fingerprintContent.endsWith('SMTP_PASSWORD'));
    expect(smtp?.location.kind === 'file' && smtp.location.snippet).toBe('- "SMTP_PASSWORD=quot**** (27 chars)"');
    expect(smtp?.evidence).toBe('SMTP_PASSWORD=quot**** (27 chars)');
    const token = secrets.find((f) => f.fingerprintContent.endsWith('API_TOKEN'));
    expect(token?.location.kind === 'file' && token.location.snippet).toBe('API_TOKEN: tok-**** (14 chars) # rotated from tok-**** (14 chars)');
    const dump = JSON.stringify(out);
    for (const s of SECRETS) expect(dump).not.toContain(s);
  });

  it('ECS: every secret is found, and none appears in the findings', () => {
    const out = scanDeployFile({ path: 'task-definition.json', size: ecs.length, text: ecs });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['ecs.plaintext-secret', 'ecs.plaintext-secret']);
    const dump = JSON.stringify(out);
    for (const s of SECRETS) expect(dump).not.toContain(s);
    expect(dump).toContain('Sup3**** (21 chars)');
  });
});
