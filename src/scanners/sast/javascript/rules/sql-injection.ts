import { isBuiltStringValue, nonConstantScriptSinks, type ScriptSinkSpec } from '../sinks.js';
import { scriptRule, type ScriptRule } from './rule.js';

/** `db.query(sql)`, `pool.query`, `connection.execute`, `sequelize.query`, `knex.raw`, `prisma.$queryRawUnsafe`. */
export const sqlSinks: readonly ScriptSinkSpec[] = [
  {
    calls: [],
    methods: ['query', 'raw', 'execute', '$queryRawUnsafe', '$executeRawUnsafe', 'whereRaw', 'orderByRaw', 'havingRaw'],
    arg: 0,
    argWhen: isBuiltStringValue,
  },
];

export const sqlInjection: ScriptRule = {
  meta: scriptRule({
    id: 'sast.javascript.sql-injection',
    title: 'SQL built by string concatenation or a template literal',
    description:
      'A query string built with + or a template literal puts values into the SQL text: a value containing a quote changes the query (read other rows, bypass a login, drop a table).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-89'],
    owasp: ['A03:2021'],
    help: "Pass values as bind parameters: db.query('SELECT * FROM users WHERE id = $1', [id]); knex.raw('?', [id]); sequelize.query(sql, { replacements }).",
    tags: ['semgrep:javascript.lang.security.audit.sqli.node-postgres-sqli.node-postgres-sqli', 'semgrep:javascript.sequelize.security.audit.sequelize-injection-express.express-sequelize-injection'],
  }),
  check(file) {
    return nonConstantScriptSinks(file, sqlSinks);
  },
};
