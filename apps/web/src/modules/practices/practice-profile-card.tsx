import { Anchor, Avatar, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { paragraphs } from './practice-text';
import type { PracticeProfile } from './use-practice';

type CardProfile = Pick<PracticeProfile, 'name' | 'coachName' | 'coachBio' | 'photoUrl' | 'ctaText' | 'ctaUrl' | 'socialLinks'>;

/** The practice's call to action, when the owner has set one (text and link both). */
export function CallToAction({ profile, size = 'md' }: { profile: Pick<CardProfile, 'ctaText' | 'ctaUrl'>; size?: string }) {
  if (!profile.ctaText.trim() || !profile.ctaUrl.trim()) return null;
  return (
    <Button component="a" href={profile.ctaUrl} size={size} style={{ alignSelf: 'flex-start' }}>
      {profile.ctaText}
    </Button>
  );
}

export function SocialLinks({ links }: { links: CardProfile['socialLinks'] }) {
  if (!links.length) return null;
  return (
    <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Elsewhere">
      {links.map((link) => (
        <li key={`${link.label}:${link.url}`}>
          <Anchor href={link.url} rel="me noopener" target="_blank" size="sm">
            {link.label}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}

/**
 * "About the coach": photo, name, bio, where else to find them and the call to action. On the practice page, below
 * articles that carry the promotion flag, and as the preview in the public site settings.
 */
export function PracticeProfileCard({ profile, headingId, withCallToAction = true }: { profile: CardProfile; headingId: string; withCallToAction?: boolean }) {
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'lg', sm: 'xl' }}>
      <Title order={2} id={headingId} size="h3" mb="lg">
        About the coach
      </Title>
      <Group gap="md" mb="lg" wrap="nowrap">
        <Avatar src={profile.photoUrl || null} name={profile.coachName} alt={profile.photoUrl ? `Photo of ${profile.coachName}` : undefined} color="ascend" size="xl" />
        {/* Shrinks beside the photo so a long name wraps inside the card rather than running past its edge. */}
        <Stack gap={0} miw={0} style={{ overflowWrap: 'anywhere' }}>
          <Text fw={600} size="lg">
            {profile.coachName}
          </Text>
          <Text size="sm" c="dimmed">
            Coach at {profile.name}
          </Text>
        </Stack>
      </Group>
      <Stack gap="md">
        {paragraphs(profile.coachBio).map((paragraph) => (
          <Text key={paragraph} lh={1.7} style={{ overflowWrap: 'anywhere' }}>
            {paragraph}
          </Text>
        ))}
        <SocialLinks links={profile.socialLinks} />
        {withCallToAction && <CallToAction profile={profile} />}
      </Stack>
    </Paper>
  );
}
