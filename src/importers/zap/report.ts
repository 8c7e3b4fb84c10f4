/** A ZAP report read from either of its traditional formats (JSON or XML) into one shape. */

export interface ZapInstance {
  uri?: string;
  method?: string;
  param?: string;
  attack?: string;
  evidence?: string;
  otherinfo?: string;
  requestHeader?: string;
  requestBody?: string;
  responseHeader?: string;
  responseBody?: string;
}

export interface ZapAlert {
  pluginId?: string;
  alertRef?: string;
  name?: string;
  riskcode?: string;
  confidence?: string;
  cweid?: string;
  desc?: string;
  solution?: string;
  reference?: string;
  otherinfo?: string;
  instances: ZapInstance[];
}

export interface ZapReport {
  version?: string;
  generated?: string;
  alerts: ZapAlert[];
}

/** Instance fields and the names ZAP gives them: XML elements, JSON keys, JSON-plus keys. */
export const INSTANCE_FIELDS: Record<keyof ZapInstance, readonly string[]> = {
  uri: ['uri'],
  method: ['method'],
  param: ['param'],
  attack: ['attack'],
  evidence: ['evidence'],
  otherinfo: ['otherinfo'],
  requestHeader: ['requestheader', 'request-header'],
  requestBody: ['requestbody', 'request-body'],
  responseHeader: ['responseheader', 'response-header'],
  responseBody: ['responsebody', 'response-body'],
};

export const ALERT_FIELDS: Record<Exclude<keyof ZapAlert, 'instances'>, readonly string[]> = {
  pluginId: ['pluginid'],
  alertRef: ['alertRef'],
  name: ['name', 'alert'],
  riskcode: ['riskcode'],
  confidence: ['confidence'],
  cweid: ['cweid'],
  desc: ['desc'],
  solution: ['solution'],
  reference: ['reference'],
  otherinfo: ['otherinfo'],
};

/** Picks the named fields of one raw object through `text`, which turns a raw value into a string or undefined. */
export function pickFields<K extends string>(
  raw: Record<string, unknown>,
  fields: Record<K, readonly string[]>,
  text: (v: unknown) => string | undefined,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [field, names] of Object.entries(fields) as [K, readonly string[]][]) {
    for (const name of names) {
      const value = text(raw[name]);
      if (value !== undefined) {
        out[field] = value;
        break;
      }
    }
  }
  return out;
}
