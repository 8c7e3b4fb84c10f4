/** The part of the CycloneDX 1.6 JSON model that patchline writes (https://cyclonedx.org/docs/1.6/json/). */

export interface CdxProperty {
  name: string;
  value: string;
}

export interface CdxHash {
  alg: 'SHA-256' | 'SHA-384' | 'SHA-512';
  content: string;
}

export interface CdxComponent {
  type: 'application' | 'container' | 'library';
  'bom-ref'?: string;
  group?: string;
  name: string;
  version?: string;
  scope?: 'required' | 'optional' | 'excluded';
  hashes?: CdxHash[];
  purl?: string;
  externalReferences?: { type: 'website' | 'vcs'; url: string }[];
  properties?: CdxProperty[];
}

export interface CdxSource {
  name: string;
  url?: string;
}

export interface CdxRating {
  source?: CdxSource;
  score?: number;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info' | 'none' | 'unknown';
  method: 'CVSSv2' | 'CVSSv3' | 'CVSSv31' | 'CVSSv4' | 'other';
  vector?: string;
}

export interface CdxVulnerability {
  id: string;
  source?: CdxSource;
  references?: { id: string; source: CdxSource }[];
  ratings: CdxRating[];
  cwes?: number[];
  description?: string;
  detail?: string;
  recommendation?: string;
  advisories?: { url: string }[];
  analysis?: { state?: string; response?: string[]; detail?: string };
  affects: { ref: string }[];
  properties?: CdxProperty[];
}

export interface CdxDependency {
  ref: string;
  dependsOn: string[];
}

export interface CdxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: number;
  metadata: {
    timestamp: string;
    tools: { components: CdxComponent[] };
    component: CdxComponent;
  };
  components: CdxComponent[];
  dependencies: CdxDependency[];
  vulnerabilities?: CdxVulnerability[];
}
