/** Plain data shapes of the library, shared by the services, the IPC contract and the UI. */

export type EntityKind = 'forum' | 'actor' | 'theme';
export type ActorType = 'person' | 'country' | 'organization';
export type DatePrecision = 'day' | 'month' | 'year';
export type TagSource = 'extracted' | 'user';
export type TagStatus = 'suggested' | 'accepted' | 'rejected';

export interface Entity {
  id: number;
  kind: EntityKind;
  actorType: ActorType | null;
  name: string;
  themeSlug: string | null;
  phrases: string[];
  builtin: boolean;
  aliases: string[];
}

export interface Tag {
  entityId: number;
  kind: EntityKind;
  name: string;
  actorType: ActorType | null;
  themeSlug: string | null;
  confidence: number;
  source: TagSource;
  status: TagStatus;
  evidence: Array<[number, number]>;
}

export interface Summary {
  id: string;
  title: string;
  meetingDate: string | null;
  datePrecision: DatePrecision | null;
  city: string | null;
  country: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  body: string;
  keyPoints: string[];
  notes: string;
  language: string;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
  originImportId: string | null;
  tags: Tag[];
}

/** A tag proposed for a new summary: by extraction (with confidence/evidence) or by the user. */
export interface TagInput {
  kind: EntityKind;
  name: string;
  /** The entity the name stands for, when the caller resolved it already (batch imports). */
  entityId?: number;
  actorType?: ActorType;
  themeSlug?: string;
  confidence?: number;
  evidence?: Array<[number, number]>;
  source?: TagSource;
  status?: TagStatus;
}

export interface SummaryInput {
  id?: string;
  title: string;
  meetingDate?: string | null;
  city?: string | null;
  country?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  body: string;
  keyPoints?: string[];
  notes?: string;
  language?: string;
  tags?: TagInput[];
  originImportId?: string | null;
  createdAt?: string;
  updatedAt?: string;
}
