import type { SarifWebRequest, SarifWebResponse } from './web.js';
/** The subset of SARIF 2.1.0 patchline writes (names as in the spec). */

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region?: SarifRegion;
}

export interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName?: string;
  kind?: string;
}

export interface SarifLocation {
  physicalLocation?: SarifPhysicalLocation;
  logicalLocations?: SarifLogicalLocation[];
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage & { markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}

export interface SarifSuppression {
  kind: 'external' | 'inSource';
  status: 'accepted' | 'underReview' | 'rejected';
  justification?: string;
  properties?: Record<string, unknown>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  codeFlows?: SarifCodeFlow[];
  webRequest?: SarifWebRequest;
  webResponse?: SarifWebResponse;
  properties: Record<string, unknown>;
}

export interface SarifCodeFlow {
  threadFlows: { locations: { location: SarifLocation & { message: SarifMessage } }[] }[];
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  descriptor: { id: string };
  locations?: SarifLocation[];
  properties?: Record<string, unknown>;
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  startTimeUtc?: string;
  endTimeUtc?: string;
  toolExecutionNotifications?: SarifNotification[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      informationUri: string;
      version: string;
      semanticVersion?: string;
      rules: SarifReportingDescriptor[];
    };
  };
  invocations: SarifInvocation[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: SarifResult[];
  columnKind: 'utf16CodeUnits' | 'unicodeCodePoints';
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
