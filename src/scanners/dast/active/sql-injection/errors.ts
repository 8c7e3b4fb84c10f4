/** Database error messages that leak into pages, by engine (after sqlmap's and ZAP's lists). */
export const SQL_ERRORS: readonly { engine: string; pattern: RegExp }[] = [
  { engine: 'SQLite', pattern: /sqlite3?\.(OperationalError|DatabaseError)|SQLITE_ERROR|SQLite\/JDBCDriver|System\.Data\.SQLite|unrecognized token: "|near "[^"]{0,60}": syntax error/i },
  { engine: 'MySQL', pattern: /You have an error in your SQL syntax|check the manual that (corresponds|fits) to your (MySQL|MariaDB)|MySqlException|mysqli?_(fetch|query|num_rows)|com\.mysql\.jdbc/i },
  { engine: 'PostgreSQL', pattern: /PSQLException|pg_query\(\)|PG::SyntaxError|psycopg2?\.(errors\.)?\w*Error|unterminated quoted string at or near|syntax error at or near "/i },
  { engine: 'Microsoft SQL Server', pattern: /Unclosed quotation mark after the character string|Microsoft OLE DB Provider for SQL Server|\[SQL Server\]|System\.Data\.SqlClient\.SqlException/i },
  { engine: 'Oracle', pattern: /\bORA-\d{5}\b|quoted string not properly terminated|oracle\.jdbc/i },
  { engine: 'SQL', pattern: /SQLSTATE\[\w+\]|Syntax error in string in query expression|sqlalchemy\.exc\.\w+Error/i },
];

/** The first database error the text shows, with the matched text. */
export function sqlError(text: string): { engine: string; match: string } | undefined {
  for (const { engine, pattern } of SQL_ERRORS) {
    const m = pattern.exec(text);
    if (m) return { engine, match: m[0] };
  }
  return undefined;
}
