/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What anyone may read about a practice: its public page. */
export type PracticeProfile = {
  __typename?: 'PracticeProfile';
  /** The coach's biography, plain text with blank lines between paragraphs. */
  coachBio: Scalars['String']['output'];
  coachName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The address of the practice in Ascend, e.g. /p/<slug>. */
  slug: Scalars['String']['output'];
  tagline: Scalars['String']['output'];
  /** IANA time zone the practice runs its calendar in, e.g. Europe/London. */
  timeZone: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A practice's public page, or null when no practice has that address. */
  practice: Maybe<PracticeProfile>;
};


export type QueryPracticeArgs = {
  slug: Scalars['String']['input'];
};

export type PublicPracticeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicPracticeQuery = { __typename?: 'Query', practice: { __typename?: 'PracticeProfile', id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PublicPracticeDocument = new TypedDocumentString(`
    query PublicPractice($slug: String!) {
  practice(slug: $slug) {
    id
    slug
    name
    tagline
    coachName
    coachBio
    timeZone
  }
}
    `) as unknown as TypedDocumentString<PublicPracticeQuery, PublicPracticeQueryVariables>;