const MAIN = `patchline — find what is wrong with an application and fix what can be fixed

Usage: patchline <command> [options]

Commands:
  scan [PATH]       scan a directory (default: .) for secrets and Dockerfile/deployment misconfiguration
  rules             list every rule with its id, severity, CWE and description
  help [COMMAND]    show help for a command
  version           print the version (also --version)

Exit codes: 0 clean (or below the gate), 1 findings at or above --fail-on, 2 usage or runtime error.
Environment: NO_COLOR disables colours.
Run 'patchline help scan' for the scan options.`;

const SCAN = `Usage: patchline scan [PATH] [options]

Scans PATH (a directory, default .) and prints its findings.

Options:
  -f, --format FORMAT     table (default), json, sarif, markdown
  -o, --output FILE       write the report to FILE instead of standard output
      --fail-on SEVERITY  exit 1 when an unsuppressed finding is at or above SEVERITY
                          (critical, high, medium, low, info; 'none' turns off a gate set in the config)
  -c, --config FILE       read the configuration from FILE (default: PATH/patchline.yaml)
      --scanners LIST     comma-separated scanner ids to run (default: all; see 'patchline rules')
      --db PATH           vulnerability database for the sca scanner (default: the user cache; see 'patchline help db')
  -j, --jobs N            threads for large trees (default: the number of cores, at most 4; 1 = no workers)
  -q, --quiet             no progress or informational messages on standard error
  -h, --help              show this help

Examples:
  patchline scan examples/flask-app
  patchline scan . --format sarif --output patchline.sarif --fail-on high
  patchline scan . --scanners secrets --format json`;

const RULES = `Usage: patchline rules [options]

Lists every rule patchline runs, with its id, severity, CWE and description.

Options:
  -f, --format FORMAT   table (default) or json
      --scanner ID      only the rules of one scanner
  -h, --help            show this help`;

const TOPICS: Record<string, string> = { scan: SCAN, rules: RULES };

export function helpText(topic?: string): string | undefined {
  if (topic === undefined) return MAIN;
  return TOPICS[topic];
}

export const commands = Object.keys(TOPICS);
