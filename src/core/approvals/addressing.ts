import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Notification, NotificationKind, RoleRef } from './notifications.ts';
import { actorByKey, type PersonRef, peopleWithRole } from './people.ts';
import type { OutcomeRecord, RequestRecord } from './records.ts';
import { deciderRoles, type RequestView } from './request-view.ts';

/**
 * Notification addressing: who hears what about a request. A role becomes every listed holder's
 * accounts (the excluded people aside), or the role itself when nobody holds it; a person key
 * becomes that person's accounts. Pure: no store, no clock.
 */
/** What to send, to whom it is worked out by the function that takes it. */
export interface NotificationSpec {
  readonly kind: NotificationKind;
  readonly view: RequestView;
  readonly messageUpdate: boolean;
  readonly reminder?: number;
  readonly detail?: Partial<Notification>;
}

function extraOf(spec: NotificationSpec): Partial<Notification> {
  return { ...(spec.detail ?? {}), ...(spec.reminder !== undefined ? { reminder: spec.reminder } : {}) };
}

export function notification(
  to: PersonRef | RoleRef,
  kind: NotificationKind,
  view: RequestView,
  messageUpdate: boolean,
  extra: Partial<Notification> = {},
): Notification {
  return { to, kind, org: view.org, requestId: view.id, messageUpdate, status: view.status, ...extra };
}

export function toRoles(
  organisation: Organisation,
  roles: readonly string[],
  excludeKeys: readonly string[],
  spec: NotificationSpec,
): Notification[] {
  const out: Notification[] = [];
  const done = new Set<string>(excludeKeys);
  for (const role of roles) {
    const holders = peopleWithRole(organisation, role);
    if (holders.length === 0)
      out.push(notification({ org: organisation.slug, role }, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
    for (const holder of holders) {
      if (done.has(holder.key)) continue;
      done.add(holder.key);
      for (const account of holder.accounts)
        out.push(notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
    }
  }
  return out;
}

export function toKeys(
  organisation: Organisation,
  personKeys: readonly string[],
  spec: NotificationSpec,
  fallbackRoles: readonly string[],
): Notification[] {
  const out: Notification[] = [];
  for (const key of personKeys) {
    for (const account of actorByKey(organisation, key)?.accounts ?? [])
      out.push(notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
  }
  if (personKeys.length === 0)
    for (const role of fallbackRoles)
      out.push(notification({ org: organisation.slug, role }, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
  return out;
}

export function toRequester(
  organisation: Organisation,
  request: RequestRecord,
  spec: NotificationSpec,
): Notification[] {
  const accounts = actorByKey(organisation, request.requester.key)?.accounts ?? [request.requester.account];
  return accounts.map((account) => notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
}

/** The requester hears the outcome (with conditions when approved); the other approvers or voters hear who decided. */
export function outcomeNotifications(
  organisation: Organisation,
  view: RequestView,
  request: RequestRecord,
  outcome: OutcomeRecord,
  excludeKeys: readonly string[],
): Notification[] {
  const kind: NotificationKind = outcome.status === 'expired' ? 'expired' : 'decided';
  const detail: Partial<Notification> = {
    ...(outcome.by ? { decidedBy: outcome.by.name } : {}),
    ...(outcome.comment ? { comment: outcome.comment } : {}),
    ...(outcome.status === 'approved' ? { conditions: view.conditions } : {}),
    ...(outcome.status === 'approved' && view.validUntil ? { validUntil: view.validUntil } : {}),
    ...(view.tally ? { tally: view.tally } : {}),
    reason: outcome.reason,
  };
  const requester = toRequester(organisation, request, { kind, view, messageUpdate: true, detail });
  const others = approverNotifications(
    organisation,
    view,
    request,
    kind === 'expired' ? 'expired' : 'decided-by-other',
    excludeKeys,
    detail,
  );
  return [...requester, ...others];
}

export function approverNotifications(
  organisation: Organisation,
  view: RequestView,
  request: RequestRecord,
  kind: NotificationKind,
  excludeKeys: readonly string[],
  detail: Partial<Notification> = {},
): Notification[] {
  const route = request.flow.route;
  const spec: NotificationSpec = { kind, view, messageUpdate: true, detail };
  if (route.kind === 'vote')
    return toKeys(
      organisation,
      request.electorate!.voters.filter((key) => !excludeKeys.includes(key)),
      spec,
      [route.body],
    );
  return toRoles(
    organisation,
    deciderRoles(route, view.route.kind === 'single' && view.route.escalated),
    [request.requester.key, ...excludeKeys],
    spec,
  );
}
