// What an entity panel needs from the extension, as an interface so the
// components can be tested with a fake and used from the page or the popup.

import type { EntityCard } from '../lib/db/queries';
import type { NoteRecord } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { askBackground } from '../lib/messaging';

export interface PanelApi {
  card(entityId: string): Promise<Result<EntityCard>>;
  saveNote(entityId: string, body: string): Promise<Result<NoteRecord>>;
  openDocument(docId: string, passageId: string, entityId: string): Promise<Result<null>>;
}

export function backgroundPanelApi(runtime: { sendMessage(message: unknown): Promise<unknown> }): PanelApi {
  return {
    card: (entityId) => askBackground<'entity/card'>(runtime, { type: 'entity/card', entityId }),
    saveNote: (entityId, body) => askBackground<'note/save'>(runtime, { type: 'note/save', entityId, body }),
    openDocument: (docId, passageId, entityId) =>
      askBackground<'document/open'>(runtime, { type: 'document/open', docId, passageId, entityId }),
  };
}
