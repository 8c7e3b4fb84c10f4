const MAIN = `patchline — find what is wrong with an application and fix what can be fixed

Usage: patchline <command> [options]

Commands:
  scan [PATH]       scan a directory (default: .): secrets, Dockerfile and deployment settings,
                    dependencies (OSV), and Python/JavaScript code; with --url URL, a running web app
  image REF         scan a container image's OS and language packages, each finding with the layer that
                    brought it in (the same as 'scan --image REF')
  dast URL          scan a running web application (the same as 'scan --url URL')
  rules             list every rule with its id, severity, CWE and description
  db COMMAND        keep the local vulnerability database: update, import, status
  sbom [PATH]       list the packages of a directory (or --image REF) as a CycloneDX or SPDX SBOM
  import FILE...    read other tools' reports (SARIF, Semgrep, Bandit, SonarQube, OWASP ZAP) into one report
  fix [PATH]        fix what can be fixed: verify each change, commit it on a branch, open a PR
  help [COMMAND]    show help for a command
  version           print the version (also --version)

Exit codes: 0 clean (or below the gate), 1 findings at or above --fail-on, 2 usage or runtime error.
Environment: NO_COLOR disables colours.
Run 'patchline help scan' for the scan options.`;

const SCAN = `Usage: patchline scan [PATH] [options]
       patchline scan --url URL [options]
       patchline scan --image REF [options]

Scans PATH (a directory, default .) and prints its findings. With --url, crawls the running web
application at URL instead and checks every response (see 'patchline help dast').

Options:
  -f, --format FORMAT     table (default), json, sarif, markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on SEVERITY  exit 1 when an unsuppressed finding is at or above SEVERITY
                          (critical, high, medium, low, info; 'none' turns off a gate set in the config)
  -c, --config FILE       read the configuration from FILE (default: PATH/patchline.yaml)
      --scanners LIST     comma-separated scanner ids to run (default: all; see 'patchline rules')
      --import REF        merge another tool's findings (repeatable): a SARIF, Semgrep, Bandit, SonarQube or
                          OWASP ZAP report, or sonarqube://HOST/PROJECT_KEY (token in $SONAR_TOKEN)
      --db PATH           vulnerability database for the sca scanner (default: the user cache; see 'patchline help db')
  -j, --jobs N            threads for large trees (default: the number of cores, at most 4; 1 = no workers)
      --url URL           scan the running web application at URL (dast scanner) instead of PATH
      --active            with --url: also attack parameters (injection payloads), not only look
      --image REF         scan a container image instead of PATH (see 'patchline help image')
      --platform OS/ARCH  with --image: the platform to pick from a multi-platform image (e.g. linux/arm64)
      --insecure-registry HOST  with --image: reach this registry over plain HTTP (repeatable)
  -q, --quiet             no progress or informational messages on standard error
  -h, --help              show this help

Examples:
  patchline scan examples/flask-app
  patchline scan . --format sarif --output patchline.sarif --fail-on high
  patchline scan . --scanners secrets --format json
  patchline scan --image docker-archive:app.tar --fail-on high`;

const IMAGE = `Usage: patchline image REF [options]
       patchline scan --image REF [options]

Reads a container image layer by layer, without unpacking it, and checks its OS packages (dpkg, apk,
rpm databases) and language packages (lockfiles) against the vulnerability database. Each finding
names the layer (diffID and Dockerfile step) that installed the package. Each layer's packages are
cached by diffID under $XDG_CACHE_HOME/patchline/layers. The config is ./patchline.yaml or --config.

REF is docker-archive:PATH (a 'docker save' tarball, gzipped or not).

Options:
  -f, --format FORMAT       table (default), json, sarif, markdown, cyclonedx, spdx
  -o, --output FILE         write the report to FILE instead of standard output
      --fail-on SEVERITY    exit 1 when an unsuppressed finding is at or above SEVERITY
  -c, --config FILE         read the configuration from FILE (default: ./patchline.yaml)
      --scanners LIST       package scanners to run (default: sca)
      --db PATH             vulnerability database (default: the user cache; see 'patchline help db')
      --platform OS/ARCH    the platform to pick from a multi-platform image (e.g. linux/arm64)
      --insecure-registry HOST  reach this registry over plain HTTP (repeatable)
      --no-snapshot         do not store the code snapshot
  -q, --quiet               no progress or informational messages on standard error
  -h, --help                show this help

The code snapshot — WORKDIR plus snapshot.include globs, without OS trees and installed packages,
as the final layers show them — is stored as a tar.gz with a manifest (image digest, files and
sha256) in snapshot.dir (default: the user cache) or snapshot.s3, and its URI is in the result.

Examples:
  patchline image docker-archive:alpine.tar
  patchline image docker-archive:app.tar.gz --format sarif --output image.sarif --fail-on high`;

const RULES = `Usage: patchline rules [options]

Lists every rule patchline runs, with its id, severity, CWE and description.

Options:
  -f, --format FORMAT   table (default) or json
      --scanner ID      only the rules of one scanner
  -h, --help            show this help`;

