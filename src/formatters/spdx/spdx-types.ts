/** The part of the SPDX 2.3 JSON model that patchline writes (https://spdx.github.io/spdx-spec/v2.3/). */

export interface SpdxChecksum {
  algorithm: 'SHA256' | 'SHA384' | 'SHA512';
  checksumValue: string;
}

export interface SpdxExternalRef {
  referenceCategory: 'PACKAGE-MANAGER' | 'SECURITY' | 'OTHER';
  referenceType: string;
  referenceLocator: string;
}

export interface SpdxPackage {
  name: string;
  SPDXID: string;
  versionInfo?: string;
  supplier: 'NOASSERTION';
  downloadLocation: 'NOASSERTION';
  filesAnalyzed: false;
  checksums?: SpdxChecksum[];
  sourceInfo?: string;
  licenseConcluded: 'NOASSERTION';
  licenseDeclared: 'NOASSERTION';
  copyrightText: 'NOASSERTION';
  comment?: string;
  externalRefs?: SpdxExternalRef[];
  primaryPackagePurpose: 'APPLICATION' | 'CONTAINER' | 'LIBRARY';
}

export interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: 'DESCRIBES' | 'DEPENDS_ON' | 'CONTAINS';
  relatedSpdxElement: string;
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: SpdxPackage[];
  relationships: SpdxRelationship[];
}
