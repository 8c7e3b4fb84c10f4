import { z } from 'zod';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const envName = (example: string) => z.string().regex(ENV_NAME, `the name of an environment variable, e.g. ${example}`);

const GitHubAppSchema = z
  .strictObject({
    appId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)], { error: "the App's numeric id, from its settings page" }),
    installationId: z.number().int().positive('the installation id, a number').optional(),
    privateKeyFile: z.string().min(1).optional(),
    privateKeyEnv: envName('GITHUB_APP_PRIVATE_KEY').optional(),
  })
  .refine((a) => a.privateKeyFile ?? a.privateKeyEnv, { message: "a GitHub App needs its private key: set privateKeyFile (a .pem path) or privateKeyEnv" });

/** `fix:` in patchline.yaml — how fixes are planned, verified and delivered. */
export const FixConfigSchema = z.strictObject({
  /** May a dependency upgrade cross a major version. */
  allowMajor: z.boolean().optional(),
  /** Deliver changes that applied but did not verify (marked as such). */
  allowUnverified: z.boolean().optional(),
  /** Push the branch and open a GitHub pull request. */
  pr: z.boolean().optional(),
  /** The git remote to push to and to read the default branch from. */
  remote: z.string().regex(/^[A-Za-z0-9._-]+$/, 'a git remote name, e.g. origin').optional(),
  verify: z
    .strictObject({
      command: z.string().min(1, "a shell command, e.g. 'npm test' or 'pytest -q'").max(4096).optional(),
      timeoutSeconds: z.number().int('a whole number of seconds').positive().max(86_400, 'at most a day (86400)').optional(),
    })
    .optional(),
  github: z
    .strictObject({
      apiUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. https://github.example.com/api/v3' }).optional(),
      tokenEnv: envName('GITHUB_TOKEN').optional(),
      /** owner/name, when the remote URL does not say it (a mirror, a local path). */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name, e.g. acme/shop').optional(),
      app: GitHubAppSchema.optional(),
    })
    .optional(),
});
export type FixConfig = z.infer<typeof FixConfigSchema>;

export const FIX_KNOWN_KEYS: Record<string, string[]> = {
  fix: ['allowMajor', 'allowUnverified', 'pr', 'remote', 'verify', 'github'],
  'fix.verify': ['command', 'timeoutSeconds'],
  'fix.github': ['apiUrl', 'tokenEnv', 'repo', 'app'],
  'fix.github.app': ['appId', 'installationId', 'privateKeyFile', 'privateKeyEnv'],
};
