import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RecordStore } from '../core/approvals/ports.ts';
import { PolicyDeskError } from '../core/errors.ts';

/** What a "Share to channel" button carries: the record's id and the key that opens it, never the question. */
export const shareReference = z.strictObject({
  share: z.string().regex(/^[A-Za-z0-9_-]{16}$/),
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** A share reference as the button carries it. */
export type ShareReference = z.infer<typeof shareReference>;

/** How long a share stays usable: Slack's response_url, which posts the shared answer, lasts 30 minutes. */
export const shareLifetimeMs = 30 * 60 * 1000;

interface SealedQuestion {
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
  readonly at: string;
}

/** Why a share could not be opened. */
export type OpenedShare =
  | { readonly ok: true; readonly question: string }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' };

/**
 * The questions behind "Share to channel" buttons. A question can be up to 2,000 characters and
 * Slack caps a button value at 2,000, so the button carries a short reference instead: a random id
 * and a random AES-256-GCM key. The store keeps only the ciphertext (`slack:share:<id>`), bound to
 * the asker's user id; the key lives only in the asker's private Slack message. So the store never
 * holds a readable question, and only the person who asked can share it.
 */
export class SharedQuestions {
  readonly #store: RecordStore;
  readonly #now: () => Date;

  constructor(store: RecordStore, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  /** Seals a question for `userId` and returns the reference its Share button carries. */
  async seal(userId: string, question: string): Promise<ShareReference> {
    const share = randomBytes(12).toString('base64url');
    const key = randomBytes(32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${share}|${userId}`));
    const data = Buffer.concat([cipher.update(question, 'utf8'), cipher.final()]);
    const sealed: SealedQuestion = {
      iv: iv.toString('base64url'),
      tag: cipher.getAuthTag().toString('base64url'),
      data: data.toString('base64url'),
      at: this.#now().toISOString(),
    };
    if (!(await this.#store.putIfAbsent(`slack:share:${share}`, sealed)))
      throw new PolicyDeskError('policy_desk_conflict', 'slack: share id collision');
    return { share, key: key.toString('base64url') };
  }

  /** The question behind a reference, for the user who sealed it; anyone else, a wrong key or an old share gets a reason. */
  async open(reference: ShareReference, userId: string): Promise<OpenedShare> {
    const sealed = await this.#store.get<SealedQuestion>(`slack:share:${reference.share}`);
    if (!sealed) return { ok: false, reason: 'unknown' };
    if (this.#now().getTime() - Date.parse(sealed.at) > shareLifetimeMs) return { ok: false, reason: 'expired' };
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        Buffer.from(reference.key, 'base64url'),
        Buffer.from(sealed.iv, 'base64url'),
      );
      decipher.setAAD(Buffer.from(`${reference.share}|${userId}`));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
      const question = Buffer.concat([
        decipher.update(Buffer.from(sealed.data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      return { ok: true, question };
    } catch {
      return { ok: false, reason: 'unknown' };
    }
  }
}
