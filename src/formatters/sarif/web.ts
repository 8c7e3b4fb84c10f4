import type { Finding } from '../../core/model.js';

/** SARIF's webRequest / webResponse (§3.46, §3.47): the exchange that proves a web finding. */
export interface SarifWebRequest {
  protocol: string;
  version: string;
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: { text: string };
}

export interface SarifWebResponse {
  protocol: string;
  version: string;
  statusCode: number;
  reasonPhrase: string;
  headers: Record<string, string>;
  body?: { text: string };
}

interface Message {
  startLine: string;
  headers: Record<string, string>;
  body?: string;
}

/** Splits HTTP/1.1 text (already bounded and redacted by the scanner) into start line, headers and body. */
function parseMessage(text: string): Message {
  const split = text.search(/\r?\n\r?\n/);
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? undefined : text.slice(split).replace(/^\r?\n\r?\n/, '');
  const [startLine = '', ...lines] = head.split(/\r?\n/);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { startLine, headers, ...(body && { body }) };
}

function protocolOf(token: string | undefined): { protocol: string; version: string } {
  const m = /^([A-Z]+)\/(\d+(?:\.\d+)?)$/.exec(token ?? '');
  return m ? { protocol: m[1]!, version: m[2]! } : { protocol: 'HTTP', version: '1.1' };
}

export function webExchange(http: NonNullable<Finding['http']>): { webRequest: SarifWebRequest; webResponse: SarifWebResponse } {
  const request = parseMessage(http.request);
  const [method = 'GET', target = '/', requestProtocol] = request.startLine.split(' ');
  const response = parseMessage(http.response);
  const [responseProtocol, status = '0', ...reason] = response.startLine.split(' ');
  return {
    webRequest: { ...protocolOf(requestProtocol), method, target, headers: request.headers, ...(request.body && { body: { text: request.body } }) },
    webResponse: {
      ...protocolOf(responseProtocol),
      statusCode: Number.parseInt(status, 10) || 0,
      reasonPhrase: reason.join(' '),
      headers: response.headers,
      ...(response.body && { body: { text: response.body } }),
    },
  };
}
