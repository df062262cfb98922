/**
 * The part of SARIF 2.1.0 dflint writes (property names as in the OASIS schema), so that the
 * compiler checks the log's shape; test/formatters/sarif*.test.ts validate it against the schema.
 */

export type Level = 'error' | 'warning' | 'note';

export interface Message {
  readonly text: string;
}

export interface MultiformatMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
  readonly description?: Message;
}

export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Location {
  readonly physicalLocation: {
    readonly artifactLocation: ArtifactLocation;
    readonly region: Region;
  };
}

/** A place a result concerns besides its location: `id` is unique within the result, for `[text](id)` links. */
export interface RelatedLocation extends Location {
  readonly id: number;
  readonly message: Message;
}

export interface Replacement {
  readonly deletedRegion: Region;
  /** Absent for a pure deletion. */
  readonly insertedContent?: { readonly text: string };
}

export interface Fix {
  readonly description: Message;
  readonly artifactChanges: ReadonlyArray<{ readonly artifactLocation: ArtifactLocation; readonly replacements: readonly Replacement[] }>;
}

export interface Suppression {
  readonly kind: 'inSource';
  readonly status: 'accepted';
  readonly justification?: string;
  readonly location?: Location;
}

export interface Result {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: Level;
  readonly message: Message;
  readonly locations: readonly Location[];
  readonly relatedLocations?: readonly RelatedLocation[];
  readonly partialFingerprints?: { readonly primaryLocationLineHash: string };
  readonly fixes?: readonly Fix[];
  readonly suppressions?: readonly Suppression[];
}

export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface ReportingDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: Message;
  readonly fullDescription: Message;
  readonly help: MultiformatMessage;
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: Level; readonly enabled?: boolean };
  readonly properties: {
    readonly tags: readonly string[];
    readonly precision: Precision;
    readonly 'problem.severity': 'error' | 'warning' | 'recommendation';
    readonly 'security-severity'?: string;
    /** dflint's addition: the rule's other names (BuildKit check names...). */
    readonly aliases?: readonly string[];
  };
}

export interface Run {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly semanticVersion: string;
      readonly informationUri: string;
      readonly rules: readonly ReportingDescriptor[];
    };
  };
  readonly automationDetails?: { readonly id: string };
  readonly originalUriBaseIds: Readonly<Record<string, { readonly uri: string }>>;
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly Result[];
}

export interface Log {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly Run[];
}
