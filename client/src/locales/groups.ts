/**
 * The app's messages (ar.json, en.json: edited as one file per language) are served in groups,
 * each a chunk of its own per language (vite-plugins/message-groups.ts cuts them at build time):
 * `shared`, which every page shows (the app bar, the menu, the shortcuts sheet, Vuetify's own
 * texts), is fetched before the app shows; the others before a route that declares them
 * (`meta.messages`, in the feature's routes) resolves (plugins/i18n.ts).
 *
 * A group is a list of key prefixes (a namespace, a part of one, or a single key). Each message
 * belongs to the group of its longest matching prefix; every message belongs to one group
 * (messages.test.ts). The grouping follows what the pages use (messages.test.ts reads it from
 * their code): the public pages (/policy, /s/<token>, /sign-in, /library/tools/<KEY>) load only
 * small groups; the office's big namespaces are cut by screen.
 */
export const MESSAGE_GROUPS = {
  /** The app's frame on every page (App.vue and what it shows), and Vuetify's own texts. */
  shared: [
    'app',
    'nav',
    'session',
    'roles',
    'shortcuts',
    'locale',
    'common',
    'transactions.shortcuts',
    'policy.pageTitle',
    // The policy's role names: the public policy and a transaction's steps.
    'policy.role',
  ],
  /** How a request or a form failed, in general terms (errors.<scope> are with their feature). */
  errors: ['errors.common', 'errors.validation', 'errors.loadText'],
  /** The date field and the list pager of the office's pages. */
  office: ['dateField', 'pager'],
  /** "Not found" and "not allowed". */
  status: ['notFound', 'forbidden'],
  signIn: ['signIn', 'errors.signIn'],
  /** The public policy page (and a version's). */
  policy: [
    'policy',
    'policyVersions.banner',
    'policyVersions.history',
    'policyVersions.actions.compare',
    'policyVersions.actions.edit',
  ],
  policyVersions: [
    'policyVersions',
    'errors.policy',
    // The editor's words the approval dialog and the comparison use too.
    'policyVersions.editor.fieldIn',
    'policyVersions.editor.lang',
    'policyVersions.editor.back',
    'policyVersions.editor.child',
    'policyVersions.editor.objective',
  ],
  policyEditor: ['policyVersions.editor'],
  policyCompare: ['policyVersions.compare'],
  /** What the public page of a policy tool's document shows. */
  libraryTool: [
    'library.tool',
    'library.pageTitle',
    'library.version',
    'library.document.publishedOn',
    'library.document.print',
    'library.document.contents',
  ],
  library: ['library', 'errors.library'],
  /** The public survey page, and the survey's questions wherever they are shown. */
  survey: ['survey', 'errors.survey'],
  satisfaction: ['satisfaction', 'dashboard.period'],
  /** A transaction's survey links and the answers given with a beneficiary. */
  surveyLinks: [
    'satisfaction.link',
    'satisfaction.panel',
    'satisfaction.linkStates',
    'satisfaction.assisted',
    'satisfaction.modes',
    'errors.satisfaction',
  ],
  dashboard: ['dashboard'],
  /** What the transaction pages and the queues share. */
  transactions: [
    'transactions',
    'errors.transactions',
    'errors.beneficiaries',
    'transactions.timeline.by',
    // The committee's due date on the working calendar (calendar/CommitteeWorkingDays).
    'calendar.due',
    'committee',
    'referrals',
  ],
  transactionList: [
    'transactions.bulk',
    'transactions.export',
    'transactions.views',
    'transactions.filters',
    'transactions.eventFilter',
  ],
  /** One transaction's page. */
  transaction: [
    'transactions.timeline',
    'transactions.actions',
    'transactions.stepper',
    'transactions.checklist',
    'transactions.conflict',
    'transactions.attestationStale',
    'transactions.reassign',
    'transactions.notes',
    'transactions.decide',
    'transactions.attest',
    'transactions.submit',
    'transactions.refer',
    'transactions.return',
    'transactions.deliver',
    'transactions.withdraw',
    'transactions.closeInquiry',
    'transactions.pageShortcuts',
    // The committee's one page of a request (committee/CommitteeSummaryCard).
    'committeeSummary',
  ],
  beneficiaries: ['beneficiaries'],
  /** The documents on a beneficiary's file (their page, a transaction's page). */
  documents: ['documents', 'errors.documents'],
  /** The social research of step 3 (the transaction's page). */
  research: ['research', 'errors.research'],
  /** Support types, what the committee approves and its deliveries (the transaction's page), renewals. */
  support: ['support', 'errors.support'],
  feedback: ['feedback', 'errors.feedback'],
  accounts: ['users', 'tokens', 'errors.accounts'],
  audit: ['audit'],
  backups: ['backups'],
  calendar: ['calendar', 'errors.calendar'],
} as const satisfies Record<string, readonly string[]>;

export type MessageGroup = keyof typeof MESSAGE_GROUPS;

export const MESSAGE_GROUP_NAMES = Object.keys(MESSAGE_GROUPS) as MessageGroup[];

type Messages = { [key: string]: string | Messages };

/** The group a key (`ns.a.b`) belongs to: its longest matching prefix's. */
export function groupOf(key: string): MessageGroup | null {
  let best: MessageGroup | null = null;
  let bestLength = -1;
  for (const group of MESSAGE_GROUP_NAMES) {
    for (const prefix of MESSAGE_GROUPS[group]) {
      const matches = key === prefix || key.startsWith(`${prefix}.`);
      if (matches && prefix.length > bestLength) {
        best = group;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}

/** The messages of `group`, as a tree of the same shape as the whole (empty objects left out). */
export function pickGroup(messages: Messages, group: MessageGroup, prefix = ''): Messages {
  const picked: Messages = {};
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      if (groupOf(full) === group) picked[key] = value;
    } else {
      const inner = pickGroup(value, group, full);
      if (Object.keys(inner).length) picked[key] = inner;
    }
  }
  return picked;
}
