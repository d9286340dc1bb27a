import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as arabic from '@zxcvbn-ts/language-ar';

/**
 * What every new password must pass, wherever it is set (user create, reset, own change, the
 * first admin from MASAR_ADMIN_PASSWORD, the CLI):
 * - 10 to 200 characters;
 * - not containing the username (nor the local part of the e-mail address);
 * - a zxcvbn-ts score of at least MIN_SCORE: the estimator knows the breached-password list
 *   of @zxcvbn-ts/language-common, English words and names, and Arabic names (in Latin script,
 *   @zxcvbn-ts/language-ar), plus keyboard patterns, dates, repeats and l33t spellings.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn score 3: "safely unguessable", more than 10^8 guesses. */
export const MIN_SCORE = 3;

/** Words of this application that make a password easy to guess here. */
const APP_WORDS = ['masar', 'مسار', 'admin', 'administrator', 'password', 'ministry', 'وزارة'];

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      'firstnames-ar': arabic.dictionary.firstnames,
      'lastnames-ar': arabic.dictionary.lastnames,
    },
    useLevenshteinDistance: false,
    maxLength: PASSWORD_MAX_LENGTH,
  });
  return factory;
}

export interface PasswordOwner {
  username?: string | null;
  email?: string | null;
  displayName?: string | null;
}

/** Why a password is refused (a sentence for the user), or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  const lower = password.toLowerCase();
  const username = owner.username?.trim().toLowerCase();
  const mailbox = owner.email?.trim().toLowerCase().split('@')[0];
  if (username && username.length >= 3 && lower.includes(username)) {
    return 'The password must not contain the username.';
  }
  if (mailbox && mailbox.length >= 3 && lower.includes(mailbox)) {
    return 'The password must not contain the e-mail address.';
  }
  const userInputs = [
    ...APP_WORDS,
    ...[username, mailbox, ...(owner.displayName?.toLowerCase().split(/\s+/) ?? [])].filter(
      (w): w is string => !!w && w.length >= 3,
    ),
  ];
  const result: ZxcvbnResult = estimator().check(password, userInputs);
  if (result.score < MIN_SCORE) {
    const common = result.sequence.some(
      (m) => m.pattern === 'dictionary' && m.dictionaryName === 'passwords-common',
    );
    return common
      ? 'This password is on the list of common and breached passwords: choose another (a few unrelated words make a good one).'
      : 'This password is too easy to guess: make it longer, with a few unrelated words.';
  }
  return null;
}