const DB = `Usage: patchline db <update|import|status> [options]

Keeps the local vulnerability database (OSV advisories) that dependency and image scans match against.
Without one, scans use a small offline snapshot bundled with patchline and say so.

Commands:
  update              download OSV's all.zip of each ecosystem and rebuild the database
  import PATH...      rebuild it from local files (air-gapped): OSV zips, folders of OSV JSON,
                      JSON files, Alpine secdb files (v3.10/main.yaml or .json)
  status              show sources, advisories per ecosystem, build time and age

Options:
      --db PATH           the database file (default: $PATCHLINE_DB, else db.path of patchline.yaml,
                          else $XDG_CACHE_HOME/patchline/vulndb.sqlite or ~/.cache/patchline/vulndb.sqlite)
      --ecosystems LIST   update: comma-separated OSV ecosystems (default: PyPI, npm, Go, Maven,
                          crates.io, Packagist, RubyGems, NuGet, Debian, Ubuntu, Alpine, AlmaLinux, Rocky Linux)
      --base-url URL      update: a mirror of https://osv-vulnerabilities.storage.googleapis.com
                          (also $PATCHLINE_OSV_BASE_URL); serves <URL>/<ecosystem>/all.zip
  -f, --format FORMAT     status: table (default) or json
  -c, --config FILE       read db.path and db.maxAgeDays from FILE (default: ./patchline.yaml)
  -q, --quiet             no progress or summary on standard error
  -h, --help              show this help

The new database is built beside the old one and replaces it only when complete: a failed or
interrupted update leaves the previous database in place. Bad records are reported and skipped.

Examples:
  patchline db update --ecosystems PyPI,npm
  patchline db import ~/mirror/PyPI/all.zip ~/mirror/alpine-secdb/ --db ./vulndb.sqlite
  patchline db status --format json`;

const SBOM = `Usage: patchline sbom [PATH] [options]
       patchline sbom --image REF [options]

Catalogs the packages that the manifests and lockfiles under PATH (a directory, default .) pin, and
prints them as a software bill of materials, each with its purl and where it was found. With --image,
catalogs a container image's OS and language packages; the SBOM names the image digest, its layers
and the layer that installed each package.

Options:
  -f, --format FORMAT   cyclonedx (default: CycloneDX 1.6 JSON) or spdx (SPDX 2.3 JSON)
  -o, --output FILE     write the SBOM to FILE instead of standard output
  -c, --config FILE     read the configuration (exclude, limits) from FILE (default: PATH/patchline.yaml)
      --image REF       catalog a container image instead of PATH (see 'patchline help image')
      --platform OS/ARCH, --insecure-registry HOST   with --image, as for 'patchline image'
  -q, --quiet           no progress, warnings or informational messages on standard error
  -h, --help            show this help

'patchline scan --format cyclonedx' writes the same SBOM with the scan's vulnerability findings in it.
Exit codes: 0 the SBOM was written, 2 usage or runtime error.

Examples:
  patchline sbom examples/flask-app
  patchline sbom . --format spdx --output sbom.spdx.json
  patchline sbom --image docker-archive:app.tar --format spdx`;

const IMPORT = `Usage: patchline import FILE... [options]

Reads the reports of other tools and prints their findings as one patchline report, with the same
formats, fingerprints, ignores (patchline.yaml) and gate as 'patchline scan'. Each file's format is
recognised from its content:
  SARIF 2.1.0        any tool: CodeQL, Semgrep --sarif, Snyk Code, Trivy … (rule ids become codeql:py/sql-injection)
  Semgrep JSON       semgrep --json
  Bandit JSON        bandit -f json
  SonarQube JSON     api/issues/search, api/hotspots/search, quality gate, sonar-report
  OWASP ZAP          traditional JSON or XML report (-J / -x, also the -plus variants with requests and
                     responses): one web finding per alert instance (zap:<plugin id>); false positives
                     (confidence 0) are kept, marked suppressed
A file that cannot be read is listed as an issue and the others are still imported. Results that a
SARIF report marks as suppressed (and Semgrep's nosemgrep matches) are kept, marked suppressed, and do
not count for the gate. Paths in the reports are shown, never read.

Options:
  -f, --format FORMAT     table (default), json, sarif, markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on SEVERITY  exit 1 when an unsuppressed finding is at or above SEVERITY
                          (critical, high, medium, low, info; 'none' turns off a gate set in the config)
      --root DIR          the checkout the reports describe: absolute and file:// paths under it become relative
  -c, --config FILE       read ignores and the gate from FILE (default: patchline.yaml in --root, else in .)
  -q, --quiet             no informational messages on standard error
  -h, --help              show this help

Exit codes: 0 imported (findings below the gate), 1 findings at or above --fail-on, 2 usage error or
no file could be imported.

Examples:
  patchline import codeql.sarif bandit.json
  patchline import semgrep.json --format sarif --output merged.sarif --fail-on high
  patchline import /ci/out/results.sarif --root /ci/checkout --format json`;

