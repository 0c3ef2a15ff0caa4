import { Badge, Divider, Stack, Text, UnstyledButton } from '@mantine/core';
import { type DemoAccountsQuery as DemoAccountsResult, graphql, graphqlRequest, queryKeys } from '@ascend/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { roleNames } from './permissions';
import classes from './demo-accounts.module.css';

const DemoAccountsQuery = graphql(`
  query DemoAccounts {
    demoAccounts {
      role
      name
      email
      password
    }
  }
`);

export type DemoAccount = DemoAccountsResult['demoAccounts'][number];

/**
 * The demo practice's people, offered on the sign-in page when the API runs in development with demo data; the API
 * answers an empty list everywhere else, and then this shows nothing.
 */
export function DemoAccounts({ onPick }: { onPick: (account: DemoAccount) => void }) {
  const { data: accounts } = useQuery({
    queryKey: queryKeys.public.demoAccounts(),
    queryFn: async ({ signal }) => (await graphqlRequest(DemoAccountsQuery, {}, { signal })).demoAccounts,
    staleTime: Infinity,
  });
  if (!accounts?.length) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="demo-accounts-heading">
      <Divider
        labelPosition="center"
        label={
          <Text size="sm" c="gray.7" id="demo-accounts-heading">
            Demo accounts
          </Text>
        }
      />
      <Text size="sm" c="gray.7">
        This server runs with demo data. Pick a person to fill in their email and password.
      </Text>
      {accounts.map((account) => (
        <UnstyledButton key={account.email} className={classes.account} onClick={() => onPick(account)} aria-label={`Use the demo account of ${account.name}, ${roleNames[account.role]}`}>
          <div>
            <Text size="sm" fw={600}>
              {account.name}
            </Text>
            <Text size="xs" c="dimmed">
              {account.email}
            </Text>
          </div>
          <Badge variant="light">{roleNames[account.role]}</Badge>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
