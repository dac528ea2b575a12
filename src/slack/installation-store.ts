import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import type { RecordStore } from '../core/approvals/ports.ts';
import { PolicyDeskError } from '../core/errors.ts';
import { WriteOnceSequence } from '../core/records/write-once-sequence.ts';

/** One record in a workspace's installation history: an installation, or its removal. */
interface InstallationEntry {
  readonly at: string;
  readonly installation?: Installation;
  readonly removed?: 'app_uninstalled' | 'tokens_revoked';
}

/** What Policy Desk puts in an installation's `metadata` (carried through Slack's OAuth state). */
export const installMetadata = z.object({ org: z.string().min(1).max(100) });

const batch = 8;

/** The key of a workspace (or an Enterprise Grid organisation, for an org-wide install). */
export function installationKey(query: {
  readonly isEnterpriseInstall?: boolean;
  readonly enterpriseId?: string | undefined;
  readonly teamId?: string | undefined;
}): string {
  if (query.isEnterpriseInstall) {
    if (!query.enterpriseId)
      throw new PolicyDeskError(
        'policy_desk_invalid_input',
        'slack: an enterprise installation query without an enterprise id',
      );
    return `E:${query.enterpriseId}`;
  }
  if (!query.teamId)
    throw new PolicyDeskError('policy_desk_invalid_input', 'slack: an installation query without a team id');
  return `T:${query.teamId}`;
}

/**
 * Bolt's installationStore over Policy Desk's write-once store (SQLite, Redis or PostgreSQL, the
 * same as every other record). Nothing is overwritten: each workspace has a numbered history
 * (`slack:install:<T:team>:<n>`, claimed with putIfAbsent) of installations and removals, and the
 * latest entry is the truth; so a reinstall, an uninstall and several processes all agree. Every
 * workspace ever installed is listed once (`slack:install-index:<n>`), so a notification can find
 * the workspace of an organisation after a restart.
 *
 * The bot tokens are in the store: protect it as you protect the Slack client secret.
 */
export class KeyvInstallationStore implements InstallationStore {
  readonly #store: RecordStore;
  readonly #now: () => Date;
  // Latest entry number and entry per workspace, as far as this process has read.
  readonly #latest = new Map<string, { n: number; entry: InstallationEntry }>();
  readonly #indexed = new Set<string>();
  #indexLength = 0;
  readonly #indexSequence: WriteOnceSequence<{ key: string }>;

  constructor(store: RecordStore, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
    this.#indexSequence = new WriteOnceSequence(store, (n) => `slack:install-index:${n}`);
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const key = installationKey({
      isEnterpriseInstall: installation.isEnterpriseInstall ?? false,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    await this.#append(key, { at: this.#now().toISOString(), installation });
    await this.#index(key);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const key = installationKey(query);
    const latest = await this.#read(key);
    if (!latest?.entry.installation)
      throw new PolicyDeskError(
        'policy_desk_not_found',
        `slack: Policy Desk is not installed in ${key.slice(2)}${latest?.entry.removed ? ` (removed: ${latest.entry.removed})` : ''}; install it again from /slack/install`,
      );
    return latest.entry.installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.remove(query, 'app_uninstalled');
  }

  /** Records that a workspace's installation is gone (uninstalled, or its bot token revoked). */
  async remove(query: InstallationQuery<boolean>, reason: NonNullable<InstallationEntry['removed']>): Promise<void> {
    const key = installationKey(query);
    const latest = await this.#read(key);
    if (!latest?.entry.installation) return;
    await this.#append(key, { at: this.#now().toISOString(), removed: reason });
  }

  /** The organisation a workspace was installed for (its install link's), as last read in this process. */
  orgOf(teamId: string | undefined): string | undefined {
    if (!teamId) return undefined;
    return orgOfEntry(this.#latest.get(`T:${teamId}`)?.entry);
  }

  /** Every workspace currently installed, with the organisation its install link named (if any). */
  async installed(): Promise<
    Array<{ readonly key: string; readonly installation: Installation; readonly org?: string }>
  > {
    await this.#readIndex();
    const found = await Promise.all([...this.#indexed].map(async (key) => ({ key, latest: await this.#read(key) })));
    return found.flatMap(({ key, latest }) => {
      const installation = latest?.entry.installation;
      if (!installation) return [];
      const org = orgOfEntry(latest.entry);
      return [{ key, installation, ...(org ? { org } : {}) }];
    });
  }

  async #append(key: string, entry: InstallationEntry): Promise<void> {
    const latest = await this.#read(key);
    const n = await this.#history(key).claim(entry, { after: latest?.n ?? 0 });
    this.#latest.set(key, { n, entry });
  }

  /** The latest entry of a workspace's history: reads on from what this process last saw. */
  async #read(key: string): Promise<{ n: number; entry: InstallationEntry } | undefined> {
    let latest = this.#latest.get(key);
    for await (const { n, value } of this.#history(key).read((latest?.n ?? 0) + 1, batch)) latest = { n, entry: value };
    if (latest) this.#latest.set(key, latest);
    return latest;
  }

  async #index(key: string): Promise<void> {
    await this.#readIndex();
    if (this.#indexed.has(key)) return;
    // Another process indexing the same workspace at once: its entry does the job.
    await this.#indexSequence.claim({ key }, { after: this.#indexLength, yieldTo: (other) => other.key === key });
    await this.#readIndex();
    this.#indexed.add(key);
  }

  async #readIndex(): Promise<void> {
    for await (const { n, value } of this.#indexSequence.read(this.#indexLength + 1, batch)) {
      this.#indexed.add(value.key);
      this.#indexLength = n;
    }
  }

  #history(key: string): WriteOnceSequence<InstallationEntry> {
    return new WriteOnceSequence<InstallationEntry>(this.#store, (n) => `slack:install:${key}:${n}`);
  }
}

function orgOfEntry(entry: InstallationEntry | undefined): string | undefined {
  const metadata = entry?.installation?.metadata;
  if (!metadata) return undefined;
  try {
    return installMetadata.safeParse(JSON.parse(metadata)).data?.org;
  } catch {
    return undefined;
  }
}