const FIX = `Usage: patchline fix [PATH] [options]

Scans PATH (default .), or reads a saved result, and plans one change per fix unit: every advisory of
a package becomes one upgrade to the lowest version that fixes them all; every other finding one
edit. Changes apply in order of severity, each on the text the ones before it left. A finding no
fixer can change safely is listed with the reason. Findings accepted in patchline.yaml are left alone.

When patchline.yaml has an llm: section (provider: bedrock | anthropic | openai, model, baseUrl, region,
budget), what no deterministic fixer can change is sent to that model as a structured-edit request;
its answer is applied only inside the finding's function and file, and never when it adds
dependencies, shells, eval, network calls or touches CI, lockfiles or tests.

Without --dry-run, each change is applied in a scratch git worktree of the default branch (origin/HEAD,
init.defaultBranch, main or master) and verified there, in order, each on top of the ones kept: the
findings it targets must be gone from a re-scan of the changed files and no new finding may appear;
then fix.verify.command (e.g. 'npm test'; bounded by fix.verify.timeoutSeconds) must pass. Kept changes
are committed one per fix unit on the branch patchline/fix-<id>; your working tree, index and current
branch are never touched. With --pr the branch is pushed to fix.remote (origin) and a GitHub pull
request is opened, or the open one for the same findings updated (GITHUB_TOKEN, or fix.github.tokenEnv,
or a GitHub App under fix.github.app; fix.github.apiUrl for GitHub Enterprise).

Options:
      --dry-run           print the plan and a unified diff; change nothing
      --pr                push the branch and open a GitHub pull request (config fix.pr: true)
      --allow-unverified  also commit changes that applied but failed verification, marked as such
      --from FILE         plan from a 'patchline scan --format json' result instead of scanning
      --no-llm            use only the deterministic fixers, even when llm: is configured
      --snapshot URI      plan on the code an image scan stored (file://… or s3://bucket/key, the
                          result's snapshot.uri) instead of PATH; with --dry-run only; patchline.yaml
                          is read from the current directory, never from the image
      --only ID           fix only findings of this rule id, scanner or fingerprint prefix (repeatable,
                          or comma-separated)
  -c, --config FILE       read the configuration from FILE (default: PATH/patchline.yaml); fix.allowMajor:
                          true lets an upgrade cross a major version
      --db PATH           vulnerability database for the sca scanner
  -o, --output FILE       write the plan and diff to FILE instead of standard output
  -q, --quiet             no progress on standard error
  -h, --help              show this help

Exit codes: 0 planned (--dry-run) or every planned change verified and delivered, 1 some change was
rejected by verification, 2 usage or runtime error (also: the pull request could not be opened — the
branch is kept).

Examples:
  patchline fix . --pr
  patchline fix examples/flask-app --dry-run
  patchline fix . --dry-run --only sca --only sast.python.flask-debug-mode
  patchline scan . --format json --output scan.json && patchline fix . --from scan.json --dry-run`;

const DAST = `Usage: patchline dast URL [options]

Crawls the running web application at URL (links, forms, robots.txt, sitemap.xml) and checks every
response: security headers, cookie flags, version and debug disclosure, stack traces, directory listings,
secrets, CORS, CSRF tokens, mixed content, caching. Each finding carries the request and response that
prove it, bounded and with secrets redacted. Only the URL's scheme, host and port are ever requested.

Options:
  -f, --format FORMAT     table (default), json, sarif, markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on SEVERITY  exit 1 when an unsuppressed finding is at or above SEVERITY
  -c, --config FILE       read the configuration from FILE (default: ./patchline.yaml)
      --active            also attack parameters with injection payloads (only against your own apps)
  -q, --quiet             no progress or informational messages on standard error
  -h, --help              show this help

Configuration (patchline.yaml):
  dast:
    scope: { include: ["/app/**"], exclude: ["/admin/delete/**"] }   # URL path globs
    limits: { maxRequests: 2000, maxPages: 200, maxDepth: 6, maxDuration: 10m, concurrency: 4,
              requestsPerSecond: 50, timeout: 10s, maxBodySize: 1MB, maxErrors: 30 }
    methods: [PUT, DELETE]                    # off unless listed
    auth:
      headers: { Authorization: "Bearer \${APP_TOKEN}" }   # \${VAR} is read from the environment
      cookies: { session: "\${APP_SESSION}" }
      login: { url: /login, fields: { username: alice, password: "\${APP_PASSWORD}" },
               loggedOut: "Log in" }          # logs in again when the session drops

Examples:
  patchline dast http://127.0.0.1:5000
  patchline scan --url http://127.0.0.1:5000 --format sarif --output dast.sarif --fail-on medium`;

const TOPICS: Record<string, string> = { scan: SCAN, image: IMAGE, dast: DAST, rules: RULES, db: DB, sbom: SBOM, import: IMPORT, fix: FIX };

export function helpText(topic?: string): string | undefined {
  if (topic === undefined) return MAIN;
  return TOPICS[topic];
}

export const commands = Object.keys(TOPICS);
