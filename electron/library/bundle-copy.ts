import type { Database, Statement } from 'better-sqlite3';
import type { Progress } from '../../common/primitives';
import { BatchedInsert } from './batched-insert';
import type { CopiedCounts } from './types';

/**
 * A bundle file has the library's schema, so writing rows into one is SQL on library tables
 * too: it lives here. Export holds two connections at once, the library and the new bundle;
 * the bundle's is branded so the two can never be swapped (rows copied into the library).
 */
declare const bundleFile: unique symbol;
export type BundleFileDb = Database & { readonly [bundleFile]: true };

/** Marks a connection to a bundle file the caller just created (and nothing else) as one. */
export function asBundleFile(db: Database): BundleFileDb {
  return db as BundleFileDb;
}

export type CopiedTable = 'summaries' | 'entities' | 'aliases' | 'summary_entities' | 'books' | 'book_items';

export interface CopyScope {
  summaryIds: readonly string[];
  bookIds: readonly string[];
  /** A whole-library bundle carries every entity, tagged or not. */
  allEntities: boolean;
  onProgress?: (p: Progress) => void;
}

/**
 * Copies the scope's rows, with the given columns per table, from the library into the bundle
 * (call inside a read transaction of the library and a write transaction of the bundle). Rows
 * are read as arrays in column order and written many to a statement (batched-insert.ts).
 */
export function copyRowsIntoBundle(library: Database, bundle: BundleFileDb, columns: Record<CopiedTable, readonly string[]>, scope: CopyScope): CopiedCounts {
  const copier = new TableCopier(library, bundle, columns);
  const { tags, entityIds } = copySummaries(copier, scope);
  if (scope.allEntities) for (const id of library.prepare<[], number>('SELECT id FROM entities').pluck().all()) entityIds.add(id);
  const aliases = copyEntities(copier, entityIds);
  const { books, bookItems } = copyBooks(copier, scope);
  copier.flush();
  return { summaries: scope.summaryIds.length, entities: entityIds.size, aliases, tags, books, bookItems };
}

/** Per table: a select from the library by one key, and a batched insert into the bundle. */
class TableCopier {
  private readonly writers: BatchedInsert[] = [];

  constructor(
    private readonly library: Database,
    private readonly bundle: BundleFileDb,
    readonly columns: Record<CopiedTable, readonly string[]>,
  ) {}

  select(table: CopiedTable, where: string): Statement<unknown[], unknown[]> {
    return this.library.prepare(`SELECT ${this.quoted(table)} FROM "${table}" WHERE ${where}`).raw() as unknown as Statement<unknown[], unknown[]>;
  }

  writer(table: CopiedTable): BatchedInsert {
    const writer = new BatchedInsert(this.bundle, `INSERT INTO "${table}" (${this.quoted(table)})`, this.columns[table].length);
    this.writers.push(writer);
    return writer;
  }

  flush(): void {
    for (const writer of this.writers) writer.flush();
  }

  private quoted(table: CopiedTable): string {
    return this.columns[table].map((c) => `"${c}"`).join(', ');
  }
}

function copySummaries(copier: TableCopier, scope: CopyScope): { tags: number; entityIds: Set<number> } {
  const summaryById = copier.select('summaries', 'id = ?');
  const tagsOf = copier.select('summary_entities', 'summary_id = ?');
  const tagEntityAt = copier.columns.summary_entities.indexOf('entity_id');
  const insertSummary = copier.writer('summaries');
  const insertTag = copier.writer('summary_entities');
  const entityIds = new Set<number>();
  let tags = 0;
  scope.summaryIds.forEach((id, i) => {
    insertSummary.add(...summaryById.get(id)!);
    for (const tag of tagsOf.all(id)) {
      insertTag.add(...tag);
      entityIds.add(tag[tagEntityAt] as number);
      tags++;
    }
    if (i % 500 === 0) scope.onProgress?.({ done: i, total: scope.summaryIds.length, label: 'summaries' });
  });
  return { tags, entityIds };
}

function copyEntities(copier: TableCopier, entityIds: Set<number>): number {
  const entityById = copier.select('entities', 'id = ?');
  const aliasesOf = copier.select('aliases', 'entity_id = ?');
  const insertEntity = copier.writer('entities');
  const insertAlias = copier.writer('aliases');
  let aliases = 0;
  for (const id of [...entityIds].sort((a, b) => a - b)) {
    insertEntity.add(...entityById.get(id)!);
    for (const alias of aliasesOf.all(id)) {
      insertAlias.add(...alias);
      aliases++;
    }
  }
  return aliases;
}

/** A book's items travel only for summaries the bundle holds. */
function copyBooks(copier: TableCopier, scope: CopyScope): { books: number; bookItems: number } {
  const inBundle = new Set(scope.summaryIds);
  const bookById = copier.select('books', 'id = ?');
  const itemsOf = copier.select('book_items', 'book_id = ?');
  const itemSummaryAt = copier.columns.book_items.indexOf('summary_id');
  const insertBook = copier.writer('books');
  const insertItem = copier.writer('book_items');
  let bookItems = 0;
  for (const id of scope.bookIds) {
    insertBook.add(...bookById.get(id)!);
    for (const item of itemsOf.all(id)) {
      if (!inBundle.has(item[itemSummaryAt] as string)) continue;
      insertItem.add(...item);
      bookItems++;
    }
  }
  return { books: scope.bookIds.length, bookItems };
}
