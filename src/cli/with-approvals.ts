import { resolveAuditKey } from '../adapters/audit-key.ts';
import { systemClock } from '../adapters/clock.ts';
import { loadCorpus } from '../adapters/policy-files.ts';
import { createStore, defaultNamespace } from '../adapters/store/create-store.ts';
import type { ClosableRecordStore } from '../adapters/store/keyv-record-store.ts';
import { processAuditSettings, processStoreUrl } from '../config.ts';
import { ApprovalService } from '../core/approvals/approval-service.ts';
import { PolicyDeskError } from '../core/errors.ts';
import type { Corpus } from '../core/policy/corpus.ts';
import { defaultPoliciesDir } from './cli-support.ts';

/** The options every records command takes. */
export interface RecordsOptions {
  readonly org?: string;
  readonly store?: string;
  readonly namespace?: string;
  readonly policies?: string;
}

/**
 * Loads the policies, checks `--org` names one of them, opens the store and runs `work` with an
 * approval service over it, closing the store whatever happens. `command` prefixes error messages.
 */
export async function withApprovals<T>(
  command: string,
  options: RecordsOptions,
  work: (context: { corpus: Corpus; store: ClosableRecordStore; service: ApprovalService }) => Promise<T>,
): Promise<T> {
  const corpus = await loadCorpus(options.policies ?? defaultPoliciesDir);
  if (options.org && !corpus.organisations.has(options.org)) {
    throw new PolicyDeskError(
      'policy_desk_unknown_org',
      `${command}: unknown organisation "${options.org}"; known: ${[...corpus.organisations.keys()].join(', ')}`,
    );
  }
  // Without --store, the store the server uses (STORE_URL / DATABASE_URL / REDIS_URL, .env included).
  const url = options.store ?? processStoreUrl();
  // The audit key the server seals with: AUDIT_KEY, or the key file beside the SQLite file (never made here).
  const settings = processAuditSettings();
  const auditKey = resolveAuditKey({
    configured: settings.auditKey,
    storeUrl: url,
    production: settings.production,
    create: false,
  });
  const store = await createStore({ url, namespace: options.namespace ?? defaultNamespace });
  try {
    return await work({
      corpus,
      store,
      service: new ApprovalService({
        corpus,
        store,
        clock: systemClock,
        ...(auditKey ? { auditKey: auditKey.key } : {}),
      }),
    });
  } finally {
    await store.close();
  }
}
