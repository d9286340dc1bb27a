/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ActivePolicy {\n  activePolicy {\n    id\n    number\n    status\n    activatedAt\n    title {\n      ar\n      en\n    }\n    organization {\n      id\n      key\n      name {\n        ar\n        en\n      }\n    }\n    preface {\n      ar\n      en\n    }\n    generalObjective {\n      ar\n      en\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      performerRole\n      conditional\n      condition {\n        ar\n        en\n      }\n      windowDays\n      title {\n        ar\n        en\n      }\n      text {\n        ar\n        en\n      }\n      tools {\n        id\n        key\n        kind\n        name {\n          ar\n          en\n        }\n      }\n      checklist {\n        id\n        key\n        position\n        required\n        text {\n          ar\n          en\n        }\n      }\n    }\n    approval {\n      id\n      approvedOnGregorian\n      approvedOnHijri\n      body {\n        ar\n        en\n      }\n      boardTerm {\n        ar\n        en\n      }\n      note {\n        ar\n        en\n      }\n    }\n  }\n}": typeof types.ActivePolicyDocument,
};
const documents: Documents = {
    "query ActivePolicy {\n  activePolicy {\n    id\n    number\n    status\n    activatedAt\n    title {\n      ar\n      en\n    }\n    organization {\n      id\n      key\n      name {\n        ar\n        en\n      }\n    }\n    preface {\n      ar\n      en\n    }\n    generalObjective {\n      ar\n      en\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      performerRole\n      conditional\n      condition {\n        ar\n        en\n      }\n      windowDays\n      title {\n        ar\n        en\n      }\n      text {\n        ar\n        en\n      }\n      tools {\n        id\n        key\n        kind\n        name {\n          ar\n          en\n        }\n      }\n      checklist {\n        id\n        key\n        position\n        required\n        text {\n          ar\n          en\n        }\n      }\n    }\n    approval {\n      id\n      approvedOnGregorian\n      approvedOnHijri\n      body {\n        ar\n        en\n      }\n      boardTerm {\n        ar\n        en\n      }\n      note {\n        ar\n        en\n      }\n    }\n  }\n}": types.ActivePolicyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivePolicy {\n  activePolicy {\n    id\n    number\n    status\n    activatedAt\n    title {\n      ar\n      en\n    }\n    organization {\n      id\n      key\n      name {\n        ar\n        en\n      }\n    }\n    preface {\n      ar\n      en\n    }\n    generalObjective {\n      ar\n      en\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      performerRole\n      conditional\n      condition {\n        ar\n        en\n      }\n      windowDays\n      title {\n        ar\n        en\n      }\n      text {\n        ar\n        en\n      }\n      tools {\n        id\n        key\n        kind\n        name {\n          ar\n          en\n        }\n      }\n      checklist {\n        id\n        key\n        position\n        required\n        text {\n          ar\n          en\n        }\n      }\n    }\n    approval {\n      id\n      approvedOnGregorian\n      approvedOnHijri\n      body {\n        ar\n        en\n      }\n      boardTerm {\n        ar\n        en\n      }\n      note {\n        ar\n        en\n      }\n    }\n  }\n}"): (typeof documents)["query ActivePolicy {\n  activePolicy {\n    id\n    number\n    status\n    activatedAt\n    title {\n      ar\n      en\n    }\n    organization {\n      id\n      key\n      name {\n        ar\n        en\n      }\n    }\n    preface {\n      ar\n      en\n    }\n    generalObjective {\n      ar\n      en\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      position\n      name {\n        ar\n        en\n      }\n      description {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      performerRole\n      conditional\n      condition {\n        ar\n        en\n      }\n      windowDays\n      title {\n        ar\n        en\n      }\n      text {\n        ar\n        en\n      }\n      tools {\n        id\n        key\n        kind\n        name {\n          ar\n          en\n        }\n      }\n      checklist {\n        id\n        key\n        position\n        required\n        text {\n          ar\n          en\n        }\n      }\n    }\n    approval {\n      id\n      approvedOnGregorian\n      approvedOnHijri\n      body {\n        ar\n        en\n      }\n      boardTerm {\n        ar\n        en\n      }\n      note {\n        ar\n        en\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;