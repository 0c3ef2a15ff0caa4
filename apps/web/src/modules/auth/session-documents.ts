import { graphql } from '@ascend/web/data-access';

// Declared for codegen: every operation that starts a session asks for the same fields, so the session store
// takes any of them.
graphql(`
  fragment ViewerFields on Viewer {
    account {
      id
      email
      name
      emailVerified
      isOperator
    }
    memberships {
      practiceId
      practiceSlug
      practiceName
      role
    }
  }
`);

graphql(`
  fragment SessionFields on Session {
    accessToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
